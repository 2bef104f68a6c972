// The limits' arithmetic, on an injected clock: no timing, no sockets.
import { describe, expect, it } from 'vitest';
import { ConnectionCounter } from '../server/limits/connections.js';
import { ConversationCap } from '../server/limits/conversations.js';
import { TokenBucket } from '../server/limits/rate.js';
import { MemoryStore } from '../server/store/memory.js';

describe('TokenBucket', () => {
  it('allows a burst, then the rate', () => {
    let now = 0;
    const bucket = new TokenBucket(10, 3, () => now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    now += 100; // one token at 10 per second
    expect([bucket.take(), bucket.take()]).toEqual([true, false]);
    now += 10_000; // refills up to the burst, no further
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
  });
});

describe('ConnectionCounter', () => {
  it('caps each address on its own and frees places on release', () => {
    const counter = new ConnectionCounter(2);
    expect([counter.acquire('a'), counter.acquire('a'), counter.acquire('a')]).toEqual([true, true, false]);
    expect(counter.acquire('b')).toBe(true);
    expect(counter.hasRoom('a')).toBe(false);
    counter.release('a');
    expect(counter.hasRoom('a')).toBe(true);
    expect(counter.count('a')).toBe(1);
    counter.release('a');
    expect(counter.count('a')).toBe(0);
  });
});

describe('ConversationCap', () => {
  it('counts what the memory store holds, sweeping out expired conversations before refusing', async () => {
    let now = 0;
    const store = new MemoryStore({ ttlSeconds: 60, now: () => now });
    const cap = new ConversationCap(store, 2, () => now);
    const conversation = { locale: 'en' as const, at: { flow: 'menu', state: { value: 'main' } }, history: [] };
    await store.set('a', conversation);
    expect(cap.full()).toBe(false);
    await store.set('b', conversation);
    expect(cap.full()).toBe(true);
    now += 500; // a sweep at most once a second: still full
    expect(cap.full()).toBe(true);
    now += 61_000; // both expired, not yet swept
    expect(store.size).toBe(2);
    expect(cap.full()).toBe(false);
    expect(store.size).toBe(0);
    await store.close();
  });
});
