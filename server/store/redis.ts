// The shared store: conversations in Redis, so any instance behind a load balancer can carry
// on any conversation. Redis itself forgets an idle conversation (EX ttl), so nothing here
// sweeps, and a restart of this process loses nothing.
//
// A value is `<version>|<conversation JSON>`, the Back history last in the JSON; a forgotten
// token holds a tombstone for the TTL. A new conversation is written with NX, an update by
// compare-and-set in a Lua script (one round trip: the instance that holds the socket already
// knows the version it last wrote; the taps of one pass of the event loop share one call,
// update-batch.ts), a delete with XX, so only a token in use leaves a tombstone. A turn still in
// flight when a quick exit lands (on this instance or another) therefore finds the tombstone and
// writes nothing.
//
// An update over a value this instance wrote itself sends only the head of the conversation
// and the places added to its history; the script keeps the rest of the history's bytes where
// they stand (history-splice.ts). Any other update (after a resume, or over another writer's
// value) sends the whole conversation. Both write the same JSON, so instances of this code and
// of the code before it (which wrote the history before the other fields, and always whole)
// read and carry on each other's conversations, in a rolling deploy as after one.
//
// While Redis is out of reach, commands fail at once (no offline queue) with
// StoreUnavailableError, so a person hears "unavailable" instead of waiting, and the client
// reconnects by itself. A quick exit while Redis is away is remembered here (up to a bound) and
// carried out, pipelined, the moment Redis answers again; until then this instance treats that
// token as gone.
import { Command, Redis } from 'ioredis';
import { Buffer } from 'node:buffer';
import type { Conversation, Place } from '../engine/conversation.js';
import { decodeConversation, encodeConversation, encodeHead, encodeHistory, TAIL, TOMBSTONE } from './codec.js';
import { watchCommands, type CommandWatchdog } from './command-watchdog.js';
import { spliceHistory } from './history-splice.js';
import { UPDATE_MANY, UPDATE_MANY_SHA, UpdateBatch, type Reply, type Update } from './update-batch.js';
import { StoreUnavailableError, type SessionStore, type UpdateResult, type Versioned, type WriteNote } from './store.js';

export interface RedisStoreOptions {
  /** redis://…, rediss://…, or unix:///path/to/redis.sock */
  url: string;
  ttlSeconds: number;
  /** Every key is `${keyPrefix}${token}`, so several apps can share one Redis. */
  keyPrefix: string;
  /** How long one command may take before it counts as "unavailable" (it fails at most an eighth of this later). */
  commandTimeoutMs?: number;
  /** Quick exits remembered while Redis is away; past this the oldest is dropped (it expires by TTL). */
  maxPendingDeletes?: number;
  /** Told when Redis goes away or comes back, with an error code and never a value. */
  onAvailability?: (available: boolean, reason?: string) => void;
  /** Told when a remembered quick exit had to be dropped to stay within the bound. */
  onPendingDeleteDropped?: () => void;
}

/** Deletes carried out per pipelined round trip when Redis comes back. */
const FLUSH_BATCH = 500;

/** Replies as strings (a Command made by hand answers with Buffers otherwise); shared, as Command only reads it. */
const AS_TEXT = { replyEncoding: 'utf8' as const };

/** Where a value this instance wrote holds its history's places, so the next update can keep them (its WriteNote). */
interface Written {
  readonly kind: 'write-note';
  token: string;
  version: number;
  history: readonly Place[];
  /** Bytes before the first place: the version, the bar and the head. */
  historyStart: number;
  historyBytes: number;
}

export class RedisStore implements SessionStore {
  private readonly redis: Redis;
  private readonly ttlSeconds: number;
  /** Insertion-ordered, so the oldest is the first dropped when the bound is reached. */
  private readonly pendingDeletes = new Set<string>();
  private readonly maxPendingDeletes: number;
  private available = false;
  private closing = false;
  /** Whether this pass's end is already arranged (`batch`): its updates sent, the socket uncorked. */
  private passEnding = false;
  /** This pass's updates, sent as one call when the pass ends. */
  private readonly updates: UpdateBatch;
  private readonly waiters = new Set<() => void>();
  private readonly watchdog: CommandWatchdog;
  /** The flush of waiting quick exits started by an answer after a stall, while it runs. */
  private recovering: Promise<void> | undefined;

  constructor(private readonly options: RedisStoreOptions) {
    this.ttlSeconds = options.ttlSeconds;
    this.maxPendingDeletes = options.maxPendingDeletes ?? 100_000;
    const redis = new Redis(connectionOf(options.url), {
      keyPrefix: options.keyPrefix,
      enableOfflineQueue: false,
      // Batched by `batch` below instead: ioredis's auto-pipelining batches as well, but at the
      // price of a pipeline, a second promise and a nextTick per command.
      enableAutoPipelining: false,
      maxRetriesPerRequest: 1,
      // No `commandTimeout`: it makes and clears a timer per command; the watchdog times them all with one.
      connectTimeout: 5000,
      // Reconnect for ever, soon at first and at most every two seconds.
      retryStrategy: (attempt) => Math.min(attempt * 100, 2000),
    });
    this.redis = redis;
    this.updates = new UpdateBatch(
      (keys, args) => this.updateMany(keys, args),
      this.ttlSeconds,
      (err) => {
        throw this.failed(err);
      },
    );
    this.watchdog = watchCommands(redis, options.commandTimeoutMs ?? 2000);
    // Available only once the quick exits made while Redis was away have been carried out.
    this.redis.on('ready', () => void this.recover());
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

  /**
   * The turn's write, sent with the other taps of this pass as one call (update-batch.ts); one
   * promise a tap. Over a value this instance wrote (the note says where its history's places
   * sit) only the head and the places added are sent.
   */
  update(token: string, conversation: Conversation, version: number, note?: WriteNote): Promise<UpdateResult> {
    if (this.pendingDeletes.has(token)) return Promise.resolve({ ok: false });
    const head = encodeHead(conversation);
    const was = note as Written | undefined;
    const key = this.options.keyPrefix + token;
    let historyBytes: number;
    const answered = (answer: Reply): UpdateResult => {
      this.answered();
      if (typeof answer === 'number') {
        const written: Written = {
          kind: 'write-note',
          token,
          version: answer,
          history: conversation.history,
          historyStart: String(answer).length + 1 + Buffer.byteLength(head),
          historyBytes,
        };
        return { ok: true, version: answer, note: written };
      }
      const current = answer === null ? undefined : parseValue(answer);
      return current ? { ok: false, current } : { ok: false };
    };
    try {
      this.batch();
      let update: Update;
      if (was && was.token === token && was.version === version) {
        const splice = spliceHistory(was.history, conversation.history, was.historyStart, was.historyBytes);
        historyBytes = splice.historyBytes;
        const length = was.historyStart + was.historyBytes + TAIL.length;
        update = { key, version, head, splice: { length, keepFrom: splice.keepFrom, keepTo: splice.keepTo, added: splice.added } };
      } else {
        const history = encodeHistory(conversation.history);
        historyBytes = Buffer.byteLength(history);
        update = { key, version, head: `${head}${history}${TAIL}` };
      }
      return this.updates.add(update, answered);
    } catch (err) {
      return Promise.reject(this.failed(err));
    }
  }

  /**
   * One call of the update script, by its SHA, as a command made here (the keys already
   * prefixed): ioredis's script command would copy the arguments, look up the keys to prefix
   * them and add a promise for NOSCRIPT. A Redis that does not know the script yet (first use, a
   * restart, SCRIPT FLUSH) is sent it whole once (EVAL), which it then keeps.
   */
  private updateMany(keys: string[], args: string[]): Promise<Reply[]> {
    const call = (command: 'evalsha' | 'eval', script: string) =>
      this.redis.sendCommand(new Command(command, [script, keys.length, ...keys, ...args], AS_TEXT)) as Promise<Reply[]>;
    return call('evalsha', UPDATE_MANY_SHA).catch((err: unknown) => {
      if (!isNoScript(err)) throw err;
      return call('eval', UPDATE_MANY);
    });
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
    try {
      if (this.redis.status === 'ready') {
        try {
          // Last chance for the quick exits still waiting (still bounded by the watchdog): the process is about to end.
          await this.flushPendingDeletes();
          await this.redis.quit();
          return;
        } catch {
          // fall through: drop the connection instead
        }
      }
      this.redis.disconnect();
    } finally {
      this.watchdog.stop();
    }
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
      this.batch();
      result = await command();
    } catch (err) {
      throw this.failed(err);
    }
    this.answered();
    return result;
  }

  /** A command failed: Redis counts as away at once (before ioredis's own 'close' event, which may come later). */
  private failed(err: unknown): StoreUnavailableError {
    this.setAvailable(false, reasonOf(err));
    return new StoreUnavailableError(`the session store (Redis) did not answer: ${reasonOf(err)}`);
  }

  /**
   * A command was answered: back after a failure without a reconnect (a stall past the command
   * bound), Redis is available again once the quick exits made meanwhile are carried out; no
   * 'ready' will come to do it, as the connection never closed.
   */
  private answered(): void {
    if (this.available || this.redis.status !== 'ready') return;
    if (this.pendingDeletes.size === 0) this.setAvailable(true);
    else if (!this.recovering) this.recovering = this.recover().finally(() => (this.recovering = undefined));
  }

  /** Carries out the waiting quick exits, then counts Redis as available. */
  private async recover(): Promise<void> {
    const flushed = await this.flushPendingDeletes();
    if (flushed && this.redis.status === 'ready') this.setAvailable(true);
  }

  /**
   * Commands sent until the event loop's check phase go out in one write: the taps of many
   * sockets read in one pass of the loop share one call of the update script (update-batch.ts)
   * and one system call to Redis (and wake it once). ioredis writes each command to its socket;
   * corked, the socket holds them until then.
   */
  private batch(): void {
    if (this.passEnding) return;
    this.passEnding = true;
    const stream = this.redis.stream;
    // Without a socket (Redis away) nothing is corked; the updates still go at the pass's end, and fail there.
    stream?.cork();
    setImmediate(() => {
      this.passEnding = false;
      this.updates.flush();
      stream?.uncork();
    });
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

function isNoScript(err: unknown): boolean {
  return err instanceof Error && err.message.startsWith('NOSCRIPT');
}

/** ioredis reads a bare absolute path as a unix socket; it has no unix:// scheme of its own. */
export function connectionOf(url: string): string {
  return url.startsWith('unix://') ? decodeURIComponent(new URL(url).pathname) : url;
}
