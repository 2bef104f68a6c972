// The shared store: conversations as JSON in Redis, so any instance behind a load balancer can
// carry on any conversation. Redis itself forgets an idle conversation (SET … EX ttl), so
// nothing here sweeps, and a restart of this process loses nothing.
//
// While Redis is out of reach, commands fail at once (no offline queue) with
// StoreUnavailableError, so a person hears "unavailable" instead of waiting, and the client
// reconnects by itself. A quick exit while Redis is away is remembered here and carried out
// the moment Redis answers again; until then this instance treats that token as gone.
import { Redis } from 'ioredis';
import type { Conversation } from '../engine/conversation.js';
import { StoreUnavailableError, type SessionStore } from './store.js';

export interface RedisStoreOptions {
  /** redis://…, rediss://…, or unix:///path/to/redis.sock */
  url: string;
  ttlSeconds: number;
  /** Every key is `${keyPrefix}${token}`, so several apps can share one Redis. */
  keyPrefix: string;
  /** How long one command may take before it counts as "unavailable". */
  commandTimeoutMs?: number;
  /** Told when Redis goes away or comes back, with an error code and never a value. */
  onAvailability?: (available: boolean, reason?: string) => void;
}

export class RedisStore implements SessionStore {
  private readonly redis: Redis;
  private readonly ttlSeconds: number;
  private readonly pendingDeletes = new Set<string>();
  private available = false;
  private closing = false;
  private readonly waiters = new Set<() => void>();

  constructor(private readonly options: RedisStoreOptions) {
    this.ttlSeconds = options.ttlSeconds;
    this.redis = new Redis(connectionOf(options.url), {
      keyPrefix: options.keyPrefix,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: options.commandTimeoutMs ?? 2000,
      connectTimeout: 5000,
      // Reconnect for ever, soon at first and at most every two seconds.
      retryStrategy: (attempt) => Math.min(attempt * 100, 2000),
    });
    // Available only once the quick exits made while Redis was away have been carried out.
    this.redis.on('ready', () => {
      void this.flushPendingDeletes().then((flushed) => {
        if (flushed && this.redis.status === 'ready') this.setAvailable(true);
      });
    });
    // An 'error' listener is required (ioredis prints unhandled ones); 'close' covers the rest.
    this.redis.on('error', (err: Error) => this.setAvailable(false, reasonOf(err)));
    this.redis.on('close', () => this.setAvailable(false, 'connection closed'));
  }

  async get(token: string): Promise<Conversation | undefined> {
    if (this.pendingDeletes.has(token)) return undefined;
    const raw = await this.run(() => this.redis.get(token));
    if (raw === null) return undefined;
    return parseConversation(raw);
  }

  async set(token: string, conversation: Conversation): Promise<void> {
    await this.run(() => this.redis.set(token, JSON.stringify(conversation), 'EX', this.ttlSeconds));
  }

  async delete(token: string): Promise<void> {
    try {
      await this.run(() => this.redis.del(token));
      this.pendingDeletes.delete(token);
    } catch (err) {
      if (!(err instanceof StoreUnavailableError)) throw err;
      this.pendingDeletes.add(token);
    }
  }

  isAvailable(): boolean {
    return this.available;
  }

  async waitUntilAvailable(timeoutMs: number): Promise<boolean> {
    if (this.available) return true;
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve(this.available);
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    if (this.redis.status === 'ready') {
      try {
        await this.redis.quit();
        return;
      } catch {
        // fall through: drop the connection instead
      }
    }
    this.redis.disconnect();
  }

  /** How many quick exits wait for Redis to come back. */
  get pendingDeleteCount(): number {
    return this.pendingDeletes.size;
  }

  private async run<T>(command: () => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await command();
    } catch (err) {
      // A failed command may come before ioredis's own 'close' event: say so at once.
      this.setAvailable(false, reasonOf(err));
      throw new StoreUnavailableError(`the session store (Redis) did not answer: ${reasonOf(err)}`);
    }
    // Back after a failure without a reconnect (say, one slow command): available again.
    if (!this.available && this.redis.status === 'ready' && this.pendingDeletes.size === 0) this.setAvailable(true);
    return result;
  }

  private async flushPendingDeletes(): Promise<boolean> {
    for (const token of [...this.pendingDeletes]) {
      try {
        await this.redis.del(token);
        this.pendingDeletes.delete(token);
      } catch {
        return false; // Redis went away again; the next 'ready' tries again.
      }
    }
    return true;
  }

  private setAvailable(available: boolean, reason?: string): void {
    if (this.available === available || this.closing) {
      this.available = available;
      return;
    }
    this.available = available;
    this.options.onAvailability?.(available, reason);
    if (available) for (const waiter of [...this.waiters]) waiter();
  }
}

/** A short reason for logs: an error code, never a message that could hold an address or a value. */
function reasonOf(err: unknown): string {
  const { code, message = '', name = 'Error' } = err as { code?: string; message?: string; name?: string };
  if (code) return code;
  if (/timed out/i.test(message)) return 'timeout';
  if (/closed|writeable|offline/i.test(message)) return 'disconnected';
  return name;
}

/** A stored value that is not a conversation (corrupt, or from elsewhere) counts as absent. */
function parseConversation(raw: string): Conversation | undefined {
  try {
    const value = JSON.parse(raw) as Partial<Conversation> | null;
    if (value && typeof value === 'object' && value.at && Array.isArray(value.history) && typeof value.locale === 'string') {
      return value as Conversation;
    }
  } catch {
    // fall through
  }
  return undefined;
}

/** ioredis reads a bare absolute path as a unix socket; it has no unix:// scheme of its own. */
export function connectionOf(url: string): string {
  return url.startsWith('unix://') ? decodeURIComponent(new URL(url).pathname) : url;
}
