// Builds the Fastify application from its parts. Each concern is its own plugin; this file
// only wires them together, so tests can build the real app with a store of their choosing.
import Fastify, { type FastifyInstance } from 'fastify';
import websocket from '@fastify/websocket';
import fastifyStatic from '@fastify/static';
import type { Config } from './config.js';
import { Engine } from './engine/engine.js';
import { flows, MENU_FLOW, DANGER_FLOW } from '../flows/index.js';
import { chat } from './chat.js';
import { MemoryStore } from './store/memory.js';
import type { SessionStore } from './store/store.js';
import { publicDir, widgetDir } from './paths.js';
import { securityHeaders } from './headers.js';
import { hardFrameCeiling } from './limits/limits.js';
import { safeError } from './safe-error.js';

export interface AppOptions {
  config: Config;
  store?: SessionStore;
  engine?: Engine;
}

export async function buildApp({ config, store, engine }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    // Per-address limits need the visitor's address, not the proxy's (TRUST_PROXY).
    trustProxy: config.trustProxy?.join(',') ?? false,
    logger: {
      level: config.logLevel,
      // Requests are logged by method and path only: never an address, a header or a query.
      serializers: {
        req: (req) => ({ method: req.method, path: req.url.split('?')[0] }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
    },
  });

  const sessions = store ?? new MemoryStore({ ttlSeconds: config.sessionTtlSeconds });
  app.addHook('onClose', async () => sessions.close());

  if (!config.allowedOrigins) {
    app.log.warn('ALLOWED_ORIGINS is not set: only this server\'s own pages and localhost may open the chat');
  }
  await app.register(securityHeaders, { embeddable: ['/widget.js'] });
  await app.register(websocket, {
    options: { maxPayload: hardFrameCeiling(config.limits) },
    // Socket errors are logged without their message, which may quote a frame.
    errorHandler: (err, socket, request) => {
      request.log.warn({ err: safeError(err) }, 'websocket error');
      socket.terminate();
    },
  });
  await app.register(chat, {
    engine: engine ?? new Engine({ flows, menuFlow: MENU_FLOW, dangerFlow: DANGER_FLOW }),
    store: sessions,
    limits: config.limits,
    allowedOrigins: config.allowedOrigins,
  });

  app.get('/healthz', async () => ({ status: 'ok' }));

  await app.register(fastifyStatic, { root: [publicDir, widgetDir], index: 'index.html' });

  return app;
}
