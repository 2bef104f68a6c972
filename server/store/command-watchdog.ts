// One timer for every command to Redis, in place of ioredis's `commandTimeout` (a timer made and
// cleared per command: on the hot path, a tap's write). A command Redis has not answered within
// the bound still fails with ioredis's own "Command timed out", so a stalled Redis (paused,
// overloaded, a network that drops packets without closing) still counts as "unavailable" and the
// outage fallback answers.
//
// How, without touching each command: Redis answers one connection's commands in order, and
// ioredis keeps those waiting for an answer in `commandQueue`, oldest first. Every tick the
// watchdog notes the newest command sent so far; a noted command still waiting `ticks` ticks
// later, and every command before it, was sent at least the bound ago and is failed. So a command
// with no answer fails after between the bound and the bound plus one tick.
import type { Redis } from 'ioredis';

/** The part of an ioredis command the watchdog needs (`Command` in ioredis). */
interface Pending {
  isSettled?: boolean;
  reject(err: Error): void;
}
interface Queue {
  readonly length: number;
  peekAt(index: number): { command: Pending } | undefined;
  peekBack(): { command: Pending } | undefined;
}

/** Ticks per bound: a command fails at most an eighth of the bound late. */
const TICKS = 8;

export interface CommandWatchdog {
  stop(): void;
}

export function watchCommands(redis: Redis, timeoutMs: number): CommandWatchdog {
  // noted[i]: the newest command waiting at the tick i ticks ago (ring, one slot a tick).
  const noted: (Pending | undefined)[] = new Array(TICKS).fill(undefined);
  let tick = 0;
  const timer = setInterval(() => {
    const queue = (redis as unknown as { commandQueue: Queue }).commandQueue;
    const slot = tick % TICKS;
    const due = noted[slot];
    if (due && !due.isSettled) failUpTo(queue, due);
    noted[slot] = queue.peekBack()?.command;
    tick++;
  }, Math.max(1, Math.ceil(timeoutMs / TICKS)));
  // Nothing to watch must not keep the process alive.
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

/** Fails every waiting command from the oldest up to `due`, as ioredis's own timer would. */
function failUpTo(queue: Queue, due: Pending): void {
  let last = -1;
  for (let i = 0; i < queue.length; i++) {
    if (queue.peekAt(i)?.command === due) {
      last = i;
      break;
    }
  }
  // Not in the queue (ioredis moved it aside across a reconnect): it alone is known to be late.
  if (last < 0) return due.reject(new Error('Command timed out'));
  for (let i = 0; i <= last; i++) {
    const command = queue.peekAt(i)!.command;
    if (!command.isSettled) command.reject(new Error('Command timed out'));
  }
}
