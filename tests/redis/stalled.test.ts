// A Redis that stalls without closing its connections (frozen with SIGSTOP: the socket stays
// open and nothing is answered, as an overloaded Redis or a network that drops packets). Only
// the command watchdog can notice: each command still fails once its bound has passed, the
// server answers "unavailable", and the danger help and the quick exit answer as in an outage.
// No timings are asserted: Redis stays frozen until the failure has arrived, so a watchdog that
// never fired would hang the test to its timeout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisStore } from '../../server/store/redis.js';
import { StoreUnavailableError } from '../../server/store/store.js';
import { ChatClient, startServer, testConfig, type TestServer } from '../support/server.js';
import { dangerConversation } from '../support/conversations.js';
import { startRedis, type RedisServer } from '../support/redis.js';

const conversation = dangerConversation;

let redis: RedisServer;
const stores: RedisStore[] = [];
const clients: ChatClient[] = [];
let server: TestServer | undefined;

beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  redis?.resume();
  for (const c of clients) c.close();
  await server?.close();
  await Promise.all(stores.map((s) => s.close()));
  await redis?.destroy();
});

describe('when Redis stalls with its connections open', () => {
  it('the store fails every waiting command as a timeout, and is available again once Redis answers', async () => {
    const reasons: (string | undefined)[] = [];
    const store = new RedisStore({
      url: redis.url,
      ttlSeconds: 1800,
      keyPrefix: 'stall:',
      commandTimeoutMs: 300,
      onAvailability: (available, reason) => reasons.push(available ? 'available' : reason),
    });
    stores.push(store);
    expect(await store.waitUntilAvailable(10_000)).toBe(true);
    expect(await store.create('kept', conversation)).toBe(true);

    redis.pause();
    // Several commands in flight at once, of every kind the store sends: all of them fail.
    const waiting = [store.update('kept', conversation, 1), store.get('kept'), store.create('other', conversation)];
    for (const result of await Promise.allSettled(waiting)) {
      expect(result.status).toBe('rejected');
      expect((result as PromiseRejectedResult).reason).toBeInstanceOf(StoreUnavailableError);
      expect(String((result as PromiseRejectedResult).reason.message)).toMatch(/timeout/);
    }
    expect(store.isAvailable()).toBe(false);
    expect(reasons).toContain('timeout');

    redis.resume();
    // The same connection answers again: the next command succeeds and the store is back.
    await expect.poll(async () => (await store.get('kept').catch(() => 'failed')) ?? 'gone', { timeout: 20_000 }).toEqual(conversation);
    expect(store.isAvailable()).toBe(true);
    expect(await store.update('kept', conversation, (await store.read('kept'))!.version)).toMatchObject({ ok: true });
  });

  it('the server answers "unavailable", the danger help and the quick exit still answer, and the conversation carries on', async () => {
    const store = new RedisStore({ url: redis.url, ttlSeconds: 1800, keyPrefix: 'stall-server:', commandTimeoutMs: 300 });
    stores.push(store);
    server = await startServer({ config: testConfig, store });
    expect(await store.waitUntilAvailable(10_000)).toBe(true);
    const a = await ChatClient.connect(server.wsUrl);
    const leaver = await ChatClient.connect(server.wsUrl);
    clients.push(a, leaver);
    const menu = await a.request({ type: 'start' });
    expect(menu).toMatchObject({ type: 'step', flow: 'menu', node: 'main' });
    const leaving = await leaver.request({ type: 'start' });

    redis.pause();
    // The tap's write waits for the bound, then fails: a clear error, the socket stays open.
    const refused = await a.request({ type: 'choose', choice: 'about' });
    expect(refused).toMatchObject({ type: 'error', code: 'unavailable' });
    expect(a.socket.readyState).toBe(a.socket.OPEN);
    // "I'm in danger now" answers with its numbers while Redis is still frozen.
    const danger = await a.request({ type: 'choose', choice: 'danger' });
    expect(danger).toMatchObject({ type: 'step', flow: 'danger', node: 'now' });
    expect(danger.messages.map((m: any) => m.contact?.tel).filter(Boolean)).toEqual(expect.arrayContaining(['999', '08082000247']));
    // Quick exit says bye at once, and is carried out when Redis answers again.
    expect(await leaver.request({ type: 'exit' })).toEqual({ type: 'bye' });

    redis.resume();
    // The connection never closed, so no reconnect comes: the next answered command brings the
    // store back, and the quick exit waiting since the stall is carried out in Redis. (Redis
    // still carries out a write it received before the stall once it thaws, though the person
    // was told "unavailable", as with any timeout: so the node it carries on from is not asserted.)
    const c = await ChatClient.connect(server.wsUrl);
    clients.push(c);
    expect(await c.request({ type: 'start', resume: menu.token })).toMatchObject({ type: 'step', token: menu.token });
    expect(await store.waitUntilAvailable(20_000)).toBe(true);
    expect(store.pendingDeleteCount).toBe(0);
    const other = new RedisStore({ url: redis.url, ttlSeconds: 1800, keyPrefix: 'stall-server:' });
    stores.push(other);
    expect(await other.waitUntilAvailable(10_000)).toBe(true);
    expect(await other.get(leaving.token)).toBeUndefined();
    expect(await other.get(menu.token)).toBeDefined();
  });
});
