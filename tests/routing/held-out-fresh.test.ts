// The fresh held-out set must not change silently: it was written without sight of the router,
// its training data or the first held-out set, and its figures are only honest while nobody
// edits it to fit the router. Every label must be a real leaf state of the flows (or the danger
// triage), so a renamed state shows up here rather than as a silent miss in the figures.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allLeaves } from '../flows/support.js';
import { heldOutFresh } from './held-out-fresh.js';

const FRESH_SHA256 = '4309023304b3f0bf2ee339f7cec7d425a42e8636289e650a411180dc4c24efb5';

const answerStates = new Set(allLeaves().map(({ flow, node }) => `${flow}.${node.path.join('.')}`));
const isDanger = (expect: readonly string[]) => expect.length === 1 && expect[0] === 'danger';

describe('the fresh held-out set', () => {
  it('is the file written without sight of the router (its SHA-256 is pinned)', () => {
    const file = readFileSync(fileURLToPath(new URL('./held-out-fresh.ts', import.meta.url)));
    expect(createHash('sha256').update(file).digest('hex')).toBe(FRESH_SHA256);
  });

  it('has at least 120 messages, at least 36 of them danger', () => {
    expect(heldOutFresh.length).toBeGreaterThanOrEqual(120);
    expect(heldOutFresh.filter((c) => isDanger(c.expect)).length).toBeGreaterThanOrEqual(36);
  });

  it('names only states that exist, or the danger triage on its own', () => {
    const unknown = heldOutFresh.flatMap((c) => c.expect.filter((s) => s !== 'danger' && !answerStates.has(s)));
    expect(unknown).toEqual([]);
    const mixed = heldOutFresh.filter((c) => c.expect.includes('danger') && !isDanger(c.expect));
    expect(mixed).toEqual([]);
    expect(heldOutFresh.filter((c) => c.expect.length === 0)).toEqual([]);
  });

  it('has no message twice', () => {
    const texts = heldOutFresh.map((c) => c.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });
});
