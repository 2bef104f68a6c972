// The embedded default: conversations in this process's memory. A restart forgets them.
//
// At most `maxConversations` are held. When full, the least recently used conversation is
// forgotten to make room (lru-cache does the bookkeeping): a newcomer is never refused, and
// the one forgotten is the one idle longest, who can start again. Refusing newcomers instead
// let one address lock everybody out by opening conversations until the cap was reached.
import { LRUCache } from 'lru-cache';
import type { Conversation } from '../engine/conversation.js';
import type { MaybePromise, SessionStore, UpdateResult, Versioned } from './store.js';

export interface MemoryStoreOptions {
  ttlSeconds: number;
  /** Conversations held at most; past it the least recently used one is forgotten. */
  maxConversations?: number;
  /** Injected so tests can move time; defaults to Date.now. */
  now?: () => number;
  /** How often expired conversations are swept out of memory. */
  sweepSeconds?: number;
}


export const DEFAULT_MAX_CONVERSATIONS = 50_000;

export class MemoryStore implements SessionStore {
  private readonly entries: LRUCache<string, Versioned>;
  /** Forgotten tokens, kept apart for the time-to-live so nothing writes them again and they take no conversation's place. */
  private readonly tombstones: LRUCache<string, true>;
  private readonly sweeper: NodeJS.Timeout;

  constructor(options: MemoryStoreOptions) {
    const now = options.now ?? Date.now;
    const max = options.maxConversations ?? DEFAULT_MAX_CONVERSATIONS;
    this.entries = new LRUCache<string, Versioned>({
      max,
      // lru-cache calls an entry stale once strictly older than its ttl; Redis (and this store
      // before it) forget at the time-to-live itself.
      ttl: options.ttlSeconds * 1000 - 1,
      // Reading does not keep a conversation alive: only saving does (the store contract).
      updateAgeOnGet: false,
      // lru-cache reads a start time of 0 as "no TTL", and an injected clock may start at 0.
      perf: { now: () => now() + 1 },
      // Exact expiry: the default caches the clock for a millisecond, which an injected clock outruns.
      ttlResolution: 0,
    });
    this.tombstones = new LRUCache<string, true>({ max, ttl: options.ttlSeconds * 1000 - 1, perf: { now: () => now() + 1 }, ttlResolution: 0 });
    const sweepMs = (options.sweepSeconds ?? Math.min(60, options.ttlSeconds)) * 1000;
    this.sweeper = setInterval(() => this.sweep(), sweepMs);
    this.sweeper.unref();
  }

  async read(token: string): Promise<Versioned | undefined> {
    return this.entries.get(token);
  }

  async get(token: string): Promise<Conversation | undefined> {
    return (await this.read(token))?.conversation;
  }

  async create(token: string, conversation: Conversation): Promise<boolean> {
    if (this.entries.has(token) || this.tombstones.has(token)) return false;
    this.entries.set(token, { conversation, version: 1 });
    return true;
  }

  /** Answered at once (see SessionStore.update); declared as either so a subclass may wait. */
  update(token: string, conversation: Conversation, version: number): MaybePromise<UpdateResult> {
    const current = this.entries.get(token);
    if (!current) return { ok: false };
    if (current.version !== version) return { ok: false, current };
    this.entries.set(token, { conversation, version: version + 1 });
    return { ok: true, version: version + 1 };
  }

  async delete(token: string): Promise<void> {
    // Only a token that was in use gets a tombstone: a flood of made-up tokens holds nothing.
    if (this.entries.delete(token)) this.tombstones.set(token, true);
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    this.entries.clear();
    this.tombstones.clear();
  }

  /** How many conversations are held, expired ones until the next sweep. */
  get size(): number {
    return this.entries.size;
  }

  sweep(): void {
    this.entries.purgeStale();
    this.tombstones.purgeStale();
  }
}
