// Configuration comes from the environment and is checked before anything starts, so a typo in
// a deployment stops the server with a message that says what to fix.
import { isIP } from 'node:net';
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);

const schema = z.object({
  PORT: port.default(3000),
  HOST: z.string().min(1).default('localhost'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_SECONDS: z.coerce.number().int().min(1).max(7 * 24 * 3600).default(30 * 60),
  REDIS_URL: z
    .url({ protocol: /^rediss?$/, hostname: /^.+$/, error: 'must be a redis:// or rediss:// URL with a host' })
    .optional(),
  REDIS_KEY_PREFIX: z.string().min(1).max(64).default('safe-steps:'),
  TRUST_PROXY: z
    .string()
    .refine(isTrustProxy, 'must be true, false, or proxy addresses/CIDRs (or loopback, linklocal, uniquelocal) separated by commas')
    .default('false'),
  // Under Docker's default 10 s between SIGTERM and SIGKILL, so the clean path gets to finish.
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().min(1).max(600).default(8),
});

/** Variables whose values are never echoed, not even in a configuration error. */
const SECRET = new Set(['REDIS_URL']);

export interface Config {
  port: number;
  host: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  sessionTtlSeconds: number;
  /** Absent: conversations live in this process's memory. */
  redisUrl?: string;
  redisKeyPrefix: string;
  /** Fastify's trustProxy: whether (or which) proxies' X-Forwarded-* headers are believed. */
  trustProxy: boolean | string[];
  /** How long a shutdown may take before the process exits anyway. */
  shutdownGraceSeconds: number;
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable means "not set", as in most shells' `FOO= cmd`.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((i) => {
      const name = String(i.path[0]);
      const shown = SECRET.has(name) ? '(value hidden)' : JSON.stringify(env[name]);
      return `  ${name}=${shown}: ${i.message}`;
    });
    throw new ConfigError(`safe-steps cannot start, the configuration is invalid:\n${lines.join('\n')}`);
  }
  const c = result.data;
  return {
    port: c.PORT,
    host: c.HOST,
    logLevel: c.LOG_LEVEL,
    sessionTtlSeconds: c.SESSION_TTL_SECONDS,
    ...(c.REDIS_URL ? { redisUrl: c.REDIS_URL } : {}),
    redisKeyPrefix: c.REDIS_KEY_PREFIX,
    trustProxy: trustProxy(c.TRUST_PROXY),
    shutdownGraceSeconds: c.SHUTDOWN_GRACE_SECONDS,
  };
}

/**
 * What Fastify's trustProxy (proxy-addr) accepts; anything else would only fail later, less
 * clearly. No hop counts: this Fastify ignores them (it trusts no hop it cannot check).
 */
function isTrustProxy(value: string): boolean {
  if (/^(true|false)$/.test(value)) return true;
  return value.split(',').every((entry) => {
    if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
    const [address = '', bits, ...rest] = entry.split('/');
    const family = isIP(address);
    if (family === 0 || rest.length > 0) return false;
    return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
  });
}

function trustProxy(value: string): boolean | string[] {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return value.split(',');
}
