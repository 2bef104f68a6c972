// How long to wait before dialling the guide again, and when a connection counts as having
// worked. The rules of reconnecting-websocket and partysocket: a socket only proves itself by
// staying up (minUptime) or, here, by bringing a step; one that opens and is closed at once is
// a failure like one that never opened, so a server that accepts and then closes is not redialled
// in a tight loop. A server that says it is busy (1013) or restarting (1012) gets longer pauses.
// Every pause has jitter, so many widgets dropped together do not come back together.

/** A socket up this long without trouble has worked, even if no step came (ms). */
export const MIN_UPTIME_MS = 5000;
/** Failed dials in a row after which the person is told the guide cannot be reached. */
export const UNREACHABLE_AFTER = 3;
/** The longest pause between dials (ms). */
export const MAX_DELAY_MS = 30_000;

const QUICK_START_MS = 500;
/** After 1013 (try again later) or 1012 (service restart): the server asked for patience. */
const PATIENT_START_MS = 2000;
const PATIENT_CLOSE_CODES = new Set([1012, 1013]);

/**
 * The pause before the next dial, after `failures` failed dials in a row (1 or more) and a
 * close with `code`; `random` is in [0, 1). Half the pause is fixed and half is jitter.
 */
export function retryDelay(failures: number, code: number, random: number): number {
  const start = PATIENT_CLOSE_CODES.has(code) ? PATIENT_START_MS : QUICK_START_MS;
  const ceiling = Math.min(MAX_DELAY_MS, start * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling * (0.5 + random / 2));
}
