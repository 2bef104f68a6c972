// POST /exit: quick exit over plain HTTP, for when the chat socket is down, dormant or
// reconnecting. The widget sends the resume token with navigator.sendBeacon as text/plain, a
// "simple" cross-origin request (no preflight), so the page can leave at once and the request
// still goes. The conversation is forgotten (server/session.ts `forget`, as the socket's quick
// exit) before the answer.
//
// Any page may send it (the token is the only key, and only its holder has it): server/app.ts
// lists /exit with /widget.js among the paths the security headers open to every origin. Each
// address may send so many a minute (@fastify/rate-limit, registered in app.ts); past that, 429.
//
// The answer is 204 whatever the body says, so the endpoint tells nobody whether a token
// existed. The token is never logged: requests are logged by method and path only, and a
// failure by its error's name (server/safe-error.ts).
import type { FastifyPluginAsync } from 'fastify';
import type { SessionStore } from './store/store.js';
import { safeError } from './safe-error.js';
import { forget } from './session.js';
import { addressGroup } from './limits/address.js';

export interface ExitBeaconOptions {
  store: SessionStore;
  /** Requests per minute from one address; 0 turns the limit off. */
  perMinute?: number;
  /** Counts exits that came this way (the widget sends one on every exit that has a conversation). */
  counted?: () => void;
}

/** A token is 32 characters; anything much longer is not one, and is not read. */
export const EXIT_BODY_LIMIT = 256;

export const exitBeacon: FastifyPluginAsync<ExitBeaconOptions> = async (app, { store, perMinute = 0, counted }) => {
  // In this plugin's own scope: whatever type a page sends, the body is read as text, and only
  // up to the limit (past it Fastify answers 413 without reading on).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string', bodyLimit: EXIT_BODY_LIMIT }, (_request, body, done) => done(null, body));

  // A page that uses fetch rather than sendBeacon may ask first.
  app.options('/exit', async (_request, reply) => {
    void reply.header('access-control-allow-methods', 'POST');
    void reply.header('access-control-allow-headers', 'content-type');
    void reply.header('access-control-max-age', '86400');
    return reply.code(204).send();
  });

  const rateLimit = perMinute > 0 ? { max: perMinute, timeWindow: 60_000, keyGenerator: (r: { ip: string }) => addressGroup(r.ip) } : false;
  app.post('/exit', { config: { rateLimit } }, async (request, reply) => {
    const token = typeof request.body === 'string' ? request.body.trim() : '';
    try {
      // The Redis store remembers a delete it could not make and makes it when Redis answers.
      await forget(store, token);
    } catch (err) {
      request.log.warn({ err: safeError(err) }, 'quick exit beacon: delete failed');
    }
    counted?.();
    return reply.code(204).send();
  });
};
