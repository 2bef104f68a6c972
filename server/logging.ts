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
const personal = new Set(PERSONAL_KEYS);
const CENSOR = '[redacted]';
/** Deeper than this a log object is not read at all: no log call here nests so far. */
const MAX_DEPTH = 8;

/**
 * pino's redact paths reach a fixed depth; this reaches every depth of the plain objects and
 * arrays a log call passes (objects with a serializer, such as a request, are left to it).
 */
export function redactDeep(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return depth >= MAX_DEPTH ? CENSOR : value.map((item) => redactDeep(item, depth + 1));
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value;
  if (depth >= MAX_DEPTH) return CENSOR;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = personal.has(key) ? CENSOR : redactDeep(inner, depth + 1);
  return out;
}

export function loggerOptions(level: Config['logLevel'], stream?: LogStream): FastifyServerOptions['logger'] {
  return {
    level,
    redact: { paths: redactPaths, censor: CENSOR },
    formatters: { log: (object) => redactDeep(object) as Record<string, unknown> },
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
