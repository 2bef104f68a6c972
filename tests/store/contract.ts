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

    it('gives back exactly what it was given, at version 1, and the engine carries on from it', async () => {
      const conversation = walk('danger', 'not-right-now');
      expect(await h.store.create('t', conversation)).toBe(true);
      const back = await h.store.read('t');
      expect(back).toEqual({ conversation, version: 1 });
      expect(await h.store.get('t')).toEqual(conversation);
      expect(engine.render(back!.conversation, 't')).toEqual(engine.render(conversation, 't'));
      const undone = engine.back(back!.conversation);
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
      await h.store.create('long', conversation);
      expect(await h.store.get('long')).toEqual(conversation);
    });

    it('creates only under an unused token, and keeps tokens apart', async () => {
      expect(await h.store.create('a', walk())).toBe(true);
      expect(await h.store.create('b', walk('danger'))).toBe(true);
      expect(await h.store.create('a', walk('about'))).toBe(false);
      expect((await h.store.get('a'))?.at.state.value).toBe('main');
      expect((await h.store.get('b'))?.at.flow).toBe('danger');
    });

    it('updates by compare-and-set: the version seen must be the version stored, so no update is lost', async () => {
      await h.store.create('t', walk());
      expect(await h.store.update('t', walk('danger'), 1)).toMatchObject({ ok: true, version: 2 });
      // A second writer that still believes version 1 is refused and told what is there now.
      expect(await h.store.update('t', walk('about'), 1)).toEqual({ ok: false, current: { conversation: walk('danger'), version: 2 } });
      expect(await h.store.update('t', walk('danger', 'cant-speak'), 2)).toMatchObject({ ok: true, version: 3 });
      expect(await h.store.read('t')).toEqual({ conversation: walk('danger', 'cant-speak'), version: 3 });
      expect(await h.store.update('never-set', walk(), 1)).toEqual({ ok: false });
    });

    it('forgets at once and for good: nothing writes a deleted token again, and deleting twice is harmless', async () => {
      await h.store.create('gone', walk('danger'));
      await h.store.create('kept', walk('danger'));
      await h.store.delete('gone');
      expect(await h.store.read('gone')).toBeUndefined();
      // A turn that was in flight when the quick exit landed writes nothing back.
      expect(await h.store.update('gone', walk('danger', 'cant-speak'), 1)).toEqual({ ok: false });
      expect(await h.store.create('gone', walk())).toBe(false);
      expect(await h.store.get('gone')).toBeUndefined();
      await h.store.delete('gone');
      await h.store.delete('never-set');
      expect(await h.store.get('kept')).toBeDefined();
      // A token never used leaves nothing behind, so made-up tokens cannot fill the store.
      expect(await h.store.create('never-set', walk())).toBe(true);
    });

    it('forgets a conversation idle for its time-to-live; saving restarts the clock', async () => {
      await h.store.create('t', walk('danger'));
      await h.age(TTL - 60);
      expect(await h.store.get('t')).toBeDefined();
      expect(await h.store.update('t', walk('danger', 'cant-speak'), 1)).toMatchObject({ ok: true });
      await h.age(TTL - 60);
      expect(await h.store.get('t')).toBeDefined();
      await h.age(60);
      expect(await h.store.get('t')).toBeUndefined();
      expect(await h.store.update('t', walk(), 2)).toEqual({ ok: false });
    });

    it('reading does not keep a conversation alive: only saving does', async () => {
      await h.store.create('t', walk());
      await h.age(TTL - 60);
      expect(await h.store.read('t')).toBeDefined();
      await h.age(60);
      expect(await h.store.read('t')).toBeUndefined();
    });

    it('keeps a tombstone for the time-to-live, then the token is simply unknown', async () => {
      await h.store.create('t', walk());
      await h.store.delete('t');
      await h.age(TTL - 60);
      expect(await h.store.create('t', walk())).toBe(false);
      await h.age(60);
      expect(await h.store.read('t')).toBeUndefined();
    });
  });
}
