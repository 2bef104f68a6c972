// Where conversations live between frames. The in-memory store is the default; a shared one
// (Redis) plugs in behind the same interface. Every store forgets a conversation once it has
// been idle for its time-to-live, and forgets it at once on delete (quick exit).
//
// Writes are conditional so that forgetting is final and no update is lost: every stored
// conversation carries a version; a new one is written only if its token is unused, an update
// only if the stored version is the one the writer last saw. A deleted token leaves a
// tombstone for the time-to-live, so a turn still in flight cannot write it back.
import type { Conversation } from '../engine/conversation.js';

/** A stored conversation and its version (1 when created, one more on every update). */
export interface Versioned {
  conversation: Conversation;
  version: number;
}

/**
 * What a conditional update did: written (with the new version), or refused because someone
 * else wrote first (`current` is what is stored now), or because the token is gone (deleted,
 * expired, evicted: `current` absent).
 */
export type UpdateResult = { ok: true; version: number; note?: WriteNote } | { ok: false; current?: Versioned };

/**
 * What a store keeps of its own write, for the writer to hand back with its next update over it
 * (Redis then writes only what changed). Opaque outside the store; held by the socket's session
 * with the conversation it describes, so it goes when they go.
 */
export type WriteNote = { readonly kind: 'write-note' };

/** A value now, or a promise of it. */
export type MaybePromise<T> = T | Promise<T>;

/** Whether a store's answer is still to come (a promise or any other thenable). */
export function isPending<T>(value: MaybePromise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | undefined)?.then === 'function';
}

export interface SessionStore {
  /** The stored conversation and its version, or undefined (never stored, expired, forgotten). */
  read(token: string): Promise<Versioned | undefined>;
  /** Just the conversation: for looking inside (tests, tools). */
  get(token: string): Promise<Conversation | undefined>;
  /** Stores a new conversation at version 1; false (and nothing written) if the token was ever used. */
  create(token: string, conversation: Conversation): Promise<boolean>;
  /**
   * Saves over version `version` and restarts the idle timer; refused if that is not what is
   * stored. Every tap is one update, so a store that holds conversations in this process may
   * answer at once rather than with a promise, and the turn then takes no trip through the
   * microtask queue; a store with a backend returns a promise. Callers take either.
   * `note` is what this store said of the write that stored `version` (UpdateResult), if the
   * writer made it: a store may then write only what changed (Redis).
   */
  update(token: string, conversation: Conversation, version: number, note?: WriteNote): MaybePromise<UpdateResult>;
  /** Forgets at once and for good: the token cannot be written again within the time-to-live. */
  delete(token: string): Promise<void>;
  close(): Promise<void>;
  /** Whether the backend answers now; a store without a backend leaves this out (always up). */
  isAvailable?(): boolean;
  /** Waits, at most `timeoutMs`, until the backend answers; resolves whether it does. */
  waitUntilAvailable?(timeoutMs: number): Promise<boolean>;
}

/** Stores throw this when their backend is out of reach, so clients hear "unavailable". */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}
