// What of an error may be logged. An error's message can quote what a person typed (a parser
// that echoes its input, a library that names the value it choked on), so logs carry the
// error's name and where it was thrown, never its message.

export interface SafeError {
  name: string;
  /** Stack frames only ("at file:line"), with the message line cut off. */
  stack?: string;
}

export function safeError(err: unknown): SafeError {
  if (!(err instanceof Error)) return { name: typeof err };
  const frames = (err.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
  return { name: err.name, ...(frames ? { stack: frames } : {}) };
}

interface FatalLog {
  fatal(obj: object, msg: string): void;
}

/**
 * Replaces Node's default crash report, which prints the error's message, with a log line
 * that carries only its name and stack frames; then exits, as state may be broken.
 */
export function logCrashesSafely(log: FatalLog): void {
  const crash = (kind: string) => (err: unknown) => {
    log.fatal({ err: safeError(err) }, kind);
    process.exit(1);
  };
  process.on('uncaughtException', crash('uncaught exception'));
  process.on('unhandledRejection', crash('unhandled rejection'));
}
