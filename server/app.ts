// Builds the Fastify application from its parts. Each concern is its own plugin; this file
// only wires them together, so tests can build the real app with a store of their choosing.
import Fastify, { type FastifyInstance } from 'fastify';
import websocket from '@fastify/websocket';
import fastifyStatic from '@fastify/static';
import rateLimit from '@fastify/rate-limit';
import type { Config } from './config.js';
import { Engine } from './engine/engine.js';
import { flows, MENU_FLOW, DANGER_FLOW } from '../flows/index.js';
import { catalogue } from '../flows/content/index.js';
import { chat } from './chat.js';
import { createStore } from './store/index.js';
import { sharedRouter } from './routing/router.js';
import type { SessionStore } from './store/store.js';
import { publicDir, widgetDir } from './paths.js';
import { loggerOptions, type LogStream } from './logging.js';
import { Metrics, metricsRoute } from './metrics.js';
import { LiveChats } from './live-chats.js';
import { securityHeaders } from './headers.js';
import { hardFrameCeiling } from './limits/limits.js';
import { safeError } from './safe-error.js';
import { exitBeacon } from './exit-beacon.js';
import { WIDGET_PATH, widgetCacheHeaders } from './widget-assets.js';

export interface AppOptions {
  config: Config;
  store?: SessionStore;
  engine?: Engine;
  /** Where JSON log lines go (stdout by default); tests read it to check what is logged. */
  logStream?: LogStream;
  /** How long start-up waits for the session store before starting without it (5 s). */
  storeWaitMs?: number;
}

export async function buildApp({ config, store, engine, logStream, storeWaitMs = 5000 }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    // Requests are logged by method and path only: never an address, a header or a query.
    logger: loggerOptions(config.logLevel, logStream),
    trustProxy: config.trustProxy,
    // While shutting down, POST /exit is still carried out (a quick exit must never be lost);
    // new chat sockets are sent elsewhere by the chat itself (1012).
    return503OnClosing: false,
  });
  // Fastify's own not-found handler logs the whole URL, query string (and any token in it) included.
  app.setNotFoundHandler(async (_request, reply) => reply.code(404).send({ error: 'not_found' }));
  // Per-address rates of new chat sockets and of POST /exit, set on those routes.
  await app.register(rateLimit, { global: false });

  const sessions = store ?? createStore(config, app.log);
  app.addHook('onReady', async () => {
    if (sessions.waitUntilAvailable && !(await sessions.waitUntilAvailable(storeWaitMs))) {
      app.log.warn('starting without the session store: it will be used as soon as it answers');
    }
  });
  app.addHook('onClose', async () => sessions.close());

  const live = new LiveChats();
  const metrics = new Metrics({
    conversationsOpen: () => live.conversationsOpen,
    storeAvailable: () => sessions.isAvailable?.() ?? true,
  });

  if (!config.allowedOrigins) {
    app.log.warn('ALLOWED_ORIGINS is not set: only this server\'s own pages and localhost may open the chat');
  }
  await app.register(securityHeaders, { embeddable: [WIDGET_PATH, '/exit'] });
  await app.register(websocket, {
    options: { maxPayload: hardFrameCeiling(config.limits) },
    // Socket errors are logged without their message, which may quote a frame.
    errorHandler: (err, socket, request) => {
      request.log.warn({ err: safeError(err) }, 'websocket error');
      socket.terminate();
    },
    // On close: finish answers under way, then ask every widget to reconnect (1012).
    preClose: async function (this: FastifyInstance) {
      await live.closeAll();
      await new Promise<void>((resolve) => this.websocketServer.close(() => resolve()));
    },
  });
  await app.register(chat, {
    engine: engine ?? new Engine({ flows, menuFlow: MENU_FLOW, dangerFlow: DANGER_FLOW, catalogue, router: sharedRouter() }),
    store: sessions,
    live,
    metrics,
    limits: config.limits,
    allowedOrigins: config.allowedOrigins,
  });
  await app.register(exitBeacon, {
    store: sessions,
    perMinute: config.limits.exitsPerMinutePerIp,
    counted: () => metrics.exitBeacon(),
  });
  await app.register(metricsRoute, { metrics });

  // Probed every few seconds by load balancers: logged only if something goes wrong.
  // While draining it says so, so load balancers send new people elsewhere (quick exits still work here).
  app.get('/healthz', { logLevel: 'warn' }, async (_request, reply) =>
    live.closing ? reply.code(503).send({ status: 'shutting down' }) : { status: 'ok' },
  );

  // The widget's files: one route per file the build wrote (wildcard: false), each sent as its
  // .br or .gz twin by Accept-Encoding. Kept apart from the demo pages, because preCompressed
  // looks for a compressed twin of every file and so answers 404 for a page that has none.
  await app.register(fastifyStatic, {
    root: widgetDir,
    wildcard: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: widgetCacheHeaders,
  });
  await app.register(fastifyStatic, { root: publicDir, index: 'index.html', decorateReply: false });

  return app;
}
