// The tenth held-out set must not change silently: it was written blind (without sight of the
// router, its training data, the other held-out sets or any router output), and its figures are
// only honest while nobody edits it to fit the router. Every label must be a real leaf state of
// the flows, the danger triage or `none` (out of scope), so a renamed state shows up here rather
// than as a silent miss.
import { describe } from 'vitest';
import { heldOutSetChecks } from './held-out-checks.js';
import { heldOutTenth } from './held-out-tenth.js';

describe('the tenth held-out set', () => {
  heldOutSetChecks({
    file: 'held-out-tenth.ts',
    cases: heldOutTenth,
    sha256: 'fd7e9646ef9bfba9933a633039e942f99a18efc7d73d3d6e89beb29d4c496fce',
    written: 'written blind',
    atLeast: { messages: 500, danger: 100, ordinary: 390 },
    everyTopicFlow: true,
  });
});
