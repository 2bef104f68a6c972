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
    await store.create('a', conversation);
    await store.create('b', conversation);
    now = 2_000;
    store.sweep();
    expect(store.size).toBe(0);
    await store.close();
  });
});

describe('the in-memory store when full (finding 1: a full cap locked everyone out)', () => {
  it('never refuses a newcomer: the least recently used conversation is forgotten instead', async () => {
    const store = new MemoryStore({ ttlSeconds: 600, maxConversations: 3 });
    for (const token of ['a', 'b', 'c']) expect(await store.create(token, conversation)).toBe(true);
    // 'a' is used again, so 'b' is now the one idle longest.
    expect(await store.update('a', conversation, 1)).toMatchObject({ ok: true });
    expect(await store.create('d', conversation)).toBe(true);
    expect(store.size).toBe(3);
    expect(await store.read('b')).toBeUndefined();
    for (const token of ['a', 'c', 'd']) expect(await store.read(token)).toBeDefined();
    await store.close();
  });
});

