// The trained router against its own training data: a regression check, not an estimate (the
// honest figures are cross-validation and the held-out set, printed by npm run eval:routing).
// Every danger message it learnt from must still open the triage: a change to the danger signs
// or the model that loses one of them is a step backwards.
import { describe, expect, it } from 'vitest';
import { routingEn } from '../../flows/content/routing.en.js';
import { sharedRouter } from '../../server/routing/router.js';
import { prepare } from '../../server/routing/normalise.js';

const router = sharedRouter();

describe('the router on its training data', () => {
  it('learns no message twice under one label (a copy weighs a wording double, and splits across cross-validation folds)', () => {
    const twice = Object.entries(routingEn.training).flatMap(([label, texts]) => {
      const seen = new Set<string>();
      return texts.filter((text) => {
        const key = prepare(text, routingEn.slang);
        if (!seen.has(key)) return seen.add(key) && false;
        return true;
      }).map((text) => `${label}: ${text}`);
    });
    expect(twice).toEqual([]);
  });

  it('sends every danger message it learnt from to the triage', () => {
    const missed = routingEn.training['danger']!.filter((text) => router.route(text, 'en').kind !== 'danger');
    expect(missed).toEqual([]);
  });

  it('says "not understood" to nothing it learnt as an answer: out-of-scope messages never open an answer outright', () => {
    const answered = routingEn.training['none']!.filter((text) => router.route(text, 'en').kind === 'answer');
    expect(answered).toEqual([]);
  });
});
