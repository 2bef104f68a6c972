// What only the Redis store does: the TTL lives in Redis, several instances share one Redis,
// and it fails fast and recovers when Redis goes away and comes back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisStore } from '../../server/store/redis.js';
import { StoreUnavailableError } from '../../server/store/store.js';
import { decodeConversation } from '../../server/store/codec.js';
import type { Conversation } from '../../server/engine/conversation.js';
import { dangerConversation } from '../support/conversations.js';
import { startRedis, type RedisServer } from '../support/redis.js';

const conversation = dangerConversation;

let redis: RedisServer;
const stores: RedisStore[] = [];
function newStore(keyPrefix = 'test:', ttlSeconds = 1800): RedisStore {
  const store = new RedisStore({ url: redis.url, ttlSeconds, keyPrefix });
  stores.push(store);
  return store;
}

beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await Promise.all(stores.map((s) => s.close()));
  await redis?.destroy();
});

describe('the Redis session store', () => {
  it('keeps the conversation as versioned JSON under its prefix, with the idle TTL set in Redis', async () => {
    const store = newStore('ttl:', 1800);
    await store.waitUntilAvailable(10_000);
    await store.create('tok', conversation);
    const inside = redis.client();
    const raw = (await inside.get('ttl:tok'))!;
    expect(raw.slice(0, 2)).toBe('1|');
    expect(decodeConversation(raw.slice(2))).toEqual(conversation);
    const ttl = await inside.ttl('ttl:tok');
    expect(ttl).toBeGreaterThan(1700);
    expect(ttl).toBeLessThanOrEqual(1800);
    expect(await inside.keys('*tok*')).toEqual(['ttl:tok']);
  });

  it('is shared: what one instance saves another reads, and a delete on one is gone for all', async () => {
    const a = newStore('shared:');
    const b = newStore('shared:');
    await Promise.all([a.waitUntilAvailable(10_000), b.waitUntilAvailable(10_000)]);
    await a.create('tok', conversation);
    expect(await b.get('tok')).toEqual(conversation);
    await b.delete('tok');
    expect(await a.get('tok')).toBeUndefined();
  });

  it('writes updates under its prefix whether Redis knows its scripts or not (first use, SCRIPT FLUSH)', async () => {
    const store = newStore('scripts:');
    await store.waitUntilAvailable(10_000);
    const inside = redis.client();
    await inside.script('FLUSH');
    await store.create('tok', conversation);
    const moved: Conversation = { ...conversation, history: [...conversation.history, conversation.at] };
    // Unknown script: answered through the script's loading, under the prefix.
    const first = await store.update('tok', moved, 1);
    expect(first).toMatchObject({ ok: true, version: 2 });
    // Known now: called by its SHA alone (the splice, as this store wrote the value).
    const second = await store.update('tok', conversation, 2, first.ok ? first.note : undefined);
    expect(second).toMatchObject({ ok: true, version: 3 });
    expect(await store.read('tok')).toEqual({ conversation, version: 3 });
    await inside.script('FLUSH');
    const third = await store.update('tok', moved, 3, second.ok ? second.note : undefined);
    expect(third).toMatchObject({ ok: true, version: 4 });
    expect(await store.read('tok')).toEqual({ conversation: moved, version: 4 });
    expect(await inside.keys('scripts:*')).toEqual(['scripts:tok']);
    expect(await inside.exists('tok')).toBe(0);
    // A stale version is still refused with the stored conversation.
    expect(await store.update('tok', conversation, 3)).toEqual({ ok: false, current: { conversation: moved, version: 4 } });
  });

  it('keeps prefixes apart', async () => {
    const a = newStore('one:');
    const b = newStore('two:');
    await Promise.all([a.waitUntilAvailable(10_000), b.waitUntilAvailable(10_000)]);
    await a.create('tok', conversation);
    expect(await b.get('tok')).toBeUndefined();
  });

  it('treats a value that is not a conversation as absent', async () => {
    const store = newStore('odd:');
    await store.waitUntilAvailable(10_000);
    const inside = redis.client();
    await inside.set('odd:junk', '{not json');
    await inside.set('odd:other', `1|${JSON.stringify({ hello: 'world' })}`);
    await inside.set('odd:unversioned', JSON.stringify(conversation));
    expect(await store.get('junk')).toBeUndefined();
    expect(await store.get('other')).toBeUndefined();
    expect(await store.get('unversioned')).toBeUndefined();
    expect(await store.update('junk', conversation, 1)).toEqual({ ok: false });
  });

  it('while Redis is away: fails fast as "unavailable", keeps a quick exit, and recovers when it returns', async () => {
    const store = newStore('outage:');
    await store.waitUntilAvailable(10_000);
    await store.create('leaving', conversation);
    await store.create('staying', conversation);
    expect(store.isAvailable()).toBe(true);

    // Stopped with SAVE: it comes back with its data, as a Redis with persistence would.
    await redis.stop({ save: true });
    await expect(store.get('staying')).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.update('staying', conversation, 1)).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.create('new', conversation)).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(store.isAvailable()).toBe(false);
    // A quick exit cannot wait: it resolves now, and this instance already treats it as gone.
    await store.delete('leaving');
    expect(store.pendingDeleteCount).toBe(1);
    expect(await store.get('leaving')).toBeUndefined();
    expect(await store.update('leaving', conversation, 1)).toEqual({ ok: false });

    await redis.start();
    // "Available" again only once the waiting quick exit was carried out.
    expect(await store.waitUntilAvailable(20_000)).toBe(true);
    expect(store.pendingDeleteCount).toBe(0);
    expect(await store.get('staying')).toEqual(conversation);
    // The delete reached Redis itself: another instance does not find it either.
    const other = newStore('outage:');
    await other.waitUntilAvailable(10_000);
    expect(await other.get('leaving')).toBeUndefined();
    expect(await other.get('staying')).toEqual(conversation);
  });

  it('finding 6: remembers quick exits during an outage only up to its bound, and replays them pipelined', async () => {
    const store = new RedisStore({ url: redis.url, ttlSeconds: 1800, keyPrefix: 'bound:', maxPendingDeletes: 1000 });
    stores.push(store);
    let dropped = 0;
    const bounded = new RedisStore({
      url: redis.url,
      ttlSeconds: 1800,
      keyPrefix: 'bound:',
      maxPendingDeletes: 1000,
      onPendingDeleteDropped: () => (dropped += 1),
    });
    stores.push(bounded);
    await Promise.all([store.waitUntilAvailable(10_000), bounded.waitUntilAvailable(10_000)]);
    const tokens = Array.from({ length: 1500 }, (_, i) => `t${i}`);
    for (const token of tokens.slice(-1000)) await store.create(token, conversation);

    await redis.stop({ save: true });
    for (const token of tokens) await bounded.delete(token);
    expect(bounded.pendingDeleteCount).toBe(1000);
    expect(dropped).toBe(500);

    await redis.start();
    expect(await bounded.waitUntilAvailable(20_000)).toBe(true);
    expect(bounded.pendingDeleteCount).toBe(0);
    // The newest 1000 exits were kept and carried out: none of those conversations is left.
    const inside = redis.client();
    const left = await inside.mget(tokens.slice(-1000).map((t) => `bound:${t}`));
    expect(left.every((value) => value === '-')).toBe(true);
  });
});
