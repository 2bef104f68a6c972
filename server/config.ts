// Configuration comes from the environment and is checked before anything starts, so a typo in
// a deployment stops the server with a message that says what to fix.
import { z } from 'zod';
import { defaultLimits, type Limits } from './limits/limits.js';
import { parseAllowedOrigins, type OriginRule } from './origins.js';

const port = z.coerce.number().int().min(0).max(65535);

const schema = z.object({
  PORT: port.default(3000),
  HOST: z.string().min(1).default('localhost'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_SECONDS: z.coerce.number().int().min(1).max(7 * 24 * 3600).default(30 * 60),
  ...limitsEnv(),
});

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
    TRUST_PROXY: z
      .string()
      .transform((v) => v.split(',').map((a) => a.trim()).filter((a) => a.length > 0))
      .refine((list) => list.length > 0 && list.every((a) => /^(loopback|linklocal|uniquelocal|[0-9a-f.:]+(\/\d{1,3})?)$/i.test(a)), {
        message: 'must list proxy addresses or ranges, e.g. 10.0.0.0/8,127.0.0.1 or loopback',
      })
      .optional(),
  };
}

export interface Config {
  port: number;
  host: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  sessionTtlSeconds: number;
  /** Pages that may open the chat; undefined = the demo default (same origin and localhost). */
  allowedOrigins?: OriginRule[];
  limits: Limits;
  /** Addresses of reverse proxies whose X-Forwarded-For is believed; undefined = none. */
  trustProxy?: string[];
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable means "not set", as in most shells' `FOO= cmd`.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((i) => {
      const name = String(i.path[0]);
      return `  ${name}=${JSON.stringify(env[name])}: ${i.message}`;
    });
    throw new ConfigError(`safe-steps cannot start, the configuration is invalid:\n${lines.join('\n')}`);
  }
  const c = result.data;
  return {
    port: c.PORT,
    host: c.HOST,
    logLevel: c.LOG_LEVEL,
    sessionTtlSeconds: c.SESSION_TTL_SECONDS,
    ...(c.ALLOWED_ORIGINS ? { allowedOrigins: c.ALLOWED_ORIGINS } : {}),
    ...(c.TRUST_PROXY ? { trustProxy: c.TRUST_PROXY } : {}),
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
