// Against a real redis-server: the taps of one pass of the event loop go to Redis as one call of
// the update script, and each still gets the answer it would have had alone: written, refused
// with what another writer stored, or gone (a quick exit's tombstone, expired, or a key that is
// not a conversation), without touching the others in the call.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import type { Conversation } from '../../server/engine/conversation.js';
import { parseValue, RedisStore } from '../../server/store/redis.js';
import { StoreUnavailableError, type UpdateResult, type WriteNote } from '../../server/store/store.js';
import { encodeConversation } from '../../server/store/codec.js';
import { MAX_UPDATES_PER_CALL } from '../../server/store/update-batch.js';
import { commandsSent, startRedis, type RedisServer } from '../support/redis.js';
import { Walks } from '../support/conversations.js';

let redis: RedisServer;
let inside: Redis;
let store: RedisStore;

beforeAll(async () => {
  redis = await startRedis();
  inside = redis.client();
  store = new RedisStore({ url: redis.url, ttlSeconds: 600, keyPrefix: 'b:' });
  await store.waitUntilAvailable(10_000);
});
afterAll(async () => {
  await store?.close();
  await redis?.destroy();
});

const walks = new Walks();
const begun = () => walks.begun();
// Only choices: every update in these tests moves the conversation on.
const walked = (conversation: Conversation, seed: number) => walks.moved(conversation, seed);

/** The update scripts clients sent while `work` ran (EVALSHA or EVAL), as their key counts. */
async function calls(work: () => Promise<void>): Promise<number[]> {
  return (await commandsSent(redis, work)).filter((args) => /^eval/i.test(args[0]!)).map((args) => Number(args[2]));
}

/** `count` conversations created, each one step in, written once so the store holds its note. */
async function created(prefix: string, count: number): Promise<{ token: string; conversation: Conversation; note: WriteNote }[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const token = `${prefix}-${i}`;
      const first = begun();
      expect(await store.create(token, first)).toBe(true);
      const conversation = walked(first, i);
      const written = await store.update(token, conversation, 1);
      if (!written.ok) throw new Error('not written');
      return { token, conversation, note: written.note! };
    }),
  );
}

describe('the taps of one pass, sent as one call', () => {
  it('writes every tap of a pass in one call, each exactly as it would alone', async () => {
    const people = await created('pass', 40);
    const next = people.map((p, i) => walked(p.conversation, i + 3));
    let results: UpdateResult[] = [];
    const seen = await calls(async () => {
      // All asked in one pass of the event loop, as a busy server reads many sockets' taps.
      results = await Promise.all(people.map((p, i) => store.update(p.token, next[i]!, 2, p.note)));
    });
    expect(seen).toEqual([40]);
    for (const [i, p] of people.entries()) {
      expect(results[i]).toMatchObject({ ok: true, version: 3 });
      expect(await inside.get(`b:${p.token}`)).toBe(`3|${encodeConversation(next[i]!)}`);
    }
  });

  it('splits a pass of more taps than one call takes, and writes them all', async () => {
    const count = MAX_UPDATES_PER_CALL * 2 + 5;
    const people = await created('many', count);
    const next = people.map((p, i) => walked(p.conversation, i + 1));
    let results: UpdateResult[] = [];
    const seen = await calls(async () => {
      results = await Promise.all(people.map((p, i) => store.update(p.token, next[i]!, 2, p.note)));
    });
    expect(seen).toEqual([MAX_UPDATES_PER_CALL, MAX_UPDATES_PER_CALL, 5]);
    expect(results.every((r) => r.ok && r.version === 3)).toBe(true);
    const stored = await inside.mget(people.map((p) => `b:${p.token}`));
    expect(stored).toEqual(next.map((c) => `3|${encodeConversation(c)}`));
  });

  it('answers each tap alone: one written, one beaten by another writer, one forgotten, one not a conversation', async () => {
    const [written, beaten, forgotten, stray, after] = await created('mixed', 5);
    // Another writer moved `beaten` on first; `forgotten` had its quick exit; `stray` holds a hash.
    const theirs = walked(beaten!.conversation, 9);
    const other = new RedisStore({ url: redis.url, ttlSeconds: 600, keyPrefix: 'b:' });
    await other.waitUntilAvailable(10_000);
    expect(await other.update(beaten!.token, theirs, 2)).toMatchObject({ ok: true, version: 3 });
    await other.close();
    await store.delete(forgotten!.token);
    await inside.del(`b:${stray!.token}`);
    await inside.hset(`b:${stray!.token}`, 'not', 'a conversation');

    const mine = [written, beaten, forgotten, stray, after].map((p, i) => walked(p!.conversation, i + 2));
    const results = await Promise.all([written, beaten, forgotten, stray, after].map((p, i) => store.update(p!.token, mine[i]!, 2, p!.note)));
    expect(results[0]).toMatchObject({ ok: true, version: 3 });
    expect(results[1]).toEqual({ ok: false, current: { conversation: theirs, version: 3 } });
    expect(results[2]).toEqual({ ok: false });
    expect(results[3]).toEqual({ ok: false });
    expect(results[4]).toMatchObject({ ok: true, version: 3 });
    expect(parseValue((await inside.get(`b:${written!.token}`))!)).toEqual({ conversation: mine[0], version: 3 });
    expect(parseValue((await inside.get(`b:${after!.token}`))!)).toEqual({ conversation: mine[4], version: 3 });
    // Nothing written over the other writer's value, the tombstone or the stray key.
    expect(parseValue((await inside.get(`b:${beaten!.token}`))!)).toEqual({ conversation: theirs, version: 3 });
    expect(await inside.get(`b:${forgotten!.token}`)).toBe('-');
    expect(await inside.hget(`b:${stray!.token}`, 'not')).toBe('a conversation');
  });

  it('lets one tap of two on the same conversation in a pass win; the other hears what it wrote', async () => {
    const [person] = await created('twice', 1);
    const left = walked(person!.conversation, 1);
    const right = walked(person!.conversation, 2);
    const [a, b] = await Promise.all([store.update(person!.token, left, 2, person!.note), store.update(person!.token, right, 2, person!.note)]);
    expect(a).toMatchObject({ ok: true, version: 3 });
    expect(b).toEqual({ ok: false, current: { conversation: left, version: 3 } });
  });

  it('sends the script whole once when Redis has lost it, for every tap of the pass', async () => {
    const people = await created('flushed', 6);
    await inside.script('FLUSH');
    const next = people.map((p, i) => walked(p.conversation, i + 4));
    const results = await Promise.all(people.map((p, i) => store.update(p.token, next[i]!, 2, p.note)));
    expect(results.every((r) => r.ok && r.version === 3)).toBe(true);
    for (const [i, p] of people.entries()) expect(await inside.get(`b:${p.token}`)).toBe(`3|${encodeConversation(next[i]!)}`);
  });

  it('fails every tap of the pass as "unavailable" when Redis is gone, and writes again when it is back', async () => {
    const own = await startRedis();
    const alone = new RedisStore({ url: own.url, ttlSeconds: 600, keyPrefix: 'gone:' });
    try {
      await alone.waitUntilAvailable(10_000);
      const first = begun();
      await Promise.all([alone.create('x', first), alone.create('y', first)]);
      await own.stop();
      const moved = walked(first, 1);
      const results = await Promise.allSettled([alone.update('x', moved, 1), alone.update('y', moved, 1)]);
      for (const r of results) {
        expect(r.status).toBe('rejected');
        expect((r as PromiseRejectedResult).reason).toBeInstanceOf(StoreUnavailableError);
      }
      // Redis lost everything (no persistence): the conversation is gone, and a new one is written.
      await own.start();
      expect(await alone.waitUntilAvailable(10_000)).toBe(true);
      expect(await alone.create('z', first)).toBe(true);
      expect(await alone.update('z', moved, 1)).toMatchObject({ ok: true, version: 2 });
    } finally {
      await alone.close();
      await own.destroy();
    }
  });
});
