// Configuration comes from the environment and is checked before anything starts, so a typo in
// a deployment stops the server with a message that says what to fix.
import { isIP } from 'node:net';
import { z } from 'zod';
import { defaultLimits, type Limits } from './limits/limits.js';
import { parseAllowedOrigins, type OriginRule } from './origins.js';

const port = z.coerce.number().int().min(0).max(65535);

const schema = z.object({
  PORT: port.default(3000),
  HOST: z.string().min(1).default('localhost'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_SECONDS: z.coerce.number().int().min(1).max(7 * 24 * 3600).default(30 * 60),
  // A Redis on the same host may be reached by its unix socket: unix:///path/to/redis.sock.
  REDIS_URL: z
    .union(
      [
        z.url({ protocol: /^rediss?$/, hostname: /^.+$/ }),
        z.url({ protocol: /^unix$/, hostname: /^$/ }).refine((u) => new URL(u).pathname.length > 1),
      ],
      { error: 'must be a redis:// or rediss:// URL with a host, or unix:///path/to/redis.sock' },
    )
    .optional(),
  REDIS_KEY_PREFIX: z.string().min(1).max(64).default('safe-steps:'),
  TRUST_PROXY: z
    .string()
    .refine(isTrustProxy, 'must be true, false, or proxy addresses/CIDRs (or loopback, linklocal, uniquelocal) separated by commas')
    .default('false'),
  // Under Docker's default 10 s between SIGTERM and SIGKILL, so the clean path gets to finish.
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().min(1).max(600).default(8),
  ...limitsEnv(),
});

/** Variables whose values are never echoed, not even in a configuration error. */
const SECRET = new Set(['REDIS_URL']);

/** The limits' variables (server/limits/limits.ts says what each one guards). */
function limitsEnv() {
  const int = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).default(fallback);
  const d = defaultLimits;
  return {
    ALLOWED_ORIGINS: z
      .string()
      .transform((v, ctx) => {
        try {
          return parseAllowedOrigins(v);
        } catch (err) {
          ctx.addIssue({ code: 'custom', message: (err as Error).message });
          return z.NEVER;
        }
      })
      .optional(),
    RATE_LIMIT: z.coerce.number().min(0).max(10_000).default(d.rateLimit),
    RATE_BURST: int(1, 10_000, d.rateBurst),
    MAX_FRAME_BYTES: int(1024, 256 * 1024, d.maxFrameBytes),
    MAX_CONNECTIONS_PER_IP: int(1, 1_000_000, d.maxConnectionsPerIp),
    MAX_CONVERSATIONS: int(1, 10_000_000, d.maxConversations),
    IDLE_TIMEOUT_SECONDS: int(1, 24 * 3600, d.idleTimeoutMs / 1000),
    PING_INTERVAL_SECONDS: int(1, 3600, d.pingIntervalMs / 1000),
  };
}

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
  /** Pages that may open the chat; undefined = the demo default (same origin and localhost). */
  allowedOrigins?: OriginRule[];
  limits: Limits;
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
    ...(c.ALLOWED_ORIGINS ? { allowedOrigins: c.ALLOWED_ORIGINS } : {}),
    limits: {
      maxFrameBytes: c.MAX_FRAME_BYTES,
      rateLimit: c.RATE_LIMIT,
      rateBurst: c.RATE_BURST,
      maxConnectionsPerIp: c.MAX_CONNECTIONS_PER_IP,
      maxConversations: c.MAX_CONVERSATIONS,
      idleTimeoutMs: c.IDLE_TIMEOUT_SECONDS * 1000,
      pingIntervalMs: c.PING_INTERVAL_SECONDS * 1000,
    },
  };
}

/**
 * What Fastify's trustProxy (proxy-addr) accepts; anything else would only fail later, less
 * clearly. No hop counts: this Fastify ignores them (it trusts no hop it cannot check).
 */
function isTrustProxy(value: string): boolean {
  if (/^(true|false)$/.test(value)) return true;
  return proxyList(value).every((entry) => {
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
  return proxyList(value);
}

function proxyList(value: string): string[] {
  return value.split(',').map((entry) => entry.trim());
}
