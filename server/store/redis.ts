// The shared store: conversations in Redis, so any instance behind a load balancer can carry
// on any conversation. Redis itself forgets an idle conversation (EX ttl), so nothing here
// sweeps, and a restart of this process loses nothing.
//
// A value is `<version>|<conversation JSON>`, the Back history last in the JSON; a forgotten
// token holds a tombstone for the TTL. A new conversation is written with NX, an update by
// compare-and-set in one Lua script (one round trip: the instance that holds the socket already
// knows the version it last wrote), a delete with XX, so only a token in use leaves a tombstone.
// A turn still in flight when a quick exit lands (on this instance or another) therefore finds
// the tombstone and writes nothing.
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
import { createHash } from 'node:crypto';
import type { Conversation, Place } from '../engine/conversation.js';
import { decodeConversation, encodeConversation, encodeHead, encodeHistory, TAIL } from './codec.js';
import { watchCommands, type CommandWatchdog } from './command-watchdog.js';
import { spliceHistory } from './history-splice.js';
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

const TOMBSTONE = '-';
/** Deletes carried out per pipelined round trip when Redis comes back. */
const FLUSH_BATCH = 500;

// The start of both scripts below: KEYS[1] the conversation, ARGV[1] the version the writer saw.
// Answers nil when the conversation is gone (expired, or a tombstone), the stored value when
// someone else wrote first; otherwise leaves `current` and `version` for the write.
const READ_VERSION = `
local current = redis.call('GET', KEYS[1])
if not current or current == '${TOMBSTONE}' then return nil end
local bar = string.find(current, '|', 1, true)
if not bar then return nil end
local version = tonumber(string.sub(current, 1, bar - 1))
`;

// ARGV[2] the new JSON, ARGV[3] the TTL. Returns the new version.
const COMPARE_AND_SET = `${READ_VERSION}
if version ~= tonumber(ARGV[1]) then return current end
redis.call('SET', KEYS[1], (version + 1) .. '|' .. ARGV[2], 'EX', ARGV[3])
return version + 1
`;

// The same over a value this writer wrote: ARGV[2] that value's length in bytes, the bytes
// [ARGV[3], ARGV[4]) of it to keep (the history's places still there), ARGV[5] the new head (up
// to the history's places), ARGV[6] the places added, ARGV[7] the TTL. A value of another length
// is answered like a conflict (the writer then sends the whole conversation): a guard, as the
// version alone already says who wrote it.
const COMPARE_AND_SPLICE = `${READ_VERSION}
if version ~= tonumber(ARGV[1]) or #current ~= tonumber(ARGV[2]) then return current end
redis.call('SET', KEYS[1], (version + 1) .. '|' .. ARGV[5] .. string.sub(current, tonumber(ARGV[3]) + 1, tonumber(ARGV[4])) .. ARGV[6] .. '${TAIL}', 'EX', ARGV[7])
return version + 1
`;

const SET_SHA = sha1(COMPARE_AND_SET);
const SPLICE_SHA = sha1(COMPARE_AND_SPLICE);
/** Replies as strings (a Command made by hand answers with Buffers otherwise); shared, as Command only reads it. */
const AS_TEXT = { replyEncoding: 'utf8' as const };

type Answer = Promise<number | string | null>;
interface WithScripts {
  compareAndSet(key: string, version: number, json: string, ttl: number): Answer;
  compareAndSplice(key: string, version: number, length: number, keepFrom: number, keepTo: number, head: string, added: string, ttl: number): Answer;
}

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
  private readonly redis: Redis & WithScripts;
  private readonly ttlSeconds: number;
  /** Insertion-ordered, so the oldest is the first dropped when the bound is reached. */
  private readonly pendingDeletes = new Set<string>();
  private readonly maxPendingDeletes: number;
  private available = false;
  private closing = false;
  /** Whether the socket to Redis holds this pass's commands for one write (`batch`). */
  private corked = false;
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
    // ioredis sends the script by its SHA (EVALSHA) and loads it once when Redis does not know it.
    redis.defineCommand('compareAndSet', { numberOfKeys: 1, lua: COMPARE_AND_SET });
    redis.defineCommand('compareAndSplice', { numberOfKeys: 1, lua: COMPARE_AND_SPLICE });
    this.redis = redis as Redis & WithScripts;
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
   * The turn's write; one promise from ioredis's answer to the caller's, as every tap takes this
   * path. The script is called by its SHA with a command made here (the key already prefixed),
   * not through ioredis's script command, which per call copies the arguments, looks up the
   * key's place to prefix it, wraps the command's reject and adds a promise for NOSCRIPT.
   */
  update(token: string, conversation: Conversation, version: number, note?: WriteNote): Promise<UpdateResult> {
    if (this.pendingDeletes.has(token)) return Promise.resolve({ ok: false });
    const head = encodeHead(conversation);
    const was = note as Written | undefined;
    let historyBytes: number;
    let args: (string | number)[];
    let sent: Answer;
    try {
      this.batch();
      const key = this.options.keyPrefix + token;
      if (was && was.token === token && was.version === version) {
        const splice = spliceHistory(was.history, conversation.history, was.historyStart, was.historyBytes);
        historyBytes = splice.historyBytes;
        const length = was.historyStart + was.historyBytes + TAIL.length;
        args = [SPLICE_SHA, 1, key, version, length, splice.keepFrom, splice.keepTo, head, splice.added, this.ttlSeconds];
      } else {
        const history = encodeHistory(conversation.history);
        historyBytes = Buffer.byteLength(history);
        args = [SET_SHA, 1, key, version, `${head}${history}${TAIL}`, this.ttlSeconds];
      }
      sent = this.redis.sendCommand(new Command('evalsha', args, AS_TEXT)) as Answer;
    } catch (err) {
      return Promise.reject(this.failed(err));
    }
    const answered = (answer: number | string | null): UpdateResult => {
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
    return sent.then(answered, (err: unknown) => {
      if (!isNoScript(err)) throw this.failed(err);
      // Redis does not know the script yet (first use, or after a restart or SCRIPT FLUSH):
      // ioredis's own command for it loads it (EVAL) and answers in the same way.
      const [sha, , , ...rest] = args;
      const script = sha === SPLICE_SHA ? this.redis.compareAndSplice : this.redis.compareAndSet;
      return (script as (...a: unknown[]) => Answer).apply(this.redis, [token, ...rest]).then(answered, (again: unknown) => {
        throw this.failed(again);
      });
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
   * sockets read in one pass of the loop share one system call to Redis (and wake it once).
   * ioredis writes each command to its socket; corked, the socket holds them until then.
   */
  private batch(): void {
    if (this.corked) return;
    const stream = this.redis.stream;
    if (!stream) return;
    stream.cork();
    this.corked = true;
    setImmediate(() => {
      this.corked = false;
      stream.uncork();
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

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

function isNoScript(err: unknown): boolean {
  return err instanceof Error && err.message.startsWith('NOSCRIPT');
}

/** ioredis reads a bare absolute path as a unix socket; it has no unix:// scheme of its own. */
export function connectionOf(url: string): string {
  return url.startsWith('unix://') ? decodeURIComponent(new URL(url).pathname) : url;
}
