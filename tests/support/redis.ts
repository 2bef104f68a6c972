// A real redis-server for tests: its own free port, its own temp dir, no persistence unless a
// test stops it with SAVE (to bring it back with its data, as a production Redis would).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';

export const REDIS_SERVER = '/usr/bin/redis-server';

export interface RedisServer {
  port: number;
  url: string;
  /** A plain client for looking inside; closed by stop(). */
  client(): Redis;
  /** Stops it; with `save` its data is written first and comes back on start(). */
  stop(options?: { save?: boolean }): Promise<void>;
  start(): Promise<void>;
  /** Stops it for good and removes its directory. */
  destroy(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export async function startRedis(options: { port?: number } = {}): Promise<RedisServer> {
  if (options.port !== undefined) return startRedisOn(options.port);
  // A free port can be taken by someone else before redis-server binds it: try another.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startRedisOn(await freePort());
    } catch (err) {
      if (attempt >= 3) throw err;
    }
  }
}

async function startRedisOn(port: number): Promise<RedisServer> {
  const dir = mkdtempSync(join(tmpdir(), 'safe-steps-redis-'));
  try {
    return await runRedis(port, dir);
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

async function runRedis(port: number, dir: string): Promise<RedisServer> {
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  const clients: Redis[] = [];

  const start = async () => {
    const proc = spawn(
      REDIS_SERVER,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--dbfilename', 'dump.rdb'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child = proc;
    exited = new Promise((resolve) => proc.once('exit', () => resolve()));
    await new Promise<void>((resolve, reject) => {
      let out = '';
      const onData = (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('Ready to accept connections')) {
          proc.stdout?.off('data', onData);
          proc.stdout?.resume();
          resolve();
        }
      };
      proc.stdout?.on('data', onData);
      proc.once('exit', (code) => reject(new Error(`redis-server exited (${code}) before it was ready:\n${out}`)));
      proc.once('error', reject);
    });
  };

  const closeClients = () => {
    for (const c of clients.splice(0)) c.disconnect();
  };

  const stop = async ({ save = false } = {}) => {
    if (!child || child.exitCode !== null) return;
    const admin = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    try {
      await admin.connect();
      await admin.call('SHUTDOWN', save ? 'SAVE' : 'NOSAVE').catch(() => undefined);
    } catch {
      child.kill('SIGKILL');
    } finally {
      admin.disconnect();
    }
    await exited;
  };

  // Should the test process die before afterAll, take redis-server with it.
  process.once('exit', () => child?.kill('SIGKILL'));
  await start();
  return {
    port,
    url,
    client() {
      const c = new Redis(url, { maxRetriesPerRequest: 1 });
      clients.push(c);
      return c;
    },
    stop,
    start,
    async destroy() {
      closeClients();
      if (child && child.exitCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
