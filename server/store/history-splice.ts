// What a turn writes of the Back history when the stored value is one this process wrote. A tap
// changes the history at its ends only (a place added after the last, the oldest dropped past
// the limit, the last taken off by Back, all of it by Start again), and the engine keeps the
// same place objects from one history to the next, so the places the two histories share are
// one run found by identity. The store keeps the bytes of that run where they stand and is sent
// only the places added: a turn no longer encodes and ships the whole history (issue 10: that
// cost the Redis mode about 7 µs of server CPU a tap).
import { Buffer } from 'node:buffer';
import type { Place } from '../engine/conversation.js';
import { encodeHistory, encodePlace } from './codec.js';

export interface Splice {
  /** Bytes [keepFrom, keepTo) of the stored value are kept (0-based; none when equal). */
  keepFrom: number;
  keepTo: number;
  /** The places written after the kept ones, with the comma before them when some are kept. */
  added: string;
  /** Bytes of the new history's text: the kept ones and `added`. */
  historyBytes: number;
}

/**
 * How to turn the stored history text of `before` (which begins `historyStart` bytes into the
 * stored value and is `historyBytes` long, places joined by commas) into that of `after`.
 */
export function spliceHistory(before: readonly Place[], after: readonly Place[], historyStart: number, historyBytes: number): Splice {
  const start = after.length > 0 ? before.indexOf(after[0]!) : -1;
  let kept = 0;
  if (start >= 0) while (kept < after.length && start + kept < before.length && after[kept] === before[start + kept]) kept++;
  if (kept === 0) {
    const added = encodeHistory(after);
    return { keepFrom: historyStart, keepTo: historyStart, added, historyBytes: Buffer.byteLength(added) };
  }
  // Each place dropped from the front takes the comma after it, each from the back the one before it.
  let keepFrom = historyStart;
  for (let i = 0; i < start; i++) keepFrom += Buffer.byteLength(encodePlace(before[i]!)) + 1;
  let keepTo = historyStart + historyBytes;
  for (let i = start + kept; i < before.length; i++) keepTo -= Buffer.byteLength(encodePlace(before[i]!)) + 1;
  let added = '';
  for (let i = kept; i < after.length; i++) added += `,${encodePlace(after[i]!)}`;
  return { keepFrom, keepTo, added, historyBytes: keepTo - keepFrom + Buffer.byteLength(added) };
}
