// A real redis-server for tests, listening only on a unix socket in its own temp dir: no TCP
// port to pick, so nothing else on the machine can take its address between choosing and
// binding it. No persistence unless a test stops it with SAVE (to bring it back with its data,
// as a production Redis would).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';

export const REDIS_SERVER = '/usr/bin/redis-server';

/** Where a Redis listens (or will): a socket in a directory of its own. */
export interface RedisPlace {
  dir: string;
  socket: string;
  /** unix:///…/redis.sock, as REDIS_URL and RedisStore take it. */
  url: string;
}

export interface RedisServer extends RedisPlace {
  /** A plain client for looking inside; closed by stop(). */
  client(): Redis;
  /** Stops it; with `save` its data is written first and comes back on start(). */
  stop(options?: { save?: boolean }): Promise<void>;
  start(): Promise<void>;
  /** Freezes it (SIGSTOP): connections stay open and nothing is answered, as a stalled Redis. */
  pause(): void;
  /** Thaws it (SIGCONT) after pause(). */
  resume(): void;
  /** Stops it for good and removes its directory. */
  destroy(): Promise<void>;
}

/** A place for a Redis not started yet, so a server can be told its address first. */
export function redisPlace(): RedisPlace {
  const dir = mkdtempSync(join(tmpdir(), 'safe-steps-redis-'));
  const socket = join(dir, 'redis.sock');
  return { dir, socket, url: `unix://${socket}` };
}

export async function startRedis(options: { at?: RedisPlace } = {}): Promise<RedisServer> {
  const place = options.at ?? redisPlace();
  try {
    return await runRedis(place);
  } catch (err) {
    rmSync(place.dir, { recursive: true, force: true });
    throw err;
  }
}

async function runRedis(place: RedisPlace): Promise<RedisServer> {
  const { dir, socket } = place;
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  const clients: Redis[] = [];

  const start = async () => {
    const proc = spawn(
      REDIS_SERVER,
      // --port 0: no TCP at all; only the socket, readable by this user alone.
      ['--port', '0', '--unixsocket', socket, '--unixsocketperm', '700', '--save', '', '--appendonly', 'no', '--dir', dir, '--dbfilename', 'dump.rdb'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child = proc;
    exited = new Promise((resolve) => proc.once('exit', () => resolve()));
    await new Promise<void>((resolve, reject) => {
      let out = '';
      const onData = (chunk: Buffer) => {
        out += chunk.toString();
        if (/ready to accept connections/i.test(out)) {
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
    const admin = new Redis({ path: socket, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    admin.on('error', () => undefined);
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
    ...place,
    client() {
      const c = new Redis({ path: socket, maxRetriesPerRequest: 1 });
      // The fault tests stop this redis-server under the client: its commands fail (and the
      // tests look at that), and the connection's own errors must not print as unhandled.
      c.on('error', () => undefined);
      clients.push(c);
      return c;
    },
    stop,
    start,
    pause: () => void child?.kill('SIGSTOP'),
    resume: () => void child?.kill('SIGCONT'),
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

/**
 * The arguments of every command clients sent to `redis` while `work` ran (not those its scripts
 * ran), from MONITOR; a PING through it marks the end, as MONITOR reports a command as Redis runs it.
 */
export async function commandsSent(redis: RedisServer, work: () => Promise<void>): Promise<string[][]> {
  const monitor = await redis.client().monitor();
  const seen: string[][] = [];
  monitor.on('monitor', (_time: string, args: string[], source: string) => {
    if (source !== 'lua') seen.push(args);
  });
  await work();
  const marker = redis.client();
  await marker.ping('end');
  marker.disconnect();
  await new Promise<void>((resolve) => {
    const check = () => (seen.some((args) => args[0]?.toLowerCase() === 'ping') ? resolve() : setTimeout(check, 5));
    check();
  });
  monitor.disconnect();
  return seen.filter((args) => args[0]?.toLowerCase() !== 'ping');
}
