// The real server for the benchmark: the app as `npm start` builds it, rate limiting off
// (RATE_LIMIT=0, and no per-address rates) and caps raised so only the engine, the store and
// the socket layer are measured. In-memory store, or Redis when REDIS_URL is set (--redis).
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { MemoryStore } from '../server/store/memory.js';
import { ready, serveMemoryReports } from './child.js';

const config = loadConfig({
  ...process.env,
  LOG_LEVEL: 'silent',
  RATE_LIMIT: '0',
  MAX_CONNECTIONS_PER_IP: '1000000',
  CONNECTIONS_PER_MINUTE_PER_IP: '0',
  CONVERSATIONS_PER_MINUTE_PER_IP: '0',
  // Far above what a run opens; lru-cache reserves its slots up front, so not millions.
  MAX_CONVERSATIONS: '200000',
});
const memory = config.redisUrl ? undefined : new MemoryStore({ ttlSeconds: config.sessionTtlSeconds, maxConversations: config.limits.maxConversations });
const app = await buildApp({ config, ...(memory ? { store: memory } : {}) });
await app.listen({ port: 0, host: '127.0.0.1' });
serveMemoryReports(() => ({ ...(memory ? { conversations: memory.size } : {}), sockets: app.websocketServer.clients.size }));
ready((app.server.address() as { port: number }).port);
