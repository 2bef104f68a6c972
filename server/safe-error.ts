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
