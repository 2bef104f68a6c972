import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { ConfigError, loadConfig } from '../server/config.js';

describe('configuration', () => {
  it('has working defaults', () => {
    expect(loadConfig({})).toMatchObject({ port: 3000, host: 'localhost', logLevel: 'info', sessionTtlSeconds: 1800 });
  });

  it('reads the environment', () => {
    expect(loadConfig({ PORT: '8080', HOST: '0.0.0.0', LOG_LEVEL: 'warn', SESSION_TTL_SECONDS: '60' })).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      logLevel: 'warn',
      sessionTtlSeconds: 60,
    });
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT="eighty"/],
    [{ PORT: '70000' }, /PORT="70000"/],
    [{ PORT: '-1' }, /PORT/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL="loud"/],
    [{ SESSION_TTL_SECONDS: '0' }, /SESSION_TTL_SECONDS/],
    [{ RATE_LIMIT: '-1' }, /RATE_LIMIT/],
    [{ MAX_FRAME_BYTES: '10' }, /MAX_FRAME_BYTES/],
    [{ MAX_CONNECTIONS_PER_IP: '0' }, /MAX_CONNECTIONS_PER_IP/],
    [{ TRUST_PROXY: 'everyone' }, /TRUST_PROXY/],
  ])('refuses %o with a message naming the variable', (env, pattern) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(pattern);
  });

  it('reads the limits, with rate limiting on by default and 0 to turn it off', () => {
    expect(loadConfig({}).limits.rateLimit).toBeGreaterThan(0);
    expect(loadConfig({ RATE_LIMIT: '0', RATE_BURST: '5', MAX_FRAME_BYTES: '2048', IDLE_TIMEOUT_SECONDS: '60', TRUST_PROXY: '10.0.0.0/8, loopback' })).toMatchObject({
      limits: { rateLimit: 0, rateBurst: 5, maxFrameBytes: 2048, idleTimeoutMs: 60_000 },
      trustProxy: ['10.0.0.0/8', 'loopback'],
    });
  });

  it('reads the per-address limits, generous by default so many people behind one address get in', () => {
    expect(loadConfig({}).limits).toMatchObject({
      maxConnectionsPerIp: 200,
      connectionsPerMinutePerIp: 600,
      conversationsPerMinutePerIp: 300,
      exitsPerMinutePerIp: 600,
      idleTimeoutMs: 120_000,
    });
    const env = { CONNECTIONS_PER_MINUTE_PER_IP: '0', CONVERSATIONS_PER_MINUTE_PER_IP: '10', EXITS_PER_MINUTE_PER_IP: '20', MAX_CONNECTIONS_PER_IP: '1000' };
    expect(loadConfig(env).limits).toMatchObject({ connectionsPerMinutePerIp: 0, conversationsPerMinutePerIp: 10, exitsPerMinutePerIp: 20, maxConnectionsPerIp: 1000 });
    expect(() => loadConfig({ CONVERSATIONS_PER_MINUTE_PER_IP: '-1' })).toThrow(/CONVERSATIONS_PER_MINUTE_PER_IP/);
  });

  it('stops the real entry point with a clear message and exit code 1', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, PORT: 'not-a-port' },
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/configuration is invalid/);
    expect(run.stderr).toMatch(/PORT="not-a-port"/);
  });
});
