// The thirteenth held-out set must not change silently: it was written blind (without sight of the
// router, its training data, the other held-out sets or any router output), and its figures are
// only honest while nobody edits it to fit the router. Every label must be a real leaf state of
// the flows, the danger triage or `none` (out of scope), so a renamed state shows up here rather
// than as a silent miss.
import { describe } from 'vitest';
import { heldOutSetChecks } from './held-out-checks.js';
import { heldOutThirteenth } from './held-out-thirteenth.js';

describe('the thirteenth held-out set', () => {
  heldOutSetChecks({
    file: 'held-out-thirteenth.ts',
    cases: heldOutThirteenth,
    sha256: '8563aa738e8d88b752eb31e10daa4eed7e94135d8c11dc5e0fed35060f886c65',
    written: 'written blind',
    atLeast: { messages: 520, danger: 110, ordinary: 385 },
    everyTopicFlow: true,
  });
});
