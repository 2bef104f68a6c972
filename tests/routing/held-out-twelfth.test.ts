// The twelfth held-out set must not change silently: it was written blind (without sight of the
// router, its training data, the other held-out sets or any router output), and its figures are
// only honest while nobody edits it to fit the router. Every label must be a real leaf state of
// the flows, the danger triage or `none` (out of scope), so a renamed state shows up here rather
// than as a silent miss.
import { describe } from 'vitest';
import { heldOutSetChecks } from './held-out-checks.js';
import { heldOutTwelfth } from './held-out-twelfth.js';

describe('the twelfth held-out set', () => {
  heldOutSetChecks({
    file: 'held-out-twelfth.ts',
    cases: heldOutTwelfth,
    sha256: '26e511fb4510d265b71ac178ea8db979078c8ea541585157a2b491c764209f93',
    written: 'written blind',
    atLeast: { messages: 520, danger: 110, ordinary: 385 },
    everyTopicFlow: true,
  });
});
