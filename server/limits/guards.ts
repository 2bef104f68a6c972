// Everything that stands between a socket and the engine, in one place for the chat endpoint:
// the per-address connection cap (checked before the upgrade and again once open), keep-alive
// and idle timeout, and per-frame checks (rate, size, a peer that stopped reading).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type WebSocket from 'ws';
import { parseClientFrame, type ErrorFrame } from '../protocol.js';
import type { SessionStore } from '../store/store.js';
import { ConnectionCounter } from './connections.js';
import { ConversationCap } from './conversations.js';
import { KeepAlive } from './keepalive.js';
import { MAX_BUFFERED_BYTES, type Limits } from './limits.js';
import { TokenBucket } from './rate.js';

/** What to do with a frame: handle it, answer it with an error and drop it, or drop the peer. */
export type Verdict = { pass: true } | { pass: false; answer: ErrorFrame } | { pass: false; terminate: true };

const PASS: Verdict = { pass: true };
const RATE_LIMITED: Verdict = {
  pass: false,
  answer: { type: 'error', code: 'rate_limited', message: 'Too many messages at once. Please wait a moment.' },
};

export const BUSY_CLOSE = { code: 1013, reason: 'busy' } as const;

export class Guards {
  private readonly connections: ConnectionCounter;
  private readonly keepAlive: KeepAlive;
  private readonly conversations: ConversationCap;
  private readonly tooLong: Verdict;

  constructor(
    private readonly limits: Limits,
    store: SessionStore,
  ) {
    this.connections = new ConnectionCounter(limits.maxConnectionsPerIp);
    this.keepAlive = new KeepAlive(limits);
    this.conversations = new ConversationCap(store, limits.maxConversations);
    this.tooLong = {
      pass: false,
      answer: { type: 'error', code: 'too_long', message: `Frames can be at most ${limits.maxFrameBytes} bytes.` },
    };
  }

  /** onRequest hook for the upgrade: an address at its cap is refused before any socket exists. */
  readonly beforeUpgrade = async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (!this.connections.hasRoom(request.ip)) {
      await reply.code(429).send({ error: 'too_many_connections' });
    }
  };

  /**
   * Counts an opened socket in and watches it. Returns false, having closed the socket with an
   * error, when the address is at its cap (several upgrades can race past beforeUpgrade).
   */
  admit(socket: WebSocket, address: string): boolean {
    if (!this.connections.acquire(address)) {
      socket.send(JSON.stringify(busy('There are too many open connections from your network. Please try again later.')));
      socket.close(BUSY_CLOSE.code, BUSY_CLOSE.reason);
      return false;
    }
    socket.once('close', () => this.connections.release(address));
    this.keepAlive.watch(socket);
    return true;
  }

  /** A per-socket gate that every incoming frame passes before it is handled. */
  gate(socket: WebSocket): (data: WebSocket.RawData, isBinary: boolean) => Verdict {
    const bucket = this.limits.rateLimit > 0 ? new TokenBucket(this.limits.rateLimit, this.limits.rateBurst) : undefined;
    return (data, isBinary) => {
      this.keepAlive.active(socket);
      if (socket.bufferedAmount > MAX_BUFFERED_BYTES) return { pass: false, terminate: true };
      const bytes = byteLength(data);
      // Quick exit is never rate limited: someone tapping in a panic must still be forgotten.
      if (bucket && !bucket.take() && !isQuickExit(data, bytes, isBinary)) return RATE_LIMITED;
      if (bytes > this.limits.maxFrameBytes) return this.tooLong;
      return PASS;
    };
  }

  /** Whether a new conversation must be refused because the server holds as many as it may. */
  conversationsFull(): boolean {
    return this.conversations.full();
  }

  connectionsFrom(address: string): number {
    return this.connections.count(address);
  }

  close(): void {
    this.keepAlive.close();
  }
}

function byteLength(data: WebSocket.RawData): number {
  return Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : data.byteLength;
}

function isQuickExit(data: WebSocket.RawData, bytes: number, isBinary: boolean): boolean {
  if (isBinary || bytes > 64 || Array.isArray(data)) return false;
  const text = data instanceof ArrayBuffer ? Buffer.from(data).toString('utf8') : data.toString('utf8');
  const parsed = parseClientFrame(text);
  return parsed.ok && parsed.frame.type === 'exit';
}

export function busy(message: string): ErrorFrame {
  return { type: 'error', code: 'busy', message };
}
