import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../server/store/memory.js';
import type { Conversation } from '../server/engine/conversation.js';

const conversation: Conversation = { locale: 'en', at: { flow: 'menu', state: { value: 'main' } }, history: [] };

describe('the in-memory session store', () => {
  it('forgets a conversation once it has been idle for its time-to-live', async () => {
    let now = 0;
    const store = new MemoryStore({ ttlSeconds: 60, now: () => now });
    await store.set('t', conversation);
    now = 59_000;
    expect(await store.get('t')).toEqual(conversation);
    await store.set('t', conversation); // activity restarts the idle timer
    now = 59_000 + 59_000;
    expect(await store.get('t')).toEqual(conversation);
    now += 1_000;
    expect(await store.get('t')).toBeUndefined();
    await store.close();
  });

  it('sweeps expired conversations out of memory even if nobody asks for them', async () => {
    let now = 0;
    const store = new MemoryStore({ ttlSeconds: 1, now: () => now });
    await store.set('a', conversation);
    await store.set('b', conversation);
    now = 2_000;
    store.sweep();
    expect(store.size).toBe(0);
    await store.close();
  });

  it('deletes at once', async () => {
    const store = new MemoryStore({ ttlSeconds: 60 });
    await store.set('t', conversation);
    await store.delete('t');
    expect(await store.get('t')).toBeUndefined();
    await store.close();
  });
});
