// The ninth held-out set must not change silently: it was written blind (without sight of the
// router, its training data, the other held-out sets or any router output), and its figures are
// only honest while nobody edits it to fit the router. Every label must be a real leaf state of
// the flows (or the danger triage), so a renamed state shows up here rather than as a silent miss.
import { describe } from 'vitest';
import { heldOutSetChecks } from './held-out-checks.js';
import { heldOutNinth } from './held-out-ninth.js';

describe('the ninth held-out set', () => {
  heldOutSetChecks({
    file: 'held-out-ninth.ts',
    cases: heldOutNinth,
    sha256: 'aa302fdd1b2a630073f4fbb0ff4e5263118894441c18ec8de8788dcbdce2b3ed',
    written: 'written blind',
    atLeast: { messages: 420, danger: 90, ordinary: 320 },
    everyTopicFlow: true,
  });
});
