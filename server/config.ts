// Configuration comes from the environment and is checked before anything starts, so a typo in
// a deployment stops the server with a message that says what to fix.
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);

const schema = z.object({
  PORT: port.default(3000),
  HOST: z.string().min(1).default('localhost'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_SECONDS: z.coerce.number().int().min(1).max(7 * 24 * 3600).default(30 * 60),
});

export interface Config {
  port: number;
  host: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  sessionTtlSeconds: number;
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
  return { port: c.PORT, host: c.HOST, logLevel: c.LOG_LEVEL, sessionTtlSeconds: c.SESSION_TTL_SECONDS };
}
