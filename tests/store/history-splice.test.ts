// A turn over a value this process wrote sends only what changed in the Back history: the bytes
// kept from the stored text and the places added must make exactly the text of the new history,
// whatever the two histories are (the engine's own moves, and any others), in bytes, since Redis
// cuts the stored value by bytes and a place's text need not be ASCII.
import { Buffer } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Place } from '../../server/engine/conversation.js';
import { encodeHistory, TAIL } from '../../server/store/codec.js';
import { spliceHistory } from '../../server/store/history-splice.js';

const plain = (flow: string, value: Place['state']['value'], status = 'active'): Place => ({
  flow,
  state: { status, value, historyValue: {}, context: {}, children: {} },
});

/** Places of every form the codec writes: path, answer, object (not a path), whole snapshot; some not ASCII. */
const pool: Place[] = [
  plain('menu', 'main'),
  plain('conference', { plan: 'review' }),
  plain('conference', 'whatItIs', 'done'),
  plain('plan', { a: 'b', c: 'd' }),
  plain('cymraeg', 'ŵyr'),
  plain('flow#odd', 'x'),
  { flow: 'danger', state: { status: 'active', value: 'scared', context: { n: 1 } } },
  { flow: 'menu', state: { status: 'active', value: 'main', historyValue: {}, context: { note: 'é ✓ 😀' }, children: {} } },
];

const history = fc.array(fc.constantFrom(...pool.map((_, i) => i)), { maxLength: 12 }).map((ids) => ids.map((i) => pool[i]!));

/** What a tap can do to a history, and anything else at all. */
const change = fc.oneof(
  fc.constantFrom(...pool).map((place) => (before: Place[]) => [...before, place]),
  fc.constantFrom(...pool).map((place) => (before: Place[]) => [...before.slice(1), place]),
  fc.constant((before: Place[]) => before.slice(0, -1)),
  fc.constant((): Place[] => []),
  fc.constant((before: Place[]) => before.slice(1)),
  fc.tuple(fc.nat(12), fc.nat(12)).map(([from, to]) => (before: Place[]) => before.slice(from, from + to)),
  history.map((other) => () => other),
);

/** The bytes of a stored value whose history is `before`, behind `head`. */
function stored(head: string, before: Place[]) {
  const text = encodeHistory(before);
  return { value: Buffer.from(`${head}${text}${TAIL}`), historyStart: Buffer.byteLength(head), historyBytes: Buffer.byteLength(text) };
}

describe('writing only what changed in the Back history', () => {
  it('keeps bytes and adds places that make exactly the new history, for any change', () => {
    fc.assert(
      fc.property(fc.string(), history, change, (headText, before, move) => {
        const head = `7|{"h":${JSON.stringify(headText)},"history":[`;
        const after = move(before);
        const { value, historyStart, historyBytes } = stored(head, before);
        const splice = spliceHistory(before, after, historyStart, historyBytes);
        const written = Buffer.concat([value.subarray(splice.keepFrom, splice.keepTo), Buffer.from(splice.added)]);
        expect(written.toString()).toBe(encodeHistory(after));
        expect(splice.historyBytes).toBe(written.length);
        expect(splice.keepFrom).toBeGreaterThanOrEqual(historyStart);
        expect(splice.keepTo).toBeLessThanOrEqual(historyStart + historyBytes);
      }),
      { numRuns: 2000 },
    );
  });

  it('sends only the place added on a tap, and nothing on Back', () => {
    const before = pool.slice(0, 5);
    const { historyStart, historyBytes } = stored('1|{"history":[', before);
    expect(spliceHistory(before, [...before, pool[6]!], historyStart, historyBytes)).toMatchObject({
      keepFrom: historyStart,
      keepTo: historyStart + historyBytes,
      added: `,${encodeHistory([pool[6]!])}`,
    });
    expect(spliceHistory(before, before.slice(0, -1), historyStart, historyBytes).added).toBe('');
  });
});
