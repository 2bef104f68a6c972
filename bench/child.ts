// Runs a bench server in its own process (so the load generator never shares its event loop)
// and talks to it over IPC: it says when it listens, and reports its memory after a full GC.
import { spawn, type ChildProcess } from 'node:child_process';
import { basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { startFlags } from './start-flags.js';

export interface Memory {
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  rss: number;
  /** Conversations the store holds, when the server has a store. */
  conversations?: number;
  /** WebSocket connections the server still holds. */
  sockets?: number;
}

export type ToParent = { type: 'ready'; port: number } | { type: 'memory'; memory: Memory } | { type: 'cpu'; micros: number };
export type ToChild = { type: 'memory' } | { type: 'cpu' };

export interface BenchServer {
  url: string;
  memory(): Promise<Memory>;
  /** CPU time (user + system) the server process has used so far, in microseconds. */
  cpu(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Compiles a bench server the way production runs (plain JavaScript, as `npm start` runs tsc's
 * output), not through tsx: tsx keeps function names with a wrapper call for every closure
 * made, which costs the hot path time that production never pays. From another checkout
 * (`npm run bench:ab`), it is built inside that checkout, so it runs on that checkout's
 * node_modules.
 */
async function compiled(script: string, checkout?: string): Promise<string> {
  const benchDir = checkout ? pathToFileURL(`${checkout}/bench/`) : new URL('.', import.meta.url);
  const entry = fileURLToPath(new URL(script, benchDir));
  const outfile = fileURLToPath(new URL(`../dist/bench/${basename(script, '.ts')}.mjs`, benchDir));
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
  return outfile;
}

/** `checkout`: the server of another checkout of the project (its root folder); this one's by default. */
export async function startChild(script: string, env: Record<string, string> = {}, checkout?: string): Promise<BenchServer> {
  const file = await compiled(script, checkout);
  // BENCH_CPU_PROF=DIR writes a V8 CPU profile of each server to DIR (open it in Chrome DevTools).
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  // Production's flags (`npm start`), for the floor as well, so both run on the same runtime.
  const flags = startFlags(checkout ?? fileURLToPath(new URL('..', import.meta.url)));
  const child: ChildProcess = spawn(process.execPath, [...flags, ...profile, '--expose-gc', '--enable-source-maps', file], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before listening`)));
    child.on('message', (m: ToParent) => {
      if (m.type === 'ready') resolve(m.port);
    });
  });
  const ask = <T extends ToParent['type']>(type: T & ToChild['type']) =>
    new Promise<Extract<ToParent, { type: T }>>((resolve) => {
      const onMessage = (m: ToParent) => {
        if (m.type !== type) return;
        child.off('message', onMessage);
        resolve(m as Extract<ToParent, { type: T }>);
      };
      child.on('message', onMessage);
      child.send({ type } as ToChild);
    });
  return {
    url: `ws://127.0.0.1:${port}/chat`,
    memory: async () => (await ask('memory')).memory,
    cpu: async () => (await ask('cpu')).micros,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** In a child: answer memory requests after collecting garbage (run with --expose-gc). */
export function serveMemoryReports(counts: () => { conversations?: number; sockets?: number } = () => ({})): void {
  process.on('message', (m: ToChild) => {
    if (m.type === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send?.({ type: 'cpu', micros: user + system } satisfies ToParent);
      return;
    }
    const gc = (globalThis as { gc?: () => void }).gc;
    if (!gc) throw new Error('run with --expose-gc');
    // Twice: the first pass can leave objects that only become garbage through finalizers.
    gc();
    gc();
    const { heapUsed, external, arrayBuffers, rss } = process.memoryUsage();
    const memory: Memory = { heapUsed, external, arrayBuffers, rss, ...counts() };
    process.send?.({ type: 'memory', memory } satisfies ToParent);
  });
  process.once('SIGTERM', () => process.exit(0));
}

export function ready(port: number): void {
  process.send?.({ type: 'ready', port } satisfies ToParent);
}
