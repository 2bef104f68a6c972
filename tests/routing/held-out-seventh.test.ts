// The seventh held-out set must not change silently: it was written blind (without sight of the
// router, its training data, the other held-out sets or any router output), and its figures are
// only honest while nobody edits it to fit the router. Every label must be a real leaf state of
// the flows (or the danger triage), so a renamed state shows up here rather than as a silent miss.
import { describe } from 'vitest';
import { heldOutSetChecks } from './held-out-checks.js';
import { heldOutSeventh } from './held-out-seventh.js';

describe('the seventh held-out set', () => {
  heldOutSetChecks({
    file: 'held-out-seventh.ts',
    cases: heldOutSeventh,
    sha256: '23d9f6f92b75ce3e56d82312c55f29f8b103d6635192a5b1c7148681790f8794',
    written: 'written blind',
    atLeast: { messages: 320, danger: 75, ordinary: 220 },
    everyTopicFlow: true,
  });
});
