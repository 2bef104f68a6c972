// The development set stays one: labelled with answers the router can reach, and never copied
// into the training data (a message learnt from measures nothing).
import { describe, expect, it } from 'vitest';
import { routingEn } from '../../flows/content/routing.en.js';
import { prepare } from '../../server/routing/normalise.js';
import { devBatchSix } from './dev-batch-6.js';

describe('the development set (batch 6)', () => {
  it('labels every message with a routing answer, danger or none', () => {
    const answers = new Set([...routingEn.answers.map((a) => a.state), 'danger', 'none']);
    expect(Object.keys(devBatchSix).filter((label) => !answers.has(label))).toEqual([]);
    expect(Object.values(devBatchSix).flat().length).toBeGreaterThanOrEqual(290);
  });

  it('is not in the training data', () => {
    const learnt = new Set(Object.values(routingEn.training).flat().map((t) => prepare(t, routingEn.slang)));
    expect(Object.values(devBatchSix).flat().filter((t) => learnt.has(prepare(t, routingEn.slang)))).toEqual([]);
  });
});
