// The shared store: conversations in Redis, so any instance behind a load balancer can carry
// on any conversation. Redis itself forgets an idle conversation (EX ttl), so nothing here
// sweeps, and a restart of this process loses nothing.
//
// A value is `<version>|<conversation JSON>`; a forgotten token holds a tombstone for the TTL.
// A new conversation is written with NX, an update by compare-and-set in one Lua script (one
// round trip: the instance that holds the socket already knows the version it last wrote), a
// delete with XX, so only a token in use leaves a tombstone. A turn still in flight when a quick
// exit lands (on this instance or another) therefore finds the tombstone and writes nothing.
//
// While Redis is out of reach, commands fail at once (no offline queue) with
// StoreUnavailableError, so a person hears "unavailable" instead of waiting, and the client
// reconnects by itself. A quick exit while Redis is away is remembered here (up to a bound) and
// carried out, pipelined, the moment Redis answers again; until then this instance treats that
// token as gone.
import { Redis } from 'ioredis';
import type { Conversation } from '../engine/conversation.js';
import { decodeConversation, encodeConversation } from './codec.js';
import { StoreUnavailableError, type SessionStore, type UpdateResult, type Versioned } from './store.js';

export interface RedisStoreOptions {
  /** redis://…, rediss://…, or unix:///path/to/redis.sock */
  url: string;
  ttlSeconds: number;
  /** Every key is `${keyPrefix}${token}`, so several apps can share one Redis. */
  keyPrefix: string;
  /** How long one command may take before it counts as "unavailable". */
  commandTimeoutMs?: number;
  /** Quick exits remembered while Redis is away; past this the oldest is dropped (it expires by TTL). */
  maxPendingDeletes?: number;
  /** Told when Redis goes away or comes back, with an error code and never a value. */
  onAvailability?: (available: boolean, reason?: string) => void;
  /** Told when a remembered quick exit had to be dropped to stay within the bound. */
  onPendingDeleteDropped?: () => void;
}

const TOMBSTONE = '-';
/** Deletes carried out per pipelined round trip when Redis comes back. */
const FLUSH_BATCH = 500;

// KEYS[1] the conversation; ARGV: the version the writer saw, the new JSON, the TTL.
// Returns the new version, the stored value when someone else wrote first, or nil when gone.
const COMPARE_AND_SET = `
local current = redis.call('GET', KEYS[1])
if not current or current == '${TOMBSTONE}' then return nil end
local bar = string.find(current, '|', 1, true)
if not bar then return nil end
local version = tonumber(string.sub(current, 1, bar - 1))
if version ~= tonumber(ARGV[1]) then return current end
redis.call('SET', KEYS[1], (version + 1) .. '|' .. ARGV[2], 'EX', ARGV[3])
return version + 1
`;

interface WithCompareAndSet {
  compareAndSet(key: string, version: number, json: string, ttl: number): Promise<number | string | null>;
}

export class RedisStore implements SessionStore {
  private readonly redis: Redis & WithCompareAndSet;
  private readonly ttlSeconds: number;
  /** Insertion-ordered, so the oldest is the first dropped when the bound is reached. */
  private readonly pendingDeletes = new Set<string>();
  private readonly maxPendingDeletes: number;
  private available = false;
  private closing = false;
  private readonly waiters = new Set<() => void>();

  constructor(private readonly options: RedisStoreOptions) {
    this.ttlSeconds = options.ttlSeconds;
    this.maxPendingDeletes = options.maxPendingDeletes ?? 100_000;
    const redis = new Redis(connectionOf(options.url), {
      keyPrefix: options.keyPrefix,
      enableOfflineQueue: false,
      // Commands from many sockets in the same tick go out in one write: fewer system calls per turn.
      enableAutoPipelining: true,
      maxRetriesPerRequest: 1,
      commandTimeout: options.commandTimeoutMs ?? 2000,
      connectTimeout: 5000,
      // Reconnect for ever, soon at first and at most every two seconds.
      retryStrategy: (attempt) => Math.min(attempt * 100, 2000),
    });
    // ioredis sends the script by its SHA (EVALSHA) and loads it once when Redis does not know it.
    redis.defineCommand('compareAndSet', { numberOfKeys: 1, lua: COMPARE_AND_SET });
    this.redis = redis as Redis & WithCompareAndSet;
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

  async read(token: string): Promise<Versioned | undefined> {
    if (this.pendingDeletes.has(token)) return undefined;
    const raw = await this.run(() => this.redis.get(token));
    return raw === null ? undefined : parseValue(raw);
  }

  async get(token: string): Promise<Conversation | undefined> {
    return (await this.read(token))?.conversation;
  }

  async create(token: string, conversation: Conversation): Promise<boolean> {
    if (this.pendingDeletes.has(token)) return false;
    const value = `1|${encodeConversation(conversation)}`;
    return (await this.run(() => this.redis.set(token, value, 'EX', this.ttlSeconds, 'NX'))) === 'OK';
  }

  async update(token: string, conversation: Conversation, version: number): Promise<UpdateResult> {
    if (this.pendingDeletes.has(token)) return { ok: false };
    const json = encodeConversation(conversation);
    const answer = await this.run(() => this.redis.compareAndSet(token, version, json, this.ttlSeconds));
    if (typeof answer === 'number') return { ok: true, version: answer };
    if (answer === null) return { ok: false };
    const current = parseValue(answer);
    return current ? { ok: false, current } : { ok: false };
  }

  async delete(token: string): Promise<void> {
    try {
      await this.run(() => this.redis.set(token, TOMBSTONE, 'EX', this.ttlSeconds, 'XX'));
      this.pendingDeletes.delete(token);
    } catch (err) {
      if (!(err instanceof StoreUnavailableError)) throw err;
      this.remember(token);
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
        // Last chance for the quick exits still waiting: the process is about to end.
        await this.flushPendingDeletes();
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

  private remember(token: string): void {
    this.pendingDeletes.delete(token);
    this.pendingDeletes.add(token);
    if (this.pendingDeletes.size <= this.maxPendingDeletes) return;
    const oldest = this.pendingDeletes.values().next().value as string;
    this.pendingDeletes.delete(oldest);
    this.options.onPendingDeleteDropped?.();
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

  /** Carries out the remembered quick exits, a batch per round trip; false if Redis went away again. */
  private async flushPendingDeletes(): Promise<boolean> {
    while (this.pendingDeletes.size > 0) {
      const batch = [...this.pendingDeletes].slice(0, FLUSH_BATCH);
      const pipeline = this.redis.pipeline();
      for (const token of batch) pipeline.set(token, TOMBSTONE, 'EX', this.ttlSeconds, 'XX');
      try {
        const results = (await pipeline.exec()) ?? [];
        if (results.some(([err]) => err)) return false;
      } catch {
        return false; // the next 'ready' tries again
      }
      for (const token of batch) this.pendingDeletes.delete(token);
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

/** Reads a stored value (also for tests). One that is not a versioned conversation (a tombstone, corrupt, from elsewhere) counts as absent. */
export function parseValue(raw: string): Versioned | undefined {
  const bar = raw.indexOf('|');
  const version = Number(raw.slice(0, bar));
  if (bar < 1 || !Number.isInteger(version) || version < 1) return undefined;
  const conversation = decodeConversation(raw.slice(bar + 1));
  return conversation ? { conversation, version } : undefined;
}

/** ioredis reads a bare absolute path as a unix socket; it has no unix:// scheme of its own. */
export function connectionOf(url: string): string {
  return url.startsWith('unix://') ? decodeURIComponent(new URL(url).pathname) : url;
}
