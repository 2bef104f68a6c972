// The fifth held-out set must not change silently: it was written blind (without sight of the
// router, its training data, the other held-out sets or any router output), and its figures are
// only honest while nobody edits it to fit the router. Every label must be a real leaf state of
// the flows (or the danger triage), so a renamed state shows up here rather than as a silent miss.
import { describe, expect, it } from 'vitest';
import { allLeaves } from '../flows/support.js';
import { isDanger } from './evaluate.js';
import { heldOutSetChecks } from './held-out-checks.js';
import { heldOutFifth } from './held-out-fifth.js';

describe('the fifth held-out set', () => {
  heldOutSetChecks({
    file: 'held-out-fifth.ts',
    cases: heldOutFifth,
    sha256: 'e46e6c85b96fd48dea5b4624a58401a7bd328a3e83f4cfbdfce9efeceff311a3',
    written: 'written blind',
    atLeast: { messages: 220, danger: 60 },
  });

  it('has at least 160 ordinary or hard ordinary messages', () => {
    expect(heldOutFifth.filter((c) => !isDanger(c)).length).toBeGreaterThanOrEqual(160);
  });

  it('spreads its ordinary questions over every topic flow', () => {
    const flowsNamed = new Set(heldOutFifth.flatMap((c) => c.expect.map((s) => s.split('.')[0])));
    const topicFlows = new Set(allLeaves().map(({ flow }) => flow));
    topicFlows.delete('menu');
    expect([...topicFlows].filter((f) => !flowsNamed.has(f))).toEqual([]);
  });
});
