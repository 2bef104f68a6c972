// Chooses the session store from the configuration: Redis when REDIS_URL is set (several
// instances, restarts lose nothing), otherwise this process's memory (one instance, nothing
// else to run).
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.js';
import { MemoryStore } from './memory.js';
import { RedisStore } from './redis.js';
import type { SessionStore } from './store.js';

export function createStore(config: Config, log: FastifyBaseLogger): SessionStore {
  if (!config.redisUrl) {
    return new MemoryStore({ ttlSeconds: config.sessionTtlSeconds, maxConversations: config.limits.maxConversations });
  }
  return new RedisStore({
    url: config.redisUrl,
    ttlSeconds: config.sessionTtlSeconds,
    keyPrefix: config.redisKeyPrefix,
    onAvailability: (available, reason) => {
      if (available) log.info('session store (Redis) is available');
      else log.warn({ reason }, 'session store (Redis) is unavailable: answering "unavailable" until it is back');
    },
    onPendingDeleteDropped: () => log.warn('too many quick exits wait for Redis: the oldest will expire by its TTL instead'),
  });
}
