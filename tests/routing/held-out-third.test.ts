// The third held-out set must not change silently: it was written blind (without sight of the
// router, its training data, the other held-out sets or any router output), and its figures are
// only honest while nobody edits it to fit the router. Every label must be a real leaf state of
// the flows (or the danger triage), so a renamed state shows up here rather than as a silent miss.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allLeaves } from '../flows/support.js';
import { heldOutThird } from './held-out-third.js';

const THIRD_SHA256 = 'f6a669e4072ab94f67d9f540bb52299326c75102719be76c47f09e5dc5d89727';

const answerStates = new Set(allLeaves().map(({ flow, node }) => `${flow}.${node.path.join('.')}`));
const isDanger = (expect: readonly string[]) => expect.length === 1 && expect[0] === 'danger';

describe('the third held-out set', () => {
  it('is the file written blind (its SHA-256 is pinned)', () => {
    const file = readFileSync(fileURLToPath(new URL('./held-out-third.ts', import.meta.url)));
    expect(createHash('sha256').update(file).digest('hex')).toBe(THIRD_SHA256);
  });

  it('has at least 160 messages, at least 45 of them danger', () => {
    expect(heldOutThird.length).toBeGreaterThanOrEqual(160);
    expect(heldOutThird.filter((c) => isDanger(c.expect)).length).toBeGreaterThanOrEqual(45);
  });

  it('names one to three states that exist, or the danger triage on its own', () => {
    const unknown = heldOutThird.flatMap((c) => c.expect.filter((s) => s !== 'danger' && !answerStates.has(s)));
    expect(unknown).toEqual([]);
    const mixed = heldOutThird.filter((c) => c.expect.includes('danger') && !isDanger(c.expect));
    expect(mixed).toEqual([]);
    expect(heldOutThird.filter((c) => c.expect.length === 0 || c.expect.length > 3)).toEqual([]);
    expect(heldOutThird.filter((c) => new Set(c.expect).size !== c.expect.length)).toEqual([]);
  });

  it('has no message twice', () => {
    const texts = heldOutThird.map((c) => c.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });
});
