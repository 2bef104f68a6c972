// Against a real redis-server: an update over a value this instance wrote sends only the head and
// the places added to the Back history, and Redis keeps the rest; what it stores is still, byte
// for byte, the whole conversation as one JSON, so any instance (of this code or the code before
// it) reads it, and a value written by the code before it is carried on.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import type { Conversation } from '../../server/engine/conversation.js';
import { parseValue, RedisStore } from '../../server/store/redis.js';
import type { WriteNote } from '../../server/store/store.js';
import { encodeConversation, encodeHistory } from '../../server/store/codec.js';
import { commandsSent, startRedis, type RedisServer } from '../support/redis.js';
import { Walks } from '../support/conversations.js';

let redis: RedisServer;
let inside: Redis;
let store: RedisStore;
let other: RedisStore;

beforeAll(async () => {
  redis = await startRedis();
  inside = redis.client();
  store = new RedisStore({ url: redis.url, ttlSeconds: 600, keyPrefix: 'h:' });
  other = new RedisStore({ url: redis.url, ttlSeconds: 600, keyPrefix: 'h:' });
  await Promise.all([store.waitUntilAvailable(10_000), other.waitUntilAvailable(10_000)]);
});
afterAll(async () => {
  await Promise.all([store?.close(), other?.close()]);
  await redis?.destroy();
});

const walks = new Walks();
const begun = () => walks.begun();
const moved = (conversation: Conversation, move: number) => walks.moved(conversation, move);

/** An update that must be taken: its new version, and the note to hand back with the next. */
async function saved(on: RedisStore, token: string, next: Conversation, version: number, note?: WriteNote): Promise<WriteNote> {
  const written = await on.update(token, next, version, note);
  if (!written.ok) throw new Error(`not written: ${JSON.stringify(written)}`);
  expect(written.version).toBe(version + 1);
  return written.note!;
}

describe('writing only what changed, with a real Redis', () => {
  it('stores exactly the whole conversation after any walk of taps, Back and Start again', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.nat(20), fc.constantFrom(-1, -2)), { minLength: 1, maxLength: 80 }), async (moves) => {
        const token = `walk-${++n}`;
        let conversation = begun();
        expect(await store.create(token, conversation)).toBe(true);
        let version = 1;
        let note: WriteNote | undefined;
        for (const move of moves) {
          const next = moved(conversation, move);
          note = await saved(store, token, next, version, note);
          version++;
          conversation = next;
          const raw = (await inside.get(`h:${token}`))!;
          expect(raw).toBe(`${version}|${encodeConversation(conversation)}`);
          expect(parseValue(raw)).toEqual({ conversation, version });
        }
      }),
      { numRuns: 40 },
    );
  });

  it('sends the place added and not the history already stored', async () => {
    let conversation = begun();
    for (let i = 0; i < 30; i++) conversation = moved(conversation, i * 7);
    expect(conversation.history.length).toBeGreaterThan(10);
    await store.create('short', begun());
    const note = await saved(store, 'short', conversation, 1);
    const next = moved(conversation, 3);
    const commands = await commandsSent(redis, async () => {
      await saved(store, 'short', next, 2, note);
    });
    const args = commands.flat().join(' ');
    expect(args).not.toContain(encodeHistory(conversation.history));
    expect(args.length).toBeLessThan(encodeConversation(next).length);
    expect((await store.read('short'))?.conversation).toEqual(next);
  });

  it('carries on a conversation written by the code before, history first and whole', async () => {
    let conversation = begun();
    for (let i = 0; i < 12; i++) conversation = moved(conversation, i * 5);
    // The order the code before wrote: the history before the fields after it.
    const at = JSON.stringify(JSON.parse(encodeConversation(conversation)).at);
    const older = `{"locale":"en","at":${at},"history":[${encodeHistory(conversation.history)}],"version":${JSON.stringify(conversation.version)}}`;
    await inside.set('h:older', `4|${older}`);
    const found = (await store.read('older'))!;
    expect(found).toEqual({ conversation, version: 4 });
    // Read, not written here: the first update is whole, the next ones only what changed.
    let base = found.conversation;
    let note: WriteNote | undefined;
    for (let version = 4; version < 10; version++) {
      const next = moved(base, version);
      note = await saved(store, 'older', next, version, note);
      expect(await inside.get('h:older')).toBe(`${version + 1}|${encodeConversation(next)}`);
      base = next;
    }
  });

  it('answers a conflict, and then writes whole, when the value this instance wrote changed under the same version', async () => {
    const conversation = begun();
    await store.create('guard', conversation);
    const mine = moved(conversation, 1);
    const note = await saved(store, 'guard', mine, 1);
    // Not something a writer of this project does (every write moves the version on): a guard.
    const theirs = moved(moved(conversation, 2), 0);
    await inside.set('h:guard', `2|${encodeConversation(theirs)}`);
    const answer = await store.update('guard', moved(mine, 0), 2, note);
    expect(answer).toEqual({ ok: false, current: { conversation: theirs, version: 2 } });
    const onTheirs = moved(theirs, 0);
    await saved(store, 'guard', onTheirs, 2);
    expect(await inside.get('h:guard')).toBe(`3|${encodeConversation(onTheirs)}`);
  });

  it('loses no update when two instances take turns on one token', async () => {
    const start = begun();
    await store.create('race', start);
    const mine = moved(start, 0);
    const note = await saved(store, 'race', mine, 1);
    // The other instance moves it on from what it read; this one still holds version 2 as its own.
    const read = (await other.read('race'))!;
    const theirs = moved(read.conversation, 1);
    await saved(other, 'race', theirs, 2);
    const refused = await store.update('race', moved(mine, 2), 2, note);
    expect(refused).toEqual({ ok: false, current: { conversation: theirs, version: 3 } });
    const onTheirs = moved(theirs, 2);
    await saved(store, 'race', onTheirs, 3);
    expect(parseValue((await inside.get('h:race'))!)).toEqual({ conversation: onTheirs, version: 4 });
  });

  it('writes nothing over a quick exit, spliced or whole', async () => {
    const start = begun();
    await store.create('gone', start);
    const note = await saved(store, 'gone', moved(start, 0), 1);
    await other.delete('gone');
    expect(await store.update('gone', moved(moved(start, 0), 1), 2, note)).toEqual({ ok: false });
    expect(await store.update('gone', moved(start, 1), 2)).toEqual({ ok: false });
    expect(await inside.get('h:gone')).toBe('-');
  });
});
