// The session unit alone, with no socket: each finding of issue 10 that lives in a
// conversation's life, on the real engine and the real in-memory store (or a store that is
// down, or one that records what it was asked).
import { describe, expect, it } from 'vitest';
import { Engine } from '../../server/engine/engine.js';
import { flows, MENU_FLOW, DANGER_FLOW } from '../../flows/index.js';
import { Router } from '../../server/routing/router.js';
import { MemoryStore } from '../../server/store/memory.js';
import { StoreUnavailableError, type SessionStore } from '../../server/store/store.js';
import { forget, Session, urgent, type Answer } from '../../server/session.js';
import type { ClientFrame } from '../../server/protocol.js';

const engine = new Engine({ flows, menuFlow: MENU_FLOW, dangerFlow: DANGER_FLOW, router: new Router() });

/** A store whose backend is out of reach: every read and write fails, as Redis's do then. */
class DownStore extends MemoryStore {
  readonly deleted: string[] = [];
  override read(): never {
    throw new StoreUnavailableError('down');
  }
  override create(): never {
    throw new StoreUnavailableError('down');
  }
  override update(): never {
    throw new StoreUnavailableError('down');
  }
  override async delete(token: string): Promise<void> {
    this.deleted.push(token);
  }
}

/** The in-memory store, recording every token it is asked about. */
class RecordingStore extends MemoryStore {
  readonly asked: string[] = [];
  override read(token: string) {
    this.asked.push(token);
    return super.read(token);
  }
  override delete(token: string) {
    this.asked.push(token);
    return super.delete(token);
  }
}

const step = (answer: Answer) => {
  const last = answer.frames.at(-1);
  if (last?.type !== 'step') throw new Error(`expected a step, got ${JSON.stringify(last)}`);
  return last;
};
const codes = (answer: Answer) => answer.frames.map((f) => (f.type === 'error' ? f.code : f.type === 'step' ? `${f.flow}/${f.node}` : f.type));

function session(store: SessionStore, mayStart?: () => boolean): Session {
  return new Session({ engine, store, ...(mayStart ? { mayStart } : {}) });
}

describe('the danger flow is never refused', () => {
  it('store down: start{flow:"danger"}, the danger choice and danger in typed text all answer with the triage', async () => {
    const store = new DownStore({ ttlSeconds: 60 });
    const a = session(store);
    expect(codes(await a.handle({ type: 'start', flow: 'danger' }))).toEqual(['danger/now']);
    expect(a.current.kind).toBe('unsaved');
    expect(codes(await a.handle({ type: 'choose', choice: 'cant-speak' }))).toEqual(['danger/silentSolution']);

    // A resume that cannot be read does not stand between a person and the triage.
    const b = session(store);
    expect(codes(await b.handle({ type: 'start', flow: 'danger', resume: 'x'.repeat(32) }))).toEqual(['danger/now']);
    await expect(session(store).handle({ type: 'start' })).rejects.toBeInstanceOf(StoreUnavailableError);

    // Begun while the store was up, then it went down: the danger choice and typed danger still answer.
    const up = new MemoryStore({ ttlSeconds: 60 });
    const c = session(up);
    const first = step(await c.handle({ type: 'start' }));
    Object.assign(up, { update: () => Promise.reject(new StoreUnavailableError('down')) });
    expect(codes(await c.handle({ type: 'say', text: "he's outside the door" }))).toEqual(['danger/now']);
    expect(codes(await c.handle({ type: 'choose', choice: 'cant-speak' }))).toEqual(['danger/silentSolution']);
    // Anything else cannot be saved, and says so (chat.ts answers "unavailable").
    await expect(c.handle({ type: 'restart' })).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it('rate-limited address: a new ordinary conversation is "busy", the triage still starts (kept by the socket only)', async () => {
    const store = new MemoryStore({ ttlSeconds: 60 });
    const limited = session(store, () => false);
    expect(codes(await limited.handle({ type: 'start' }))).toEqual(['busy']);
    const danger = step(await limited.handle({ type: 'start', flow: 'danger' }));
    expect(danger).toMatchObject({ flow: 'danger', node: 'now' });
    expect(await store.read(danger.token)).toBeUndefined();
    expect(codes(await limited.handle({ type: 'choose', choice: 'not-right-now' }))).toEqual(['danger/scared']);
  });

  it('the rate limit and the drain let through exactly the quick exit and the ways of asking for danger help', () => {
    const isUrgent = urgent(engine);
    const frames: Array<[ClientFrame, boolean]> = [
      [{ type: 'exit' }, true],
      [{ type: 'start', flow: 'danger' }, true],
      [{ type: 'choose', choice: 'danger' }, true],
      [{ type: 'say', text: "he's got a knife" }, true],
      [{ type: 'start' }, false],
      [{ type: 'choose', choice: 'about' }, false],
      [{ type: 'say', text: 'what is a child protection conference' }, false],
      [{ type: 'back' }, false],
    ];
    for (const [frame, expected] of frames) expect(isUrgent(frame), JSON.stringify(frame)).toBe(expected);
  });
});

describe('finding 1: the cap full', () => {
  it('a newcomer is served even when the store is full', async () => {
    const store = new MemoryStore({ ttlSeconds: 60, maxConversations: 1 });
    const a = session(store);
    const b = session(store);
    step(await a.handle({ type: 'start' }));
    expect(codes(await b.handle({ type: 'start' }))).toEqual(['menu/main']);
    expect(codes(await b.handle({ type: 'choose', choice: 'danger' }))).toEqual(['danger/now']);
    // The one evicted hears "expired" and begins again.
    expect(codes(await a.handle({ type: 'choose', choice: 'about' }))).toEqual(['expired', 'menu/main']);
  });
});

describe('finding 4: forgetting is final, and no update is lost', () => {
  it('a turn after a quick exit elsewhere (POST /exit, another instance) writes nothing back', async () => {
    const store = new MemoryStore({ ttlSeconds: 60 });
    const a = session(store);
    const first = step(await a.handle({ type: 'start' }));
    await forget(store, first.token);
    const answer = await a.handle({ type: 'choose', choice: 'danger' });
    expect(codes(answer)).toEqual(['expired', 'menu/main']);
    expect(await store.read(first.token)).toBeUndefined();
    const started = engine.start('en');
    expect(started.ok && (await store.create(first.token, started.conversation))).toBe(false);
  });

  it('two sockets on one token: the later turn is done on top of the earlier one, not over it', async () => {
    const store = new MemoryStore({ ttlSeconds: 60 });
    const a = session(store);
    const first = step(await a.handle({ type: 'start' }));
    const b = session(store);
    expect(step(await b.handle({ type: 'start', resume: first.token })).token).toBe(first.token);
    const c = session(store);
    step(await c.handle({ type: 'start', resume: first.token }));

    // b moves to "about"; a, still believing the menu, then asks for danger help.
    expect(step(await b.handle({ type: 'choose', choice: 'about' }))).toMatchObject({ node: 'about' });
    expect(codes(await a.handle({ type: 'choose', choice: 'danger' }))).toEqual(['danger/now']);
    const stored = await store.read(first.token);
    expect(stored?.conversation.at.flow).toBe('danger');
    // Both moves are in the history: Back goes to "about", then the menu.
    expect(stored?.conversation.history.map((p) => p.state.value)).toEqual(['main', 'about']);
    // c, two versions behind, chooses something only the menu offered: judged on what is stored now.
    expect(codes(await c.handle({ type: 'choose', choice: 'about' }))).toEqual(['unknown_choice']);
  });
});

describe('finding 9: one token rule', () => {
  it('resume and forget look up only a token shaped exactly as issued', async () => {
    const store = new RecordingStore({ ttlSeconds: 60 });
    const s = session(store);
    const notTokens = ['a', 'short:token*', 'x'.repeat(31), 'x'.repeat(33), `${'x'.repeat(31)}=`, `${'x'.repeat(31)}\n`, `safe-steps:${'x'.repeat(21)}`];
    for (const resume of notTokens) {
      expect(codes(await s.handle({ type: 'start', resume }))).toEqual(['expired', 'menu/main']);
      await forget(store, resume);
    }
    expect(store.asked.filter((t) => notTokens.includes(t))).toEqual([]);
    const issued = (s.current as { token: string }).token;
    await forget(store, issued);
    expect(store.asked.at(-1)).toBe(issued);
    expect(await store.read(issued)).toBeUndefined();
  });
});
