// The sixth held-out set must not change silently: it was written blind (without sight of the
// router, its training data, the other held-out sets or any router output), and its figures are
// only honest while nobody edits it to fit the router. Every label must be a real leaf state of
// the flows (or the danger triage), so a renamed state shows up here rather than as a silent miss.
import { describe } from 'vitest';
import { heldOutSetChecks } from './held-out-checks.js';
import { heldOutSixth } from './held-out-sixth.js';

describe('the sixth held-out set', () => {
  heldOutSetChecks({
    file: 'held-out-sixth.ts',
    cases: heldOutSixth,
    sha256: 'defbf0df55270ade8af25b69a80e34a7378fad00f274028b99d122bef70e6aca',
    written: 'written blind',
    atLeast: { messages: 280, danger: 70, ordinary: 180 },
    everyTopicFlow: true,
  });
});
