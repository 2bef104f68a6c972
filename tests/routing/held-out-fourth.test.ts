// The fourth held-out set must not change silently: it was written blind (without sight of the
// router, its routing data, the other held-out sets or any router output), and its figures are
// only honest while nobody edits it to fit the router. Every label must be a real leaf state of
// the flows (or the danger triage), so a renamed state shows up here rather than as a silent miss.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allLeaves } from '../flows/support.js';
import { dangerNow, hardOrdinary, heldOutFourth, ordinary } from './held-out-fourth.js';

const FOURTH_SHA256 = '61553af1dd4101da24ebfe96eb0aa01cde41b6fda12421bc47d142fad9764b7f';

const answerStates = new Set(allLeaves().map(({ flow, node }) => `${flow}.${node.path.join('.')}`));
const isDanger = (expect: readonly string[]) => expect.length === 1 && expect[0] === 'danger';

describe('the fourth held-out set', () => {
  it('is the file written blind (its SHA-256 is pinned)', () => {
    const file = readFileSync(fileURLToPath(new URL('./held-out-fourth.ts', import.meta.url)));
    expect(createHash('sha256').update(file).digest('hex')).toBe(FOURTH_SHA256);
  });

  it('has at least 220 messages: 55 danger, 110 ordinary, 45 hard ordinary', () => {
    expect(heldOutFourth.length).toBeGreaterThanOrEqual(220);
    expect(heldOutFourth.filter((c) => isDanger(c.expect)).length).toBeGreaterThanOrEqual(55);
    expect(ordinary.length).toBeGreaterThanOrEqual(110);
    expect(hardOrdinary.length).toBeGreaterThanOrEqual(45);
    expect(heldOutFourth.length).toBe(dangerNow.length + ordinary.length + hardOrdinary.length);
  });

  it('labels the danger group danger alone, and never the ordinary groups', () => {
    expect(dangerNow.filter((c) => !isDanger(c.expect))).toEqual([]);
    expect([...ordinary, ...hardOrdinary].filter((c) => c.expect.includes('danger'))).toEqual([]);
  });

  it('names one to three states that exist, or the danger triage on its own', () => {
    const unknown = heldOutFourth.flatMap((c) => c.expect.filter((s) => s !== 'danger' && !answerStates.has(s)));
    expect(unknown).toEqual([]);
    const mixed = heldOutFourth.filter((c) => c.expect.includes('danger') && !isDanger(c.expect));
    expect(mixed).toEqual([]);
    expect(heldOutFourth.filter((c) => c.expect.length === 0 || c.expect.length > 3)).toEqual([]);
    expect(heldOutFourth.filter((c) => new Set(c.expect).size !== c.expect.length)).toEqual([]);
  });

  it('has no message twice', () => {
    const texts = heldOutFourth.map((c) => c.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });
});
