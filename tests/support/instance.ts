// A real server process (`node --import tsx server/main.ts`), as a deployment runs it, on a
// free port chosen by the OS. Its JSON log is kept so tests can read what it wrote.
import { spawn, type ChildProcess } from 'node:child_process';
import { projectRoot } from '../../server/paths.js';

export interface Instance {
  port: number;
  wsUrl: string;
  httpUrl: string;
  /** Everything the process wrote to stdout and stderr so far. */
  log(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal: NodeJS.Signals): void;
}

const running = new Set<ChildProcess>();
// Should the test process die before afterAll, take its servers with it.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export async function startInstance(env: Record<string, string> = {}): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: projectRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', REDIS_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    }),
  );
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"port":(\d+),[^\n]*safe-steps is running/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    void exited.then(({ code }) => reject(new Error(`server exited (${code}) before listening:\n${output}`)));
  });
  return {
    port,
    wsUrl: `ws://127.0.0.1:${port}/chat`,
    httpUrl: `http://127.0.0.1:${port}`,
    log: () => output,
    exited,
    kill: (signal) => child.kill(signal),
  };
}

/** Kills every instance still running: for afterAll, whatever happened. */
export async function killAllInstances(): Promise<void> {
  await Promise.all(
    [...running].map(
      (child) =>
        new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGKILL');
        }),
    ),
  );
}
