// A small TCP proxy between a server and its Redis, to make Redis slow or hold it still without
// touching either: every chunk in both directions waits `delayMs`, and while held waits until
// released. Order is kept per direction. Used by the fault tests; timings are never asserted.
import { createServer, connect, type Server, type Socket } from 'node:net';

export interface DelayProxy {
  port: number;
  url: string;
  /** Each chunk waits this long before it is passed on (0: at once). */
  setDelay(ms: number): void;
  /** Holds every chunk from now on until release(). */
  hold(): void;
  release(): void;
  close(): Promise<void>;
}

/** `target`: the unix socket a test Redis listens on (tests/support/redis.ts). */
export async function startDelayProxy(target: { socket: string }): Promise<DelayProxy> {
  let delayMs = 0;
  let held: { promise: Promise<void>; release: () => void } | undefined;
  const sockets = new Set<Socket>();

  const pass = (from: Socket, to: Socket) => {
    let chain = Promise.resolve();
    from.on('data', (chunk: Buffer) => {
      chain = chain.then(async () => {
        if (held) await held.promise;
        if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
        if (!to.destroyed) to.write(chunk);
      });
    });
    from.on('close', () => void chain.then(() => to.destroy()));
    from.on('error', () => to.destroy());
  };

  const server: Server = createServer((client) => {
    const upstream = connect(target.socket);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    }
    pass(client, upstream);
    pass(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    setDelay: (ms) => {
      delayMs = ms;
    },
    hold: () => {
      if (held) return;
      let release = () => {};
      const promise = new Promise<void>((resolve) => (release = resolve));
      held = { promise, release };
    },
    release: () => {
      const was = held;
      held = undefined;
      was?.release();
    },
    close: async () => {
      held?.release();
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
