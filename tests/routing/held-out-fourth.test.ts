// The fourth held-out set must not change silently: it was written blind (without sight of the
// router, its routing data, the other held-out sets or any router output), and its figures are
// only honest while nobody edits it to fit the router. Every label must be a real leaf state of
// the flows (or the danger triage), so a renamed state shows up here rather than as a silent miss.
import { describe, expect, it } from 'vitest';
import { isDanger } from './evaluate.js';
import { heldOutSetChecks } from './held-out-checks.js';
import { dangerNow, hardOrdinary, heldOutFourth, ordinary } from './held-out-fourth.js';

describe('the fourth held-out set', () => {
  heldOutSetChecks({
    file: 'held-out-fourth.ts',
    cases: heldOutFourth,
    sha256: '61553af1dd4101da24ebfe96eb0aa01cde41b6fda12421bc47d142fad9764b7f',
    written: 'written blind',
    atLeast: { messages: 220, danger: 55 },
  });

  it('has at least 110 ordinary and 45 hard ordinary messages, and nothing outside its three groups', () => {
    expect(ordinary.length).toBeGreaterThanOrEqual(110);
    expect(hardOrdinary.length).toBeGreaterThanOrEqual(45);
    expect(heldOutFourth.length).toBe(dangerNow.length + ordinary.length + hardOrdinary.length);
  });

  it('labels the danger group danger alone, and never the ordinary groups', () => {
    expect(dangerNow.filter((c) => !isDanger(c))).toEqual([]);
    expect([...ordinary, ...hardOrdinary].filter((c) => c.expect.includes('danger'))).toEqual([]);
  });
});
