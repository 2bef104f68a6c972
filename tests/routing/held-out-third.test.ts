// The third held-out set must not change silently: it was written blind (without sight of the
// router, its training data, the other held-out sets or any router output), and its figures are
// only honest while nobody edits it to fit the router. Every label must be a real leaf state of
// the flows (or the danger triage), so a renamed state shows up here rather than as a silent miss.
import { describe } from 'vitest';
import { heldOutSetChecks } from './held-out-checks.js';
import { heldOutThird } from './held-out-third.js';

describe('the third held-out set', () => {
  heldOutSetChecks({
    file: 'held-out-third.ts',
    cases: heldOutThird,
    sha256: 'f6a669e4072ab94f67d9f540bb52299326c75102719be76c47f09e5dc5d89727',
    written: 'written blind',
    atLeast: { messages: 160, danger: 45 },
  });
});
