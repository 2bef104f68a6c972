// The eleventh held-out set must not change silently: it was written blind (without sight of the
// router, its training data, the other held-out sets or any router output), and its figures are
// only honest while nobody edits it to fit the router. Every label must be a real leaf state of
// the flows, the danger triage or `none` (out of scope), so a renamed state shows up here rather
// than as a silent miss.
import { describe } from 'vitest';
import { heldOutSetChecks } from './held-out-checks.js';
import { heldOutEleventh } from './held-out-eleventh.js';

describe('the eleventh held-out set', () => {
  heldOutSetChecks({
    file: 'held-out-eleventh.ts',
    cases: heldOutEleventh,
    sha256: 'dfa46036d99876ddbafacb78f96c66aded3cca1440594e41951a2ca1e6cb51bd',
    written: 'written blind',
    atLeast: { messages: 560, danger: 105, ordinary: 435 },
    everyTopicFlow: true,
  });
});
