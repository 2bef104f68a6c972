// Logger options for Fastify's pino: JSON lines, and nothing that could say who someone is or
// what they told the guide. Requests are serialized to method and path only (no address,
// header or query); chat code never logs a frame. Redaction is the second lock on the door:
// should any of these keys ever reach a log call, its value is replaced.
import type { FastifyServerOptions } from 'fastify';
import type { Config } from './config.js';

/** Where log lines go; tests pass their own to read what was written. */
export interface LogStream {
  write(line: string): void;
}

const PERSONAL_KEYS = ['text', 'choice', 'token', 'resume', 'frame', 'ip', 'ips', 'remoteAddress', 'headers', 'query', 'body'];

export const redactPaths = [...PERSONAL_KEYS, ...PERSONAL_KEYS.map((key) => `*.${key}`)];

export function loggerOptions(level: Config['logLevel'], stream?: LogStream): FastifyServerOptions['logger'] {
  return {
    level,
    redact: { paths: redactPaths, censor: '[redacted]' },
    serializers: {
      req: (req: { method: string; url: string }) => ({ method: req.method, path: req.url.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    ...(stream ? { stream } : {}),
  };
}

/** Fastify's "listening at" line without the address, which tells nobody anything useful. */
export function listenText(address: string): string {
  const port = /:(\d+)\/?$/.exec(address)?.[1];
  return port ? `listening on port ${port}` : 'listening';
}
