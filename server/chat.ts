// The WebSocket endpoint at /chat. It only parses, validates, calls the engine, stores and
// sends: all behaviour lives in the engine. Frames from one socket are handled strictly one
// after another so a fast double tap cannot reorder a conversation.
import type { FastifyPluginAsync } from 'fastify';
import type { Engine, Result } from './engine/engine.js';
import type { Conversation } from './engine/conversation.js';
import { StoreUnavailableError, type SessionStore } from './store/store.js';
import { parseClientFrame, type ClientFrame, type ErrorCode, type ServerFrame } from './protocol.js';
import { newToken } from './tokens.js';
import type { Locale } from '../flows/content/index.js';
import { DANGER_FLOW } from '../flows/index.js';
import { SERVICE_RESTART, type LiveChats } from './live-chats.js';
import type { ChatMetrics } from './metrics.js';
import { Guards, busy } from './limits/guards.js';
import { defaultLimits, type Limits } from './limits/limits.js';
import { originGuard, type OriginRule } from './origins.js';
import { safeError } from './safe-error.js';

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

/** What one socket knows: the token of its conversation, once started. */
interface Connection {
  token?: string;
  locale: Locale;
  /** The conversation as this socket last showed it: the danger triage's base when the store is down. */
  last?: Conversation;
  /** A danger-flow conversation the store could not take yet; it is saved on the next turn. */
  unsaved?: Conversation;
}

export const chat: FastifyPluginAsync<ChatOptions> = async (
  app,
  { engine, store, live, metrics, limits = defaultLimits, allowedOrigins },
) => {
  const guards = new Guards(limits, store);
  app.addHook('onClose', async () => guards.close());

  const beforeUpgrade = [originGuard(allowedOrigins), guards.beforeUpgrade];
  app.get('/chat', { websocket: true, onRequest: beforeUpgrade }, (socket, request) => {
    if (!guards.admit(socket, request.ip)) return;
    const gate = guards.gate(socket);
    const connection: Connection = { locale: 'en' };
    let queue = Promise.resolve();

    const send = (frame: ServerFrame) => {
      metrics?.sent(frame);
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
    };
    const error = (code: ErrorCode, message: string) => send({ type: 'error', code, message });

    // A socket that opens while the server is shutting down is sent on its way at once.
    if (live?.closing) return socket.close(SERVICE_RESTART, 'service restart');
    const tracked = { socket, idle: () => queue, hasConversation: () => connection.token !== undefined };
    live?.add(tracked);
    socket.on('close', () => live?.remove(tracked));

    socket.on('message', (data, isBinary) => {
      // Shutting down: the widget reconnects (1012) and resumes on another instance.
      if (live?.closing) return;
      const verdict = gate(data, isBinary);
      if (!verdict.pass) {
        if ('terminate' in verdict) return socket.terminate();
        // Answered in turn, so every frame's answer still arrives in the order frames were sent.
        queue = queue.then(() => send(verdict.answer));
        return;
      }
      queue = queue.then(async () => {
        const began = performance.now();
        await turn(data, isBinary);
        metrics?.turn((performance.now() - began) / 1000);
      });
    });

    async function turn(data: Parameters<typeof rawText>[0], isBinary: boolean): Promise<void> {
      if (isBinary) return error('bad_frame', 'Frames must be JSON text.');
      const parsed = parseClientFrame(rawText(data));
      if (!parsed.ok) return send(parsed.error);
      try {
        await handle(parsed.frame);
      } catch (err) {
        // Log the failure, never the frame: it may hold what a person typed.
        if (err instanceof StoreUnavailableError) {
          // A store's own message names the store's trouble, never a frame.
          request.log.warn({ err: { name: err.name, message: err.message } }, 'chat frame failed');
          error('unavailable', 'The guide cannot save your place just now. Please try again in a minute. If you are in danger, call 999.');
        } else {
          // Anything else by name and stack only: its message may quote a frame.
          request.log.error({ err: safeError(err) }, 'chat frame failed');
          error('internal', 'Something went wrong. Please try again.');
        }
      }
    }

    async function handle(frame: ClientFrame): Promise<void> {
      switch (frame.type) {
        case 'start':
          return handleStart(frame);
        case 'exit': {
          // Quick exit always succeeds, started or not: forget first, then say goodbye.
          const token = connection.token;
          delete connection.token;
          delete connection.last;
          delete connection.unsaved;
          if (token) await store.delete(token);
          return send({ type: 'bye' });
        }
        default:
          break;
      }

      const token = connection.token;
      if (!token) return error('not_started', 'Send a "start" frame first.');
      const conversation = await load(token);
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
          return commit(token, engine.restart(conversation));
        case 'say': {
          const outcome = engine.say(conversation, frame.text);
          if (outcome.conversation !== conversation) await save(token, outcome.conversation);
          metrics?.happened(outcome.events);
          return send(engine.render(outcome.conversation, token, outcome.notices));
        }
      }
    }

    async function handleStart(frame: Extract<ClientFrame, { type: 'start' }>): Promise<void> {
      const locale = frame.locale ?? 'en';
      connection.locale = locale;
      if (frame.resume !== undefined) {
        const resumed = await fitting(frame.resume, await store.get(frame.resume));
        if (resumed) {
          if (connection.token && connection.token !== frame.resume) await store.delete(connection.token);
          connection.token = frame.resume;
          await save(frame.resume, resumed);
          metrics?.resumed();
          return send(engine.render(resumed, frame.resume));
        }
        error('expired', 'That conversation has ended. Starting again.');
      }
      const started = engine.start(locale, frame.flow);
      if (!started.ok) return error(started.code, started.message);
      // A new start replaces this socket's old conversation; keeping it would only hold data.
      if (connection.token) await store.delete(connection.token);
      delete connection.token;
      delete connection.last;
      delete connection.unsaved;
      return begin(started);
    }

    async function begin(started: ReturnType<Engine['start']>): Promise<void> {
      if (!started.ok) return error(started.code, started.message);
      if (guards.conversationsFull()) return send(busy('The guide is very busy right now. Please try again in a few minutes.'));
      const token = newToken();
      await save(token, started.conversation);
      connection.token = token;
      metrics?.started();
      metrics?.happened(started.events);
      send(engine.render(started.conversation, token));
    }

    async function commit(token: string, result: Result) {
      if (!result.ok) return error(result.code, result.message);
      await save(token, result.conversation);
      metrics?.happened(result.events);
      send(engine.render(result.conversation, token));
    }

    /** A stored conversation that no longer fits the flows (see Engine.revive) counts as expired. */
    async function fitting(token: string, conversation: Conversation | undefined): Promise<Conversation | undefined> {
      const revived = conversation && engine.revive(conversation);
      if (conversation && !revived) await store.delete(token);
      return revived;
    }

    // While the store is out of reach, "I'm in danger now" (chosen, or typed words that route
    // there) must still answer: the turn starts from what this socket last showed, and save()
    // keeps a danger-flow result in this socket's memory until the store takes it. Any other
    // result cannot be saved, so it answers "unavailable" and changes nothing.
    async function load(token: string): Promise<Conversation | undefined> {
      if (connection.unsaved) return connection.unsaved;
      try {
        const conversation = await fitting(token, await store.get(token));
        if (conversation) connection.last = conversation;
        return conversation;
      } catch (err) {
        if (err instanceof StoreUnavailableError && connection.last) return connection.last;
        throw err;
      }
    }

    async function save(token: string, conversation: Conversation): Promise<void> {
      try {
        await store.set(token, conversation);
        delete connection.unsaved;
      } catch (err) {
        if (!(err instanceof StoreUnavailableError) || conversation.at.flow !== DANGER_FLOW) throw err;
        connection.unsaved = conversation;
      }
      connection.last = conversation;
    }
  });
};

function rawText(data: Buffer | ArrayBuffer | Buffer[]): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return data.toString('utf8');
}

