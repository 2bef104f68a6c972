// One conversation's life on one socket, with no socket in sight: a frame goes in, the frames
// that answer it come out. It issues the token, starts, resumes, saves and forgets, and keeps
// danger help working when the store cannot take a write. server/chat.ts owns the socket (its
// guards, its queue, sending); POST /exit (server/exit-beacon.ts) forgets through `forget` too.
//
// What the socket knows is one of three states, never a bag of optional fields:
//   fresh    no conversation (not started, or forgotten);
//   stored   the store holds exactly this conversation at this version (this socket wrote or
//            read it last), so a turn is one conditional write and no read;
//   unsaved  the danger triage, shown although the store could not take it (down, or this
//            address is over its rate of new conversations); saved on a later turn if it can be.
import type { Engine, EngineEvent } from './engine/engine.js';
import { DANGER_CHOICE } from './engine/engine.js';
import type { Conversation } from './engine/conversation.js';
import type { MessageSpec } from '../flows/define.js';
import type { Locale } from '../flows/content/index.js';
import { DANGER_FLOW } from '../flows/index.js';
import type { ClientFrame, ErrorCode, ErrorFrame, ServerFrame } from './protocol.js';
import { isPending, StoreUnavailableError, type MaybePromise, type SessionStore, type UpdateResult, type Versioned, type WriteNote } from './store/store.js';
import { isToken, newToken } from './tokens.js';
import type { ChatMetrics } from './metrics.js';

export type SessionState =
  | { kind: 'fresh' }
  /** `note`: what the store said of writing it, if this socket did (handed back with the next write). */
  | { kind: 'stored'; token: string; conversation: Conversation; version: number; note: WriteNote | undefined }
  /** `version` is what the store holds, if it ever took this conversation at all. */
  | { kind: 'unsaved'; token: string; conversation: Conversation; version?: number };

export interface SessionOptions {
  engine: Engine;
  store: SessionStore;
  /** Whether this person's address may begin another stored conversation now. */
  mayStart?: () => boolean;
  metrics?: Pick<ChatMetrics, 'started' | 'resumed' | 'happened' | 'printed'>;
}

/** What a frame gets back. */
export interface Answer {
  frames: ServerFrame[];
}

/** How many times a turn is tried again on a conversation another socket changed meanwhile. */
const CONFLICT_RETRIES = 3;

type Frame<T extends ClientFrame['type']> = Extract<ClientFrame, { type: T }>;
type Action = Frame<'choose' | 'back' | 'restart' | 'say'>;
type Moved = { ok: true; conversation: Conversation; events: readonly EngineEvent[]; notices?: MessageSpec[]; brief?: true };
type Acted = Moved | { ok: false; code: ErrorCode; message: string };
/** One try at an action on the conversation as this socket last knew it (`base` at `version`). */
interface Attempt {
  frame: Action;
  token: string;
  base: Conversation;
  version: number | undefined;
  note: WriteNote | undefined;
  tries: number;
}
type Written =
  | { kind: 'saved'; version: number; note: WriteNote | undefined }
  | { kind: 'changed'; conversation: Conversation; version: number }
  | { kind: 'gone' }
  | { kind: 'refused'; code: 'unavailable' | 'busy' };

const error = (code: ErrorCode, message: string): ErrorFrame => ({ type: 'error', code, message });
export const UNAVAILABLE = 'The guide cannot save your place just now. Please try again in a minute. If you are in danger, call 999.';
const BUSY = 'The guide is very busy right now. Please try again in a few minutes. If you are in danger, call 999.';
const refusal = (code: 'busy' | 'unavailable'): ErrorFrame => error(code, code === 'busy' ? BUSY : UNAVAILABLE);

const fromUpdate = (result: UpdateResult): Written =>
  result.ok ? { kind: 'saved', version: result.version, note: result.note } : result.current ? { kind: 'changed', ...result.current } : { kind: 'gone' };
const fromCreate = (ok: boolean): Written => (ok ? { kind: 'saved', version: 1, note: undefined } : { kind: 'gone' });

/** A write the store failed: only danger help goes on without it; anything else is answered "unavailable" (chat.ts). */
function unwritten(err: unknown, conversation: Conversation): Written {
  if (err instanceof StoreUnavailableError && conversation.at.flow === DANGER_FLOW) return { kind: 'refused', code: 'unavailable' };
  throw err;
}

/** Forgets a conversation at once and for good: the socket's quick exit and POST /exit both come here. */
export async function forget(store: SessionStore, token: string): Promise<void> {
  // Only a token this server could have issued is looked up, so nothing else reaches a store key.
  if (isToken(token)) await store.delete(token);
}

/** Frames let through whatever the rate: quick exit and every way of asking for danger help. */
export function urgent(engine: Engine): (frame: ClientFrame) => boolean {
  return (frame) => {
    switch (frame.type) {
      case 'exit':
        return true;
      case 'start':
        return frame.flow === DANGER_FLOW;
      case 'choose':
        return frame.choice === DANGER_CHOICE;
      case 'say':
        return engine.hearsDanger(frame.text, 'en');
      default:
        return false;
    }
  };
}

export class Session {
  private state: SessionState = { kind: 'fresh' };
  private locale: Locale = 'en';

  constructor(private readonly options: SessionOptions) {}

  /** The state, for the metrics' "open" gauge and for tests. */
  get current(): Readonly<SessionState> {
    return this.state;
  }

  async handle(frame: ClientFrame): Promise<Answer> {
    return this.answer(frame);
  }

  /**
   * What `handle` does, with no promise where none is needed: a tap on the conversation this
   * socket holds is answered at once when the store answers at once (the in-memory store), so
   * the socket's turn takes no trip through the microtask queue. Throws what `handle` rejects with.
   */
  answer(frame: ClientFrame): MaybePromise<Answer> {
    switch (frame.type) {
      case 'exit':
        return this.exit();
      case 'start':
        return this.start(frame);
      case 'printed':
        // "My list" went to the printer: counted, never answered, and nothing of it is sent.
        if (this.state.kind === 'fresh') return { frames: [error('not_started', 'Send a "start" frame first.')] };
        this.options.metrics?.printed();
        return { frames: [] };
      default:
        if (this.state.kind === 'fresh') return { frames: [error('not_started', 'Send a "start" frame first.')] };
        return this.act(frame, this.state);
    }
  }

  /** Quick exit always succeeds, started or not: forget first, then say goodbye. */
  private async exit(): Promise<Answer> {
    await this.forget();
    return { frames: [{ type: 'bye' }] };
  }

  /** Forgets this socket's conversation, if it has one. */
  async forget(): Promise<void> {
    const state = this.state;
    this.state = { kind: 'fresh' };
    if (state.kind !== 'fresh') await forget(this.options.store, state.token);
  }

  private async start(frame: Frame<'start'>): Promise<Answer> {
    const { engine } = this.options;
    this.locale = frame.locale ?? 'en';
    const frames: ServerFrame[] = [];
    if (frame.resume !== undefined) {
      const resumed = isToken(frame.resume) ? await this.resumeUnlessDanger(frame.resume, frame.flow) : undefined;
      if (resumed) return resumed;
      if (resumed === undefined) frames.push(error('expired', 'That conversation has ended. Starting again.'));
    }
    const started = engine.start(this.locale, frame.flow);
    if (!started.ok) return { frames: [...frames, error(started.code, started.message)] };
    // A new start replaces this socket's old conversation; keeping it would only hold data.
    await this.forget();
    return { frames: [...frames, ...(await this.begin(started))] };
  }

  /** Resumes; null when the store is down and the person asked for the danger triage, which comes first. */
  private async resumeUnlessDanger(token: string, flow: string | undefined): Promise<Answer | undefined | null> {
    try {
      return await this.resume(token);
    } catch (err) {
      if (err instanceof StoreUnavailableError && flow === DANGER_FLOW) return null;
      throw err;
    }
  }

  private async resume(token: string): Promise<Answer | undefined> {
    const { engine, store, metrics } = this.options;
    const found = await store.read(token);
    // One saved by other flows (a deploy changed them) is checked before it carries on.
    const revived = found && engine.revive(found.conversation);
    if (!found || !revived) {
      if (found) await store.delete(token);
      return undefined;
    }
    // Saved again, so the idle clock starts over from the moment the person came back.
    const written = await store.update(token, revived, found.version);
    const latest = written.ok
      ? { conversation: revived, version: written.version, note: written.note }
      : written.current && this.revived(written.current);
    if (!latest) return undefined;
    if (this.state.kind !== 'fresh' && this.state.token !== token) await this.forget();
    this.state = { kind: 'stored', token, conversation: latest.conversation, version: latest.version, note: 'note' in latest ? latest.note : undefined };
    metrics?.resumed();
    return { frames: [engine.render(latest.conversation, token)] };
  }

  /** A new conversation under a new token; the danger triage is shown even if it cannot be stored. */
  private async begin({ conversation, events }: Extract<Acted, { ok: true }>): Promise<ServerFrame[]> {
    const token = newToken();
    const written = await this.create(token, conversation);
    if (written.kind === 'refused' && conversation.at.flow !== DANGER_FLOW) {
      return [refusal(written.code)];
    }
    // A fresh token cannot have been written by anyone else.
    this.state =
      written.kind === 'saved'
        ? { kind: 'stored', token, conversation, version: written.version, note: written.note }
        : { kind: 'unsaved', token, conversation };
    this.options.metrics?.started();
    this.options.metrics?.happened(events);
    return [this.options.engine.render(conversation, token)];
  }

  private act(frame: Action, state: Exclude<SessionState, { kind: 'fresh' }>): MaybePromise<Answer> {
    const note = state.kind === 'stored' ? state.note : undefined;
    return this.attempt({ frame, token: state.token, base: state.conversation, version: state.version, note, tries: 0 });
  }

  private attempt(attempt: Attempt): MaybePromise<Answer> {
    const acted = this.apply(attempt.base, attempt.frame);
    if (!acted.ok) return { frames: [error(acted.code, acted.message)] };
    const { token, base, version, note } = attempt;
    // Nothing moved (typed text that only brought notices): nothing to write.
    if (acted.conversation === base && version !== undefined) return this.settle(attempt, acted, { kind: 'saved', version, note });
    const conversation = acted.conversation;
    if (version === undefined) return this.create(token, conversation).then((written) => this.settle(attempt, acted, written));
    // Every tap comes here: no function is made for a store that answers at once (memory), and
    // one promise is waited on for one that answers later (Redis), settled in its own answer.
    let result: MaybePromise<UpdateResult>;
    try {
      result = this.options.store.update(token, conversation, version, note);
    } catch (err) {
      return this.settle(attempt, acted, unwritten(err, conversation));
    }
    if (!isPending(result)) return this.settle(attempt, acted, fromUpdate(result));
    return result.then(
      (r) => this.settle(attempt, acted, fromUpdate(r)),
      (err: unknown) => this.settle(attempt, acted, unwritten(err, conversation)),
    );
  }

  /** The answer to an action, once the store took it, refused it, or another socket moved first. */
  private settle(attempt: Attempt, acted: Moved, write: Written): MaybePromise<Answer> {
    const { engine, store } = this.options;
    const { token, version } = attempt;
    const { conversation, events, notices, brief = false } = acted;
    switch (write.kind) {
      case 'saved':
        this.state = { kind: 'stored', token, conversation, version: write.version, note: write.note };
        this.options.metrics?.happened(events);
        return { frames: [engine.render(conversation, token, notices, brief)] };
      case 'refused':
        if (conversation.at.flow !== DANGER_FLOW) return { frames: [refusal(write.code)] };
        this.state = { kind: 'unsaved', token, conversation, ...(version !== undefined ? { version } : {}) };
        this.options.metrics?.happened(events);
        return { frames: [engine.render(conversation, token, notices, brief)] };
      case 'gone':
        return this.expired();
      case 'changed': {
        // Another socket moved this conversation on: do this action on top of theirs.
        const current = this.revived(write);
        if (!current) return store.delete(token).then(() => this.expired());
        if (attempt.tries >= CONFLICT_RETRIES) {
          this.state = { kind: 'stored', token, conversation: current.conversation, version: current.version, note: undefined };
          return { frames: [engine.render(current.conversation, token)] };
        }
        return this.attempt({ ...attempt, base: current.conversation, version: current.version, note: undefined, tries: attempt.tries + 1 });
      }
    }
  }

  /** What another writer stored, as these flows carry it on (Engine.revive), or undefined. */
  private revived({ conversation, version }: Versioned): Versioned | undefined {
    const revived = this.options.engine.revive(conversation);
    return revived ? { conversation: revived, version } : undefined;
  }

  private apply(conversation: Conversation, frame: Action): Acted {
    const { engine } = this.options;
    switch (frame.type) {
      case 'choose':
        return engine.choose(conversation, frame.choice);
      case 'back':
        return engine.back(conversation);
      case 'restart':
        return engine.restart(conversation);
      case 'say':
        return { ok: true, ...engine.say(conversation, frame.text) };
    }
  }

  /** A conversation the store never took, created if this address may begin one now. */
  private async create(token: string, conversation: Conversation): Promise<Written> {
    const { store, mayStart } = this.options;
    if (mayStart && !mayStart()) return { kind: 'refused', code: 'busy' };
    try {
      return fromCreate(await store.create(token, conversation));
    } catch (err) {
      return unwritten(err, conversation);
    }
  }

  /** The conversation ended elsewhere (quick exit, expiry, eviction): say so and begin again. */
  private async expired(): Promise<Answer> {
    this.state = { kind: 'fresh' };
    const started = this.options.engine.start(this.locale);
    if (!started.ok) return { frames: [error(started.code, started.message)] };
    return { frames: [error('expired', 'This conversation has ended. Starting again.'), ...(await this.begin(started))] };
  }
}
