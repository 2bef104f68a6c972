// The WebSocket endpoint at /chat. It owns the socket: the guards every frame passes, the
// queue that answers one socket's frames strictly one after another (a fast double tap cannot
// reorder a conversation), and sending. What a frame does to a conversation is the session's
// business (server/session.ts); all behaviour lives in the engine.
import type { FastifyPluginAsync } from 'fastify';
import type WebSocket from 'ws';
import type { Engine } from './engine/engine.js';
import type { SessionStore } from './store/store.js';
import { parseClientFrame, type ErrorCode, type ServerFrame } from './protocol.js';
import { SERVICE_RESTART, type LiveChats } from './live-chats.js';
import type { ChatMetrics } from './metrics.js';
import { Guards, busy, isUrgentFrame, rawText } from './limits/guards.js';
import { addressGroup } from './limits/address.js';
import { defaultLimits, MAX_QUEUED_FRAMES, MAX_UNANSWERED_FRAMES, type Limits } from './limits/limits.js';
import { originGuard, type OriginRule } from './origins.js';
import { safeError } from './safe-error.js';
import { frameJson } from './frame-json.js';
import { Session, UNAVAILABLE, urgent } from './session.js';
import { StoreUnavailableError } from './store/store.js';

export interface ChatOptions {
  engine: Engine;
  store: SessionStore;
  /** Tracks open sockets for graceful shutdown and the "open" gauge. */
  live?: LiveChats;
  metrics?: ChatMetrics;
  limits?: Limits;
  /** Pages allowed to connect; undefined = same origin and localhost (server/origins.ts). */
  allowedOrigins?: OriginRule[];
}

export const chat: FastifyPluginAsync<ChatOptions> = async (
  app,
  { engine, store, live, metrics, limits = defaultLimits, allowedOrigins },
) => {
  const guards = new Guards(limits);
  const isUrgent = urgent(engine);
  app.addHook('onClose', async () => guards.close());

  const beforeUpgrade = [originGuard(allowedOrigins), guards.beforeUpgrade];
  // New sockets per address per minute (@fastify/rate-limit, registered in app.ts): 429 past it.
  const rateLimit = limits.connectionsPerMinutePerIp > 0
    ? { max: limits.connectionsPerMinutePerIp, timeWindow: 60_000, keyGenerator: (r: { ip: string }) => addressGroup(r.ip) }
    : false;
  app.get('/chat', { websocket: true, onRequest: beforeUpgrade, config: { rateLimit } }, (socket, request) => {
    if (!guards.admit(socket, request.ip)) return;
    const gate = guards.gate(socket, isUrgent);
    const session = new Session({ engine, store, metrics, mayStart: () => guards.mayStartConversation(request.ip) });
    let queue: Promise<void> = Promise.resolve();
    /** Frames taken on and not yet answered: bounded, so a flood cannot grow the queue. */
    let unanswered = 0;

    const send = (frame: ServerFrame) => {
      metrics?.sent(frame);
      if (socket.readyState === socket.OPEN) socket.send(frameJson(frame));
    };
    const error = (code: ErrorCode, message: string) => send({ type: 'error', code, message });

    // Nothing a turn throws may reject the chain: an unhandled rejection would end the process.
    const run = async (task: () => unknown) => {
      try {
        await task();
      } catch (err) {
        request.log.error({ err: safeError(err) }, 'chat turn failed');
      } finally {
        unanswered -= 1;
      }
    };
    const enqueue = (task: () => unknown) => {
      unanswered += 1;
      queue = queue.then(() => run(task));
    };

    // A socket that opens while the server is shutting down is sent on its way at once.
    if (live?.closing) return socket.close(SERVICE_RESTART, 'service restart');
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    const tracked = { socket, idle: () => queue, closed, hasConversation: () => session.current.kind !== 'fresh' };
    live?.add(tracked);
    socket.on('close', () => live?.remove(tracked));

    socket.on('message', (data, isBinary) => {
      const verdict = gate(data, isBinary);
      if ('terminate' in verdict) return socket.terminate();
      if (unanswered >= MAX_UNANSWERED_FRAMES) return socket.terminate();
      // Answered in turn, so every frame's answer still arrives in the order frames were sent.
      if (!verdict.pass) return enqueue(() => send(verdict.answer));
      if (unanswered >= MAX_QUEUED_FRAMES && !isUrgentFrame(data, isBinary, isUrgent)) {
        return enqueue(() => send(busy('Too many messages are waiting. Please wait for the answer.')));
      }
      enqueue(async () => {
        const began = performance.now();
        await turn(data, isBinary);
        metrics?.turn((performance.now() - began) / 1000);
      });
    });

    async function turn(data: WebSocket.RawData, isBinary: boolean): Promise<void> {
      if (isBinary) return error('bad_frame', 'Frames must be JSON text.');
      const parsed = parseClientFrame(rawText(data));
      if (!parsed.ok) return send(parsed.error);
      // Shutting down: the widget reconnects (1012) and resumes on another instance, but a quick
      // exit and danger help are still answered until the process ends.
      if (live?.closing && !isUrgent(parsed.frame)) return;
      try {
        for (const frame of (await session.handle(parsed.frame)).frames) send(frame);
      } catch (err) {
        // Log the failure, never the frame: it may hold what a person typed.
        if (err instanceof StoreUnavailableError) {
          // A store's own message names the store's trouble, never a frame.
          request.log.warn({ err: { name: err.name, message: err.message } }, 'chat frame failed');
          error('unavailable', UNAVAILABLE);
        } else {
          // Anything else by name and stack only: its message may quote a frame.
          request.log.error({ err: safeError(err) }, 'chat frame failed');
          error('internal', 'Something went wrong. Please try again.');
        }
      }
    }
  });
};
