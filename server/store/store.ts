// Where conversations live between frames. The in-memory store is the default; a shared one
// (Redis) plugs in behind the same interface. Every store forgets a conversation once it has
// been idle for its time-to-live, and forgets it at once on delete (quick exit).
import type { Conversation } from '../engine/conversation.js';

export interface SessionStore {
  get(token: string): Promise<Conversation | undefined>;
  /** Saves the conversation and restarts its idle timer. */
  set(token: string, conversation: Conversation): Promise<void>;
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
