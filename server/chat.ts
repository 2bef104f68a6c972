// The WebSocket endpoint at /chat. It only parses, validates, calls the engine, stores and
// sends: all behaviour lives in the engine. Frames from one socket are handled strictly one
// after another so a fast double tap cannot reorder a conversation.
import type { FastifyPluginAsync } from 'fastify';
import type { Engine } from './engine/engine.js';
import type { Conversation } from './engine/conversation.js';
import { StoreUnavailableError, type SessionStore } from './store/store.js';
import { parseClientFrame, type ClientFrame, type ErrorCode, type ServerFrame } from './protocol.js';
import { newToken } from './tokens.js';
import type { Locale } from '../flows/content/index.js';
import { Guards, busy } from './limits/guards.js';
import { defaultLimits, type Limits } from './limits/limits.js';
import { originGuard, type OriginRule } from './origins.js';
import { safeError } from './safe-error.js';

export interface ChatOptions {
  engine: Engine;
  store: SessionStore;
  limits?: Limits;
  /** Pages allowed to connect; undefined = same origin and localhost (server/origins.ts). */
  allowedOrigins?: OriginRule[];
}

/** What one socket knows: the token of its conversation, once started. */
interface Connection {
  token?: string;
  locale: Locale;
}

export const chat: FastifyPluginAsync<ChatOptions> = async (app, { engine, store, limits = defaultLimits, allowedOrigins }) => {
  const guards = new Guards(limits, store);
  app.addHook('onClose', async () => guards.close());

  const beforeUpgrade = [originGuard(allowedOrigins), guards.beforeUpgrade];
  app.get('/chat', { websocket: true, onRequest: beforeUpgrade }, (socket, request) => {
    if (!guards.admit(socket, request.ip)) return;
    const gate = guards.gate(socket);
    const connection: Connection = { locale: 'en' };
    let queue = Promise.resolve();

    const send = (frame: ServerFrame) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
    };
    const error = (code: ErrorCode, message: string) => send({ type: 'error', code, message });

    socket.on('message', (data, isBinary) => {
      const verdict = gate(data, isBinary);
      if (!verdict.pass) {
        if ('terminate' in verdict) return socket.terminate();
        // Answered in turn, so every frame's answer still arrives in the order frames were sent.
        queue = queue.then(() => send(verdict.answer));
        return;
      }
      queue = queue.then(async () => {
        if (isBinary) return error('bad_frame', 'Frames must be JSON text.');
        const parsed = parseClientFrame(rawText(data));
        if (!parsed.ok) return send(parsed.error);
        try {
          await handle(parsed.frame);
        } catch (err) {
          // Log the failure, never the frame: it may hold what a person typed.
          request.log.error({ err: safeError(err) }, 'chat frame failed');
          error(err instanceof StoreUnavailableError ? 'unavailable' : 'internal', 'Something went wrong. Please try again.');
        }
      });
    });

    async function handle(frame: ClientFrame): Promise<void> {
      switch (frame.type) {
        case 'start':
          return handleStart(frame);
        case 'exit': {
          // Quick exit always succeeds, started or not: forget first, then say goodbye.
          const token = connection.token;
          delete connection.token;
          if (token) await store.delete(token);
          return send({ type: 'bye' });
        }
        default:
          break;
      }

      const token = connection.token;
      if (!token) return error('not_started', 'Send a "start" frame first.');
      const conversation = await store.get(token);
      if (!conversation) {
        delete connection.token;
        error('expired', 'This conversation has ended. Starting again.');
        return begin(engine.start(connection.locale));
      }

      switch (frame.type) {
        case 'choose':
          return commit(token, engine.choose(conversation, frame.choice));
        case 'back':
          return commit(token, engine.back(conversation));
        case 'restart':
          return commit(token, { ok: true, conversation: engine.restart(conversation) });
        case 'say': {
          const outcome = engine.say(conversation, frame.text);
          if (outcome.conversation !== conversation) await store.set(token, outcome.conversation);
          return send(engine.render(outcome.conversation, token, outcome.notices));
        }
      }
    }

    async function handleStart(frame: Extract<ClientFrame, { type: 'start' }>): Promise<void> {
      const locale = frame.locale ?? 'en';
      connection.locale = locale;
      if (frame.resume !== undefined) {
        const resumed = await store.get(frame.resume);
        if (resumed) {
          if (connection.token && connection.token !== frame.resume) await store.delete(connection.token);
          connection.token = frame.resume;
          await store.set(frame.resume, resumed);
          return send(engine.render(resumed, frame.resume));
        }
        error('expired', 'That conversation has ended. Starting again.');
      }
      const started = engine.start(locale, frame.flow);
      if (!started.ok) return error(started.code, started.message);
      // A new start replaces this socket's old conversation; keeping it would only hold data.
      if (connection.token) await store.delete(connection.token);
      delete connection.token;
      return begin(started);
    }

    async function begin(started: ReturnType<Engine['start']>): Promise<void> {
      if (!started.ok) return error(started.code, started.message);
      if (guards.conversationsFull()) return send(busy('The guide is very busy right now. Please try again in a few minutes.'));
      const token = newToken();
      await store.set(token, started.conversation);
      connection.token = token;
      send(engine.render(started.conversation, token));
    }

    async function commit(token: string, result: { ok: true; conversation: Conversation } | { ok: false; code: ErrorCode; message: string }) {
      if (!result.ok) return error(result.code, result.message);
      await store.set(token, result.conversation);
      send(engine.render(result.conversation, token));
    }
  });
};

function rawText(data: Buffer | ArrayBuffer | Buffer[]): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return data.toString('utf8');
}

