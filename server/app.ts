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
import { Router } from './routing/router.js';
import type { SessionStore } from './store/store.js';
import { publicDir, widgetDir } from './paths.js';

export interface AppOptions {
  config: Config;
  store?: SessionStore;
  engine?: Engine;
  /** Where log lines go instead of stdout (tests read them to prove nothing personal is logged). */
  logStream?: { write(line: string): void };
}

export async function buildApp({ config, store, engine, logStream }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      ...(logStream ? { stream: logStream } : {}),
      // Requests are logged by method and path only: never an address, a header or a query.
      serializers: {
        req: (req) => ({ method: req.method, path: req.url.split('?')[0] }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
    },
  });

  const sessions = store ?? new MemoryStore({ ttlSeconds: config.sessionTtlSeconds });
  app.addHook('onClose', async () => sessions.close());

  await app.register(websocket);
  await app.register(chat, {
    engine: engine ?? new Engine({ flows, menuFlow: MENU_FLOW, dangerFlow: DANGER_FLOW, router: new Router() }),
    store: sessions,
  });

  app.get('/healthz', async () => ({ status: 'ok' }));

  await app.register(fastifyStatic, { root: [publicDir, widgetDir], index: 'index.html' });

  return app;
}
