// A real listening server on a free port, and a real `ws` client that reads frames in order.
import type { FastifyInstance } from 'fastify';
import WebSocket from 'ws';
import { buildApp, type AppOptions } from '../../server/app.js';
import { loadConfig, type Config } from '../../server/config.js';

export interface TestServer {
  app: FastifyInstance;
  httpUrl: string;
  wsUrl: string;
  close(): Promise<void>;
}

// Tests start hundreds of conversations from one address in seconds, so the per-address rates
// are off here; tests/faults/ turns them on where they are the subject.
const defaults = loadConfig({ CONNECTIONS_PER_MINUTE_PER_IP: '0', CONVERSATIONS_PER_MINUTE_PER_IP: '0' });
export const testConfig: Config = { ...defaults, port: 0, host: '127.0.0.1', logLevel: 'silent', sessionTtlSeconds: 1800 };

export async function startServer(options: Partial<AppOptions> = {}): Promise<TestServer> {
  const app = await buildApp({ config: testConfig, ...options });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  return {
    app,
    httpUrl: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/chat`,
    close: () => app.close(),
  };
}

/** A client that queues every frame it receives, so a test can await them one by one. */
export class ChatClient {
  private readonly frames: unknown[] = [];
  private readonly waiters: Array<(frame: unknown) => void> = [];
  readonly closed: Promise<{ code: number }>;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const frame = JSON.parse(String(data));
      const waiter = this.waiters.shift();
      if (waiter) waiter(frame);
      else this.frames.push(frame);
    });
    this.closed = new Promise((resolve) => socket.on('close', (code) => resolve({ code })));
  }

  static async connect(url: string, headers: Record<string, string> = {}): Promise<ChatClient> {
    const socket = new WebSocket(url, { headers });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new ChatClient(socket);
  }

  /** Wraps a socket opened elsewhere (with options of its own) once it is open. */
  static wrap(socket: WebSocket): ChatClient {
    return new ChatClient(socket);
  }

  send(frame: unknown): void {
    this.socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  next(timeoutMs = 5000): Promise<any> {
    const queued = this.frames.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no frame arrived in time')), timeoutMs);
      this.waiters.push((frame) => {
        clearTimeout(timer);
        resolve(frame);
      });
    });
  }

  /** Frames received and not yet read. */
  get pending(): number {
    return this.frames.length;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async request(frame: unknown): Promise<any> {
    this.send(frame);
    return this.next();
  }

  close(): void {
    this.socket.close();
  }
}
