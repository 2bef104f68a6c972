// The updates (taps) asked of Redis in one pass of the event loop, sent as one script call.
//
// Sent one by one, each tap was its own EVALSHA: here a command object, a promise and a reply to
// parse, and in Redis a script call, whose fixed cost was most of Redis's work (8 of its 9 µs a
// tap). One call for a pass's taps shares all of that. Inside it, each update is still its own
// compare-and-set, done in turn, with the answers it had alone: one that loses to another
// writer, or finds its token gone, leaves the others as they were. Nothing waits longer than
// before: the socket to Redis already held a pass's commands until the pass ended, for one write.
import { createHash } from 'node:crypto';
import { TAIL, TOMBSTONE } from './codec.js';

/** Updates per call: a pass rarely has more; past this, another call in the same write. */
export const MAX_UPDATES_PER_CALL = 128;
/** Script arguments per update, after the TTL. */
const STRIDE = 6;

// KEYS[i]: a conversation, stored as `<version>|<JSON>` (or the tombstone). ARGV[1]: the TTL. Then
// six per key: the version the writer saw; for a splice, the stored value's length in bytes and
// the bytes [from, to) of it to keep (the history's places still there), else three empty
// strings; the new head (up to the history's places), or for a whole write the whole JSON; the
// places added after the kept ones. Answers, per key: the new version; the stored value when
// someone else wrote first (or, for a splice, it is not the value this writer wrote: its
// length differs), so the writer can carry on from it; nil when the token is gone (expired, a
// tombstone, or not a conversation at all). A key that holds something else than a string is
// gone for its writer alone, so one stray key cannot fail everyone's taps.
export const UPDATE_MANY = `
local ttl = ARGV[1]
local answers = {}
for i = 1, #KEYS do
  local a = 2 + (i - 1) * ${STRIDE}
  local answer = false
  local current = redis.pcall('GET', KEYS[i])
  if type(current) == 'string' and current ~= '${TOMBSTONE}' then
    local bar = string.find(current, '|', 1, true)
    local version = bar and tonumber(string.sub(current, 1, bar - 1))
    if version then
      local length = ARGV[a + 1]
      if version ~= tonumber(ARGV[a]) or (length ~= '' and #current ~= tonumber(length)) then
        answer = current
      else
        local value
        if length == '' then
          value = (version + 1) .. '|' .. ARGV[a + 4]
        else
          value = (version + 1) .. '|' .. ARGV[a + 4] .. string.sub(current, tonumber(ARGV[a + 2]) + 1, tonumber(ARGV[a + 3])) .. ARGV[a + 5] .. '${TAIL}'
        end
        redis.call('SET', KEYS[i], value, 'EX', ttl)
        answer = version + 1
      end
    end
  end
  answers[i] = answer
end
return answers
`;
export const UPDATE_MANY_SHA = createHash('sha1').update(UPDATE_MANY).digest('hex');

/** One update: `splice` when the writer wrote the stored value, else `head` is the whole JSON. */
export interface Update {
  /** The key as Redis knows it (prefix included). */
  key: string;
  version: number;
  head: string;
  splice?: { length: number; keepFrom: number; keepTo: number; added: string };
}

/** What Redis answered for one update (see UPDATE_MANY). */
export type Reply = number | string | null;

/** Sends one call: `keys` and `args` (the TTL first) as UPDATE_MANY takes them; answers one reply per key. */
export type SendMany = (keys: string[], args: string[]) => Promise<Reply[]>;

interface Waiting {
  answer(reply: Reply): unknown;
  resolve(value: unknown): void;
  reject(err: unknown): void;
}

export class UpdateBatch {
  private keys: string[] = [];
  private args: string[] = [];
  private waiting: Waiting[] = [];

  /** `failed` says what a failed call means for each of its updates' callers (it may throw, to reject). */
  constructor(
    private readonly send: SendMany,
    private readonly ttlSeconds: number,
    private readonly failed: (err: unknown) => unknown,
  ) {}

  /**
   * Adds an update to this pass's call. The promise settles with `answer(reply)`, or with what
   * `failed` makes of the error if the call failed; either may throw to reject it.
   */
  add<T>(update: Update, answer: (reply: Reply) => T): Promise<T> {
    const { splice } = update;
    this.keys.push(update.key);
    if (splice) this.args.push(String(update.version), String(splice.length), String(splice.keepFrom), String(splice.keepTo), update.head, splice.added);
    else this.args.push(String(update.version), '', '', '', update.head, '');
    let waiting!: Waiting;
    const promise = new Promise<T>((resolve, reject) => {
      waiting = { answer, resolve: resolve as (value: unknown) => void, reject };
    });
    this.waiting.push(waiting);
    if (this.waiting.length >= MAX_UPDATES_PER_CALL) this.flush();
    return promise;
  }

  /** Sends the waiting updates as one call (the store calls this once a pass, before its write). */
  flush(): void {
    if (this.waiting.length === 0) return;
    const { keys, args, waiting } = this;
    this.keys = [];
    this.args = [];
    this.waiting = [];
    const failAll = (err: unknown) => {
      for (const w of waiting) settle(w, this.failed, err);
    };
    let sent: Promise<Reply[]>;
    try {
      sent = this.send(keys, [String(this.ttlSeconds), ...args]);
    } catch (err) {
      return failAll(err);
    }
    sent.then((replies) => {
      if (replies.length !== waiting.length) return failAll(new Error(`Redis answered ${replies.length} updates of ${waiting.length}`));
      for (let i = 0; i < waiting.length; i++) settle(waiting[i]!, waiting[i]!.answer, replies[i]!);
    }, failAll);
  }
}

/** Resolves with `how(value)`, or rejects with what it throws. */
function settle<A>(waiting: Waiting, how: (value: A) => unknown, value: A): void {
  try {
    waiting.resolve(how(value));
  } catch (err) {
    waiting.reject(err);
  }
}
