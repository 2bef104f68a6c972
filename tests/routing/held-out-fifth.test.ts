// The fifth held-out set must not change silently: it was written blind (without sight of the
// router, its training data, the other held-out sets or any router output), and its figures are
// only honest while nobody edits it to fit the router. Every label must be a real leaf state of
// the flows (or the danger triage), so a renamed state shows up here rather than as a silent miss.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allLeaves } from '../flows/support.js';
import { heldOutFifth } from './held-out-fifth.js';

const FIFTH_SHA256 = 'e46e6c85b96fd48dea5b4624a58401a7bd328a3e83f4cfbdfce9efeceff311a3';

const answerStates = new Set(allLeaves().map(({ flow, node }) => `${flow}.${node.path.join('.')}`));
const isDanger = (expect: readonly string[]) => expect.length === 1 && expect[0] === 'danger';

describe('the fifth held-out set', () => {
  it('is the file written blind (its SHA-256 is pinned)', () => {
    const file = readFileSync(fileURLToPath(new URL('./held-out-fifth.ts', import.meta.url)));
    expect(createHash('sha256').update(file).digest('hex')).toBe(FIFTH_SHA256);
  });

  it('has at least 220 messages: at least 60 danger and at least 160 ordinary or hard ordinary', () => {
    expect(heldOutFifth.length).toBeGreaterThanOrEqual(220);
    expect(heldOutFifth.filter((c) => isDanger(c.expect)).length).toBeGreaterThanOrEqual(60);
    expect(heldOutFifth.filter((c) => !isDanger(c.expect)).length).toBeGreaterThanOrEqual(160);
  });

  it('spreads its ordinary questions over every topic flow', () => {
    const flowsNamed = new Set(heldOutFifth.flatMap((c) => c.expect.map((s) => s.split('.')[0])));
    const topicFlows = new Set(allLeaves().map(({ flow }) => flow));
    topicFlows.delete('menu');
    expect([...topicFlows].filter((f) => !flowsNamed.has(f))).toEqual([]);
  });

  it('names one to three states that exist, or the danger triage on its own', () => {
    const unknown = heldOutFifth.flatMap((c) => c.expect.filter((s) => s !== 'danger' && !answerStates.has(s)));
    expect(unknown).toEqual([]);
    const mixed = heldOutFifth.filter((c) => c.expect.includes('danger') && !isDanger(c.expect));
    expect(mixed).toEqual([]);
    expect(heldOutFifth.filter((c) => c.expect.length === 0 || c.expect.length > 3)).toEqual([]);
    expect(heldOutFifth.filter((c) => new Set(c.expect).size !== c.expect.length)).toEqual([]);
  });

  it('has no message twice', () => {
    const texts = heldOutFifth.map((c) => c.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });
});
