// What only the Redis store does: the TTL lives in Redis, several instances share one Redis,
// and it fails fast and recovers when Redis goes away and comes back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisStore } from '../../server/store/redis.js';
import { StoreUnavailableError } from '../../server/store/store.js';
import type { Conversation } from '../../server/engine/conversation.js';
import { startRedis, type RedisServer } from '../support/redis.js';

const conversation: Conversation = {
  locale: 'en',
  at: { flow: 'danger', state: { value: 'scared', context: {}, status: 'active' } },
  history: [{ flow: 'menu', state: { value: 'main', context: {}, status: 'active' } }],
};

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
  it('keeps the conversation as JSON under its prefix, with the idle TTL set in Redis', async () => {
    const store = newStore('ttl:', 1800);
    await store.waitUntilAvailable(10_000);
    await store.set('tok', conversation);
    const inside = redis.client();
    expect(JSON.parse((await inside.get('ttl:tok'))!)).toEqual(conversation);
    const ttl = await inside.ttl('ttl:tok');
    expect(ttl).toBeGreaterThan(1700);
    expect(ttl).toBeLessThanOrEqual(1800);
    expect(await inside.keys('*tok*')).toEqual(['ttl:tok']);
  });

  it('is shared: what one instance saves another reads, and a delete on one is gone for all', async () => {
    const a = newStore('shared:');
    const b = newStore('shared:');
    await Promise.all([a.waitUntilAvailable(10_000), b.waitUntilAvailable(10_000)]);
    await a.set('tok', conversation);
    expect(await b.get('tok')).toEqual(conversation);
    await b.delete('tok');
    expect(await a.get('tok')).toBeUndefined();
  });

  it('keeps prefixes apart', async () => {
    const a = newStore('one:');
    const b = newStore('two:');
    await Promise.all([a.waitUntilAvailable(10_000), b.waitUntilAvailable(10_000)]);
    await a.set('tok', conversation);
    expect(await b.get('tok')).toBeUndefined();
  });

  it('treats a value that is not a conversation as absent', async () => {
    const store = newStore('odd:');
    await store.waitUntilAvailable(10_000);
    const inside = redis.client();
    await inside.set('odd:junk', '{not json');
    await inside.set('odd:other', JSON.stringify({ hello: 'world' }));
    expect(await store.get('junk')).toBeUndefined();
    expect(await store.get('other')).toBeUndefined();
  });

  it('while Redis is away: fails fast as "unavailable", keeps a quick exit, and recovers when it returns', async () => {
    const store = newStore('outage:');
    await store.waitUntilAvailable(10_000);
    await store.set('leaving', conversation);
    await store.set('staying', conversation);
    expect(store.isAvailable()).toBe(true);

    // Stopped with SAVE: it comes back with its data, as a Redis with persistence would.
    await redis.stop({ save: true });
    await expect(store.get('staying')).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.set('staying', conversation)).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(store.isAvailable()).toBe(false);
    // A quick exit cannot wait: it resolves now, and this instance already treats it as gone.
    await store.delete('leaving');
    expect(store.pendingDeleteCount).toBe(1);
    expect(await store.get('leaving')).toBeUndefined();

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
});
