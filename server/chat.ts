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
import { frameBytes } from './frame-json.js';
import { Session, UNAVAILABLE, urgent, type Answer } from './session.js';
import { isPending, StoreUnavailableError, type MaybePromise } from './store/store.js';

/** Frames are sent as bytes, but always as text frames: the protocol is JSON text. */
const TEXT = { binary: false } as const;

/** What is done with one frame off the socket. */
type Task = (data: WebSocket.RawData, isBinary: boolean) => MaybePromise<void>;

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
    /** Frames taken on and not yet answered: bounded, so a flood cannot grow the queue. */
    let unanswered = 0;
    /**
     * The frames waiting for an earlier frame's answer, which a store with a backend gives
     * later; undefined while nothing waits. A frame that finds nothing waiting is answered at
     * once, so with the in-memory store a tap costs no promise at all.
     */
    let waiting: Promise<void> | undefined;

    const send = (frame: ServerFrame) => {
      metrics?.sent(frame);
      // Bytes, sent as a text frame: its shared parts are kept as UTF-8 (frame-json.ts).
      if (socket.readyState === socket.OPEN) socket.send(frameBytes(frame), TEXT);
    };
    const error = (code: ErrorCode, message: string) => send({ type: 'error', code, message });

    // Nothing a turn throws may escape: in the chain, an unhandled rejection would end the process.
    const failed = (err: unknown) => request.log.error({ err: safeError(err) }, 'chat turn failed');
    const answered = () => {
      unanswered -= 1;
      if (unanswered === 0) waiting = undefined;
    };
    const failedAndAnswered = (err: unknown) => {
      failed(err);
      answered();
    };
    const run = async (task: Task, data: WebSocket.RawData, isBinary: boolean) => {
      try {
        await task(data, isBinary);
      } catch (err) {
        failed(err);
      } finally {
        answered();
      }
    };
    /** Answers frames in the order they came: at once when nothing waits, else after the rest. */
    const take = (task: Task, data: WebSocket.RawData, isBinary: boolean) => {
      unanswered += 1;
      if (waiting) {
        waiting = waiting.then(() => run(task, data, isBinary));
        return;
      }
      let result: MaybePromise<void>;
      try {
        result = task(data, isBinary);
      } catch (err) {
        return failedAndAnswered(err);
      }
      if (isPending(result)) waiting = result.then(answered, failedAndAnswered);
      else answered();
    };

    // A socket that opens while the server is shutting down is sent on its way at once.
    if (live?.closing) return socket.close(SERVICE_RESTART, 'service restart');
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    const tracked = { socket, idle: () => waiting ?? Promise.resolve(), closed, hasConversation: () => session.current.kind !== 'fresh' };
    live?.add(tracked);
    socket.on('close', () => live?.remove(tracked));

    socket.on('message', (data, isBinary) => {
      const verdict = gate(data, isBinary);
      if ('terminate' in verdict) return socket.terminate();
      if (unanswered >= MAX_UNANSWERED_FRAMES) return socket.terminate();
      // Answered in turn, so every frame's answer still arrives in the order frames were sent.
      if (!verdict.pass) return take(() => send(verdict.answer), data, isBinary);
      if (unanswered >= MAX_QUEUED_FRAMES && !isUrgentFrame(data, isBinary, isUrgent)) {
        return take(() => send(busy('Too many messages are waiting. Please wait for the answer.')), data, isBinary);
      }
      take(timedTurn, data, isBinary);
    });

    function timedTurn(data: WebSocket.RawData, isBinary: boolean): MaybePromise<void> {
      const began = performance.now();
      const done = turn(data, isBinary);
      if (isPending(done)) return done.then(() => timeSince(began));
      timeSince(began);
    }

    function timeSince(began: number): void {
      metrics?.turn((performance.now() - began) / 1000);
    }

    function turn(data: WebSocket.RawData, isBinary: boolean): MaybePromise<void> {
      if (isBinary) return error('bad_frame', 'Frames must be JSON text.');
      const parsed = parseClientFrame(rawText(data));
      if (!parsed.ok) return send(parsed.error);
      // Shutting down: the widget reconnects (1012) and resumes on another instance, but a quick
      // exit and danger help are still answered until the process ends.
      if (live?.closing && !isUrgent(parsed.frame)) return;
      try {
        const answer = session.answer(parsed.frame);
        if (isPending(answer)) return answer.then(sendAnswer, frameFailed);
        sendAnswer(answer);
      } catch (err) {
        frameFailed(err);
      }
    }

    function sendAnswer(answer: Answer): void {
      try {
        for (const frame of answer.frames) send(frame);
      } catch (err) {
        frameFailed(err);
      }
    }

    function frameFailed(err: unknown): void {
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
  });
};
