// The fifth held-out set must not change silently: it was written blind (without sight of the
// router, its training data, the other held-out sets or any router output), and its figures are
// only honest while nobody edits it to fit the router. Every label must be a real leaf state of
// the flows (or the danger triage), so a renamed state shows up here rather than as a silent miss.
import { describe } from 'vitest';
import { heldOutSetChecks } from './held-out-checks.js';
import { heldOutFifth } from './held-out-fifth.js';

describe('the fifth held-out set', () => {
  heldOutSetChecks({
    file: 'held-out-fifth.ts',
    cases: heldOutFifth,
    sha256: 'e46e6c85b96fd48dea5b4624a58401a7bd328a3e83f4cfbdfce9efeceff311a3',
    written: 'written blind',
    atLeast: { messages: 220, danger: 60, ordinary: 160 },
    everyTopicFlow: true,
  });
});
