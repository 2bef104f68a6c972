// Captures an app's JSON log lines in memory, to check what was (and was not) written.
import type { LogStream } from '../../server/logging.js';

export interface CapturedLog {
  stream: LogStream;
  text(): string;
  /** Every line, parsed: fails the test if any line is not JSON. */
  entries(): Array<Record<string, unknown>>;
}

export function captureLog(): CapturedLog {
  const lines: string[] = [];
  return {
    stream: { write: (line) => void lines.push(line) },
    text: () => lines.join(''),
    entries: () => lines.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}
