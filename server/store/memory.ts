// The embedded default: conversations in a Map in this process. A restart forgets them.
import type { Conversation } from '../engine/conversation.js';
import type { SessionStore } from './store.js';

export interface MemoryStoreOptions {
  ttlSeconds: number;
  /** Injected so tests can move time; defaults to Date.now. */
  now?: () => number;
  /** How often expired conversations are swept out of memory. */
  sweepSeconds?: number;
}

interface Entry {
  conversation: Conversation;
  expiresAt: number;
}

export class MemoryStore implements SessionStore {
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;
  private readonly now: () => number;
  private readonly sweeper: NodeJS.Timeout;

  constructor(options: MemoryStoreOptions) {
    this.ttlMs = options.ttlSeconds * 1000;
    this.now = options.now ?? Date.now;
    const sweepMs = (options.sweepSeconds ?? Math.min(60, options.ttlSeconds)) * 1000;
    this.sweeper = setInterval(() => this.sweep(), sweepMs);
    this.sweeper.unref();
  }

  async get(token: string): Promise<Conversation | undefined> {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(token);
      return undefined;
    }
    return entry.conversation;
  }

  async set(token: string, conversation: Conversation): Promise<void> {
    this.entries.set(token, { conversation, expiresAt: this.now() + this.ttlMs });
  }

  async delete(token: string): Promise<void> {
    this.entries.delete(token);
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    this.entries.clear();
  }

  /** How many conversations are held, expired ones included until the next sweep. */
  get size(): number {
    return this.entries.size;
  }

  sweep(): void {
    const now = this.now();
    for (const [token, entry] of this.entries) {
      if (entry.expiresAt <= now) this.entries.delete(token);
    }
  }
}
