// `npm run flows:map` writes the reviewers' page: run the real script and check the page
// shows every flow as a diagram, every message's words and source, and needs no network.
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { en } from '../../flows/content/en.js';
import { allLeaves, allMessages, flows } from './support.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe('the flow map', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'flows-map-'));
  const out = join(dir, 'map.html');
  const run = await promisify(execFile)(join(root, 'node_modules/.bin/tsx'), ['scripts/flows-map.ts', '--out', out], {
    cwd: root,
    timeout: 60_000,
  });
  const html = readFileSync(out, 'utf8');
  rmSync(dir, { recursive: true, force: true });

  it('is written, and the script says where', () => {
    expect(run.stdout).toContain(out);
    expect(html.startsWith('<!doctype html>')).toBe(true);
  });

  it('draws every flow as a diagram, with a box for every state', () => {
    for (const flow of flows) {
      const section = html.slice(html.indexOf(`id="flow-${flow.id}"`));
      expect(section.length, flow.id).toBeLessThan(html.length);
      expect(section).toContain(`aria-label="Diagram of the ${flow.id} flow"`);
    }
    expect(html.match(/<svg /g)).toHaveLength(flows.length);
    expect(html.match(/<rect /g)).toHaveLength(allLeaves().length);
  });

  it('shows every message’s words, key and source', () => {
    for (const { spec } of allMessages()) {
      expect(html).toContain(esc(en[spec.text]!));
      expect(html).toContain(esc(spec.text));
      if (spec.source) expect(html).toContain(`Source: ${esc(spec.source)}`);
    }
  });

  it('shows each fact’s evidence from its seed right after the words it supports', () => {
    const withEvidence = allMessages().filter(({ spec }) => spec.evidence);
    expect(withEvidence.length).toBeGreaterThan(100);
    for (const { spec } of withEvidence) {
      const words = `<p class="words">${esc(en[spec.text]!)}</p>`;
      const quote = `In the source:</span> “${esc(spec.evidence!)}”`;
      const at = html.indexOf(words);
      expect(at, spec.text).toBeGreaterThanOrEqual(0);
      expect(html.indexOf(quote, at), spec.text).toBeGreaterThan(at);
      expect(html.indexOf(quote, at) - at, spec.text).toBeLessThan(words.length + 200);
    }
  });

  it('is self-contained: no script and nothing fetched at view time', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\((?!#)/i);
  });
});
