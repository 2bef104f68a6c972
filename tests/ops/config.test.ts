// The variables this service adds for running in production, checked at start like the rest.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { ConfigError, loadConfig } from '../../server/config.js';

describe('operations configuration', () => {
  it('defaults to the in-memory store, no trusted proxy, and an 8 s shutdown grace', () => {
    const config = loadConfig({});
    expect(config.redisUrl).toBeUndefined();
    expect(config).toMatchObject({ redisKeyPrefix: 'safe-steps:', trustProxy: false, shutdownGraceSeconds: 8 });
  });

  it('reads REDIS_URL, REDIS_KEY_PREFIX, TRUST_PROXY and SHUTDOWN_GRACE_SECONDS', () => {
    expect(
      loadConfig({ REDIS_URL: 'rediss://:secret@redis.internal:6380/2', REDIS_KEY_PREFIX: 'guide:', TRUST_PROXY: 'true', SHUTDOWN_GRACE_SECONDS: '25' }),
    ).toMatchObject({ redisUrl: 'rediss://:secret@redis.internal:6380/2', redisKeyPrefix: 'guide:', trustProxy: true, shutdownGraceSeconds: 25 });
    expect(loadConfig({ REDIS_URL: 'unix:///run/redis/redis.sock' }).redisUrl).toBe('unix:///run/redis/redis.sock');
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8,127.0.0.1,::1,loopback' }).trustProxy).toEqual(['10.0.0.0/8', '127.0.0.1', '::1', 'loopback']);
  });

  it.each([
    [{ REDIS_URL: 'http://redis:6379' }, /REDIS_URL/],
    [{ REDIS_URL: 'localhost:6379' }, /REDIS_URL/],
    [{ REDIS_URL: 'unix://redis-host/run/redis.sock' }, /REDIS_URL/],
    [{ REDIS_URL: 'unix:///' }, /REDIS_URL/],
    [{ TRUST_PROXY: 'yes please' }, /TRUST_PROXY="yes please"/],
    [{ TRUST_PROXY: 'yes' }, /TRUST_PROXY="yes"/],
    [{ TRUST_PROXY: '1' }, /TRUST_PROXY="1"/],
    [{ TRUST_PROXY: '10.0.0.0/33' }, /TRUST_PROXY/],
    [{ TRUST_PROXY: '10.0.0.1,' }, /TRUST_PROXY/],
    [{ SHUTDOWN_GRACE_SECONDS: '0' }, /SHUTDOWN_GRACE_SECONDS/],
    [{ SHUTDOWN_GRACE_SECONDS: 'soon' }, /SHUTDOWN_GRACE_SECONDS/],
  ])('refuses %o with a message naming the variable', (env, pattern) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(pattern);
  });

  it('never echoes a REDIS_URL, which may hold a password', () => {
    expect(() => loadConfig({ REDIS_URL: 'http://:hunter2@redis:6379' })).toThrow(/REDIS_URL=\(value hidden\)/);
    try {
      loadConfig({ REDIS_URL: 'http://:hunter2@redis:6379' });
    } catch (err) {
      expect((err as Error).message).not.toContain('hunter2');
    }
  });

  it('the real entry point refuses a bad REDIS_URL before starting', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, PORT: '0', REDIS_URL: 'mysql://:hunter2@db' },
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/REDIS_URL=\(value hidden\)/);
    expect(run.stderr).not.toContain('hunter2');
  });
});
