// Captures an app's JSON log lines in memory, to check what was (and was not) written.
import type { LogStream } from '../../server/logging.js';

export interface CapturedLog {
  stream: LogStream;
  text(): string;
  /** Every line, parsed: fails the test if any line is not JSON. */
  entries(): Array<Record<string, unknown>>;
  /** Resolves once a line matching `pattern` has been written (already, or later). */
  waitFor(pattern: RegExp): Promise<void>;
}

export function captureLog(): CapturedLog {
  const lines: string[] = [];
  const waiters: Array<{ pattern: RegExp; resolve: () => void }> = [];
  return {
    stream: {
      write: (line) => {
        lines.push(line);
        for (const w of [...waiters]) {
          if (w.pattern.test(line)) {
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve();
          }
        }
      },
    },
    waitFor: (pattern) =>
      lines.some((l) => pattern.test(l)) ? Promise.resolve() : new Promise((resolve) => waiters.push({ pattern, resolve })),
    text: () => lines.join(''),
    entries: () => lines.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}
