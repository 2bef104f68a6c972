// The fresh held-out set must not change silently: it was written without sight of the router,
// its training data or the first held-out set, and its figures are only honest while nobody
// edits it to fit the router. Every label must be a real leaf state of the flows (or the danger
// triage), so a renamed state shows up here rather than as a silent miss in the figures.
import { describe } from 'vitest';
import { heldOutSetChecks } from './held-out-checks.js';
import { heldOutFresh } from './held-out-fresh.js';

describe('the fresh held-out set', () => {
  heldOutSetChecks({
    file: 'held-out-fresh.ts',
    cases: heldOutFresh,
    sha256: '4309023304b3f0bf2ee339f7cec7d425a42e8636289e650a411180dc4c24efb5',
    written: 'written without sight of the router',
    atLeast: { messages: 120, danger: 36 },
  });
});
