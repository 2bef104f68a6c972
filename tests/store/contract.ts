// One suite every SessionStore must pass, run against the in-memory store and against Redis.
// `age` moves a store's idle clock on without waiting: the memory store's injected clock, or
// the remaining TTL of each key inside Redis itself.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Engine } from '../../server/engine/engine.js';
import { HISTORY_LIMIT, type Conversation } from '../../server/engine/conversation.js';
import type { SessionStore } from '../../server/store/store.js';
import { flows, MENU_FLOW, DANGER_FLOW } from '../../flows/index.js';

export interface StoreHarness {
  store: SessionStore;
  /** Behaves as if `seconds` passed with nobody touching any conversation. */
  age(seconds: number): Promise<void>;
  close(): Promise<void>;
}

const TTL = 3600;
const engine = new Engine({ flows, menuFlow: MENU_FLOW, dangerFlow: DANGER_FLOW });

function walk(...choices: string[]): Conversation {
  const started = engine.start('en');
  if (!started.ok) throw new Error('cannot start');
  let conversation = started.conversation;
  for (const choice of choices) {
    const next = engine.choose(conversation, choice);
    if (!next.ok) throw new Error(`cannot choose ${choice}`);
    conversation = next.conversation;
  }
  return conversation;
}

export function sessionStoreContract(name: string, make: (ttlSeconds: number) => Promise<StoreHarness>): void {
  describe(`${name}: the session store contract`, () => {
    let h: StoreHarness;
    beforeEach(async () => {
      h = await make(TTL);
    });
    afterEach(async () => {
      await h.close();
    });

    it('knows nothing of a token it was never given', async () => {
      expect(await h.store.get('never-set')).toBeUndefined();
    });

    it('gives back exactly what it was given, and the engine carries on from it', async () => {
      const conversation = walk('danger', 'not-right-now');
      await h.store.set('t', conversation);
      const back = await h.store.get('t');
      expect(back).toEqual(conversation);
      expect(engine.render(back!, 't')).toEqual(engine.render(conversation, 't'));
      const undone = engine.back(back!);
      expect(undone.ok && engine.render(undone.conversation, 't')).toMatchObject({ flow: 'danger', node: 'now' });
    });

    it('keeps a full Back history', async () => {
      let conversation = walk();
      for (let i = 0; i < HISTORY_LIMIT + 5; i++) {
        const next = engine.choose(conversation, i % 2 === 0 ? 'danger' : 'menu');
        if (!next.ok) break;
        conversation = next.conversation;
        if (conversation.at.flow === 'danger') {
          const deeper = engine.choose(conversation, 'cant-speak');
          if (deeper.ok) conversation = deeper.conversation;
        }
      }
      expect(conversation.history.length).toBe(HISTORY_LIMIT);
      await h.store.set('long', conversation);
      expect(await h.store.get('long')).toEqual(conversation);
    });

    it('overwrites, and keeps tokens apart', async () => {
      await h.store.set('a', walk());
      await h.store.set('b', walk('danger'));
      await h.store.set('a', walk('about'));
      expect((await h.store.get('a'))?.at.state.value).toBe('about');
      expect((await h.store.get('b'))?.at.flow).toBe('danger');
    });

    it('forgets at once on delete, and deleting twice is harmless', async () => {
      await h.store.set('gone', walk('danger'));
      await h.store.set('kept', walk('danger'));
      await h.store.delete('gone');
      expect(await h.store.get('gone')).toBeUndefined();
      await h.store.delete('gone');
      await h.store.delete('never-set');
      expect(await h.store.get('kept')).toBeDefined();
    });

    it('forgets a conversation idle for its time-to-live; saving restarts the clock', async () => {
      await h.store.set('t', walk('danger'));
      await h.age(TTL - 60);
      expect(await h.store.get('t')).toBeDefined();
      await h.store.set('t', walk('danger', 'cant-speak'));
      await h.age(TTL - 60);
      expect(await h.store.get('t')).toBeDefined();
      await h.age(60);
      expect(await h.store.get('t')).toBeUndefined();
    });

    it('reading does not keep a conversation alive: only saving does', async () => {
      await h.store.set('t', walk());
      await h.age(TTL - 60);
      expect(await h.store.get('t')).toBeDefined();
      await h.age(60);
      expect(await h.store.get('t')).toBeUndefined();
    });
  });
}
