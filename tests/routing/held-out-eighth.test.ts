// The eighth held-out set must not change silently: it was written blind (without sight of the
// router, its training data, the other held-out sets or any router output), and its figures are
// only honest while nobody edits it to fit the router. Every label must be a real leaf state of
// the flows (or the danger triage), so a renamed state shows up here rather than as a silent miss.
import { describe } from 'vitest';
import { heldOutSetChecks } from './held-out-checks.js';
import { heldOutEighth } from './held-out-eighth.js';

describe('the eighth held-out set', () => {
  heldOutSetChecks({
    file: 'held-out-eighth.ts',
    cases: heldOutEighth,
    sha256: '81ac600cbcccb2cd9094dd17c03f05a12ccc1d36743efbc2ba6afe0b582416f8',
    written: 'written blind',
    atLeast: { messages: 400, danger: 85, ordinary: 300 },
    everyTopicFlow: true,
  });
});
