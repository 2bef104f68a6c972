// The sixth held-out set must not change silently: it was written blind (without sight of the
// router, its training data, the other held-out sets or any router output), and its figures are
// only honest while nobody edits it to fit the router. Every label must be a real leaf state of
// the flows (or the danger triage), so a renamed state shows up here rather than as a silent miss.
import { describe, expect, it } from 'vitest';
import { allLeaves } from '../flows/support.js';
import { isDanger } from './evaluate.js';
import { heldOutSetChecks } from './held-out-checks.js';
import { heldOutSixth } from './held-out-sixth.js';

describe('the sixth held-out set', () => {
  heldOutSetChecks({
    file: 'held-out-sixth.ts',
    cases: heldOutSixth,
    sha256: 'defbf0df55270ade8af25b69a80e34a7378fad00f274028b99d122bef70e6aca',
    written: 'written blind',
    atLeast: { messages: 280, danger: 70 },
  });

  it('has at least 180 ordinary or hard ordinary messages', () => {
    expect(heldOutSixth.filter((c) => !isDanger(c)).length).toBeGreaterThanOrEqual(180);
  });

  it('spreads its ordinary questions over every topic flow', () => {
    const flowsNamed = new Set(heldOutSixth.flatMap((c) => c.expect.map((s) => s.split('.')[0])));
    const topicFlows = new Set(allLeaves().map(({ flow }) => flow));
    topicFlows.delete('menu');
    expect([...topicFlows].filter((f) => !flowsNamed.has(f))).toEqual([]);
  });
});
