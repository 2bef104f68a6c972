// The real server for the benchmark: the app as `npm start` builds it, in-memory store, rate
// limiting off (RATE_LIMIT=0) and caps raised so only the engine and the socket layer are measured.
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { MemoryStore } from '../server/store/memory.js';
import { ready, serveMemoryReports } from './child.js';

const config = loadConfig({
  ...process.env,
  LOG_LEVEL: 'silent',
  RATE_LIMIT: '0',
  MAX_CONNECTIONS_PER_IP: '1000000',
  MAX_CONVERSATIONS: '10000000',
});
const store = new MemoryStore({ ttlSeconds: config.sessionTtlSeconds });
const app = await buildApp({ config, store });
await app.listen({ port: 0, host: '127.0.0.1' });
serveMemoryReports(() => ({ conversations: store.size, sockets: app.websocketServer.clients.size }));
ready((app.server.address() as { port: number }).port);
