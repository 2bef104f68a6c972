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
    sha256: '0930fb6480ab38201824c8b4def1908460a46ee17feb9ae110283eac783b7f4c',
    written: 'written blind',
    atLeast: { messages: 420, danger: 90, ordinary: 320 },
    everyTopicFlow: true,
  });
});
