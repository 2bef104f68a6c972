import { afterAll, beforeAll } from 'vitest';
import { RedisStore } from '../../server/store/redis.js';
import { startRedis, type RedisServer } from '../support/redis.js';
import { sessionStoreContract } from './contract.js';

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis?.destroy();
});

let run = 0;
sessionStoreContract('Redis store', async (ttlSeconds) => {
  // Each test gets its own prefix, so no test sees another's keys.
  const keyPrefix = `contract-${++run}:`;
  const store = new RedisStore({ url: redis.url, ttlSeconds, keyPrefix });
  await store.waitUntilAvailable(10_000);
  const inside = redis.client();
  return {
    store,
    // Time passing, as Redis sees it: every key's remaining TTL shrinks; at zero Redis drops it.
    age: async (seconds) => {
      const keys = await inside.keys(`${keyPrefix}*`);
      for (const key of keys) {
        const left = await inside.pttl(key);
        const after = left - seconds * 1000;
        if (after > 0) await inside.pexpire(key, after);
        else await inside.del(key);
      }
    },
    close: async () => {
      await store.close();
      inside.disconnect();
    },
  };
});
