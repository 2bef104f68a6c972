// The development set stays what it is: labelled with answers the router can reach, and never
// copied into the training data (a message learnt from measures nothing). Batches 6 and 7 were
// development sets until they were learnt (flows/content/routing-training-batch-6.en.ts, -7).
import { describe, expect, it } from 'vitest';
import { routingEn } from '../../flows/content/routing.en.js';
import { prepare } from '../../server/routing/normalise.js';
import { devBatchEight } from './dev-batch-8.js';
import { devBatchEleven } from './dev-batch-11.js';
import { devBatchTwelve } from './dev-batch-12.js';
import { devBatchThirteen } from './dev-batch-13.js';
import { devBatchFourteen } from './dev-batch-14.js';
import { devBatchFifteen } from './dev-batch-15.js';

const learnt = new Set(Object.values(routingEn.training).flat().map((t) => prepare(t, routingEn.slang)));
const answers = new Set([...routingEn.answers.map((a) => a.state), 'danger', 'none']);

describe.each([
  ['batch 8', devBatchEight, 520],
  ['batch 11', devBatchEleven, 500],
  ['batch 12', devBatchTwelve, 480],
  ['batch 13', devBatchThirteen, 500],
  ['batch 14', devBatchFourteen, 430],
  ['batch 15', devBatchFifteen, 453],
] as const)('the development set %s', (_name, set, size) => {
  it('labels every message with a routing answer, danger or none', () => {
    expect(Object.keys(set).filter((label) => !answers.has(label))).toEqual([]);
    expect(Object.values(set).flat().length).toBeGreaterThanOrEqual(size);
  });

  it('is not in the training data', () => {
    expect(Object.values(set).flat().filter((t) => learnt.has(prepare(t, routingEn.slang)))).toEqual([]);
  });
});
