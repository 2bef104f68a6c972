import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../server/store/memory.js';
import type { Conversation } from '../../server/engine/conversation.js';
import { sessionStoreContract } from './contract.js';

sessionStoreContract('in-memory store', async (ttlSeconds) => {
  let now = 0;
  const store = new MemoryStore({ ttlSeconds, now: () => now });
  return {
    store,
    age: async (seconds) => {
      now += seconds * 1000;
    },
    close: () => store.close(),
  };
});

const conversation: Conversation = { locale: 'en', at: { flow: 'menu', state: { value: 'main' } }, history: [] };

describe('the in-memory session store', () => {
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
});
