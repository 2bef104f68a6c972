// Everything that stands between a socket and the engine, in one place for the chat endpoint:
// the per-address connection cap (checked before the upgrade and again once open), keep-alive
// and idle timeout, per-frame checks (rate, size, a peer that stopped reading), and the rate of
// new conversations per address. Addresses are grouped as address.ts says (IPv6 by /64).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type WebSocket from 'ws';
import { parseClientFrame, type ClientFrame, type ErrorFrame } from '../protocol.js';
import { addressGroup } from './address.js';
import { AddressRate } from './address-rate.js';
import { ConnectionCounter } from './connections.js';
import { KeepAlive } from './keepalive.js';
import { MAX_BUFFERED_BYTES, type Limits } from './limits.js';
import { TokenBucket } from './rate.js';

/** What to do with a frame: handle it, answer it with an error and drop it, or drop the peer. */
export type Verdict = { pass: true } | { pass: false; answer: ErrorFrame } | { pass: false; terminate: true };

/** Frames that are let through whatever the rate: quick exit, and anything asking for danger help. */
export type Urgent = (frame: ClientFrame) => boolean;

const PASS: Verdict = { pass: true };
const RATE_LIMITED: Verdict = {
  pass: false,
  answer: { type: 'error', code: 'rate_limited', message: 'Too many messages at once. Please wait a moment.' },
};

export const BUSY_CLOSE = { code: 1013, reason: 'busy' } as const;

/** New conversations one address may start at once before its per-minute rate applies. */
const CONVERSATION_BURST = 30;

export class Guards {
  private readonly connections: ConnectionCounter;
  private readonly keepAlive: KeepAlive;
  private readonly conversations: AddressRate;
  private readonly tooLong: Verdict;

  constructor(private readonly limits: Limits) {
    this.connections = new ConnectionCounter(limits.maxConnectionsPerIp);
    this.keepAlive = new KeepAlive(limits);
    this.conversations = new AddressRate(
      limits.conversationsPerMinutePerIp,
      Math.min(CONVERSATION_BURST, limits.conversationsPerMinutePerIp),
    );
    this.tooLong = {
      pass: false,
      answer: { type: 'error', code: 'too_long', message: `Frames can be at most ${limits.maxFrameBytes} bytes.` },
    };
  }

  /** onRequest hook for the upgrade: an address at its cap is refused before any socket exists. */
  readonly beforeUpgrade = async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (!this.connections.hasRoom(addressGroup(request.ip))) {
      await reply.code(429).send({ error: 'too_many_connections' });
    }
  };

  /**
   * Counts an opened socket in and watches it. Returns false, having closed the socket with an
   * error, when the address is at its cap (several upgrades can race past beforeUpgrade).
   */
  admit(socket: WebSocket, address: string): boolean {
    const group = addressGroup(address);
    if (!this.connections.acquire(group)) {
      socket.send(JSON.stringify(busy('There are too many open connections from your network. Please try again later.')));
      socket.close(BUSY_CLOSE.code, BUSY_CLOSE.reason);
      return false;
    }
    socket.once('close', () => this.connections.release(group));
    this.keepAlive.watch(socket);
    return true;
  }

  /** A per-socket gate that every incoming frame passes before it is handled. */
  gate(socket: WebSocket, urgent: Urgent): (data: WebSocket.RawData, isBinary: boolean) => Verdict {
    const bucket = this.limits.rateLimit > 0 ? new TokenBucket(this.limits.rateLimit, this.limits.rateBurst) : undefined;
    const active = this.keepAlive.onFrame(socket);
    return (data, isBinary) => {
      active();
      if (socket.bufferedAmount > MAX_BUFFERED_BYTES) return { pass: false, terminate: true };
      const bytes = byteLength(data);
      if (bytes > this.limits.maxFrameBytes) return this.tooLong;
      // Quick exit and danger help are never rate limited: someone tapping in a panic must be
      // forgotten, or shown 999, even now.
      if (bucket && !bucket.take() && !isUrgentFrame(data, isBinary, urgent)) return RATE_LIMITED;
      return PASS;
    };
  }

  /** Whether this address may begin another conversation now (its per-minute rate). */
  mayStartConversation(address: string): boolean {
    return this.conversations.take(addressGroup(address));
  }

  connectionsFrom(address: string): number {
    return this.connections.count(addressGroup(address));
  }

  close(): void {
    this.keepAlive.close();
  }
}

function byteLength(data: WebSocket.RawData): number {
  return Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : data.byteLength;
}

/** Whether a raw frame is one the guards let through whatever the rate (parsed only when asked). */
export function isUrgentFrame(data: WebSocket.RawData, isBinary: boolean, urgent: Urgent): boolean {
  if (isBinary) return false;
  const parsed = parseClientFrame(rawText(data));
  return parsed.ok && urgent(parsed.frame);
}

/** A frame as the text it carries, however `ws` delivered it (one buffer, fragments, an ArrayBuffer). */
export function rawText(data: WebSocket.RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return data.toString('utf8');
}

export function busy(message: string): ErrorFrame {
  return { type: 'error', code: 'busy', message };
}
