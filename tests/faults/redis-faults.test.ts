// Issue 10's faults with real processes: real server processes on real redis-servers, real
// signals, and a delaying TCP proxy between a server and its Redis. Nothing here measures time:
// slowness and holds only change the order in which things happen.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ChatClient } from '../support/server.js';
import { startRedis, type RedisServer } from '../support/redis.js';
import { killAllInstances, startInstance, type Instance } from '../support/instance.js';
import { startDelayProxy, type DelayProxy } from '../support/delay-proxy.js';
import { parseValue } from '../../server/store/redis.js';

let redis: RedisServer;
const proxies: DelayProxy[] = [];
const clients: ChatClient[] = [];

beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  for (const c of clients) c.close();
  await killAllInstances();
  await Promise.all(proxies.map((p) => p.close()));
  await redis?.destroy();
});

async function connect(instance: Instance): Promise<ChatClient> {
  const client = await ChatClient.connect(instance.wsUrl);
  clients.push(client);
  return client;
}

async function proxy(): Promise<DelayProxy> {
  const p = await startDelayProxy({ socket: redis.socket });
  proxies.push(p);
  return p;
}

/** What Redis holds for a token: a versioned conversation, the tombstone "-", or null. */
async function inRedis(token: string): Promise<string | null> {
  inside ??= redis.client();
  return inside.get(`safe-steps:${token}`);
}
let inside: ReturnType<RedisServer['client']> | undefined;

/** Forgotten: the tombstone, or (expired) nothing at all. */
const FORGOTTEN = ['-', null];

const exitBeacon = (instance: Instance, token: string) =>
  fetch(`${instance.httpUrl}/exit`, { method: 'POST', body: token, headers: { 'content-type': 'text/plain' } });

async function storeAvailable(instance: Instance): Promise<boolean> {
  const text = await (await fetch(`${instance.httpUrl}/metrics`)).text();
  return /^safe_steps_store_available 1$/m.test(text);
}

describe('Redis stopped and restarted mid-conversation', () => {
  it('the triage and quick exit never fail, and every conversation carries on afterwards', async () => {
    const own = await startRedis();
    try {
      const server = await startInstance({ REDIS_URL: own.url });
      const a = await connect(server);
      const first = await a.request({ type: 'start' });
      const leaver = await connect(server);
      const leaving = await leaver.request({ type: 'start' });
      const beaconed = await (await connect(server)).request({ type: 'start' });

      await own.stop({ save: true });
      expect(await a.request({ type: 'choose', choice: 'about' })).toMatchObject({ type: 'error', code: 'unavailable' });
      expect(await a.request({ type: 'choose', choice: 'danger' })).toMatchObject({ type: 'step', flow: 'danger', node: 'now', token: first.token });
      const b = await connect(server);
      expect(await b.request({ type: 'start' })).toMatchObject({ type: 'error', code: 'unavailable' });
      const bDanger = await b.request({ type: 'start', flow: 'danger' });
      expect(bDanger).toMatchObject({ type: 'step', flow: 'danger', node: 'now' });
      expect(await b.request({ type: 'say', text: 'he is here now and I am scared' })).toMatchObject({ type: 'step', flow: 'danger' });
      expect(await leaver.request({ type: 'exit' })).toEqual({ type: 'bye' });
      expect((await exitBeacon(server, beaconed.token)).status).toBe(204);

      await own.start();
      await vi.waitFor(async () => expect(await storeAvailable(server)).toBe(true), { timeout: 30_000, interval: 100 });

      const scared = await a.request({ type: 'choose', choice: 'not-right-now' });
      expect(scared).toMatchObject({ type: 'step', flow: 'danger', node: 'scared', token: first.token });
      const c = await connect(server);
      expect(await c.request({ type: 'start', resume: first.token })).toEqual(scared);
      const bNext = await b.request({ type: 'choose', choice: 'cant-speak' });
      expect(await c.request({ type: 'start', resume: bDanger.token })).toEqual(bNext);
      // Both quick exits made during the outage were carried out in Redis itself.
      const inside = own.client();
      expect(FORGOTTEN).toContain(await inside.get(`safe-steps:${leaving.token}`));
      expect(FORGOTTEN).toContain(await inside.get(`safe-steps:${beaconed.token}`));
      for (const token of [first.token, leaving.token, beaconed.token, bDanger.token]) expect(server.log()).not.toContain(token);
    } finally {
      await own.destroy();
    }
  }, 60_000);
});

describe('Redis slowed down (a delaying proxy between server and Redis)', () => {
  it('answers every frame in order and correctly, with several people at once', async () => {
    const slow = await proxy();
    slow.setDelay(25);
    const server = await startInstance({ REDIS_URL: slow.url });
    const walk = async () => {
      const client = await connect(server);
      const first = await client.request({ type: 'start' });
      client.send({ type: 'choose', choice: 'danger' });
      client.send({ type: 'choose', choice: 'not-right-now' });
      client.send({ type: 'back' });
      const answers = [await client.next(), await client.next(), await client.next()];
      expect(answers.map((f) => f.node)).toEqual(['now', 'scared', 'now']);
      const again = await connect(server);
      expect(await again.request({ type: 'start', resume: first.token })).toEqual(answers[2]);
      expect(await again.request({ type: 'exit' })).toEqual({ type: 'bye' });
      expect(await client.request({ type: 'choose', choice: 'cant-speak' })).toMatchObject({ type: 'error', code: 'expired' });
      expect(await client.next()).toMatchObject({ type: 'step', flow: 'menu' });
      return first.token as string;
    };
    const tokens = await Promise.all([walk(), walk(), walk(), walk()]);
    for (const token of tokens) expect(FORGOTTEN).toContain(await inRedis(token));
  }, 60_000);
});

describe('SIGTERM with a quick exit in flight', () => {
  it('the exit frame and POST /exit sent while the instance drains are both carried out before it ends', async () => {
    const held = await proxy();
    const server = await startInstance({ REDIS_URL: held.url, SHUTDOWN_GRACE_SECONDS: '30' });
    const a = await connect(server);
    const first = await a.request({ type: 'start' });
    await a.request({ type: 'choose', choice: 'danger' });
    const other = await (await connect(server)).request({ type: 'start' });
    expect(await inRedis(first.token)).toMatch(/danger/);

    // A turn is under way (its write held at the proxy) as the instance is told to stop, so it
    // drains; during the drain the person presses quick exit, and the widget's beacon goes too.
    held.hold();
    a.send({ type: 'choose', choice: 'not-right-now' });
    server.kill('SIGTERM');
    await vi.waitFor(() => expect(server.log()).toMatch(/"msg":"shutting down"/), { timeout: 10_000, interval: 20 });
    // Load balancers hear that it is going; quick exits are still carried out here.
    expect((await fetch(`${server.httpUrl}/healthz`)).status).toBe(503);
    a.send({ type: 'exit' });
    const beacon = exitBeacon(server, other.token);
    // Let the beacon reach the server before Redis answers again (its delete is held meanwhile).
    await vi.waitFor(() => expect(server.log()).toMatch(/"method":"POST","path":"\/exit"/), { timeout: 10_000, interval: 20 });
    held.release();

    expect((await beacon).status).toBe(204);
    expect(await a.closed).toEqual({ code: 1012 });
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(FORGOTTEN).toContain(await inRedis(first.token));
    expect(FORGOTTEN).toContain(await inRedis(other.token));
  }, 60_000);
});

describe('two instances racing on one token', () => {
  it('no update is lost: every answered move is in the stored conversation', async () => {
    const [one, two] = await Promise.all([startInstance({ REDIS_URL: redis.url }), startInstance({ REDIS_URL: redis.url })]);
    for (let round = 0; round < 10; round++) {
      const onOne = await connect(one);
      const first = await onOne.request({ type: 'start' });
      const onTwo = await connect(two);
      expect(await onTwo.request({ type: 'start', resume: first.token })).toEqual(first);
      // From the menu, at the same moment: one asks for danger help, the other for a topic.
      onOne.send({ type: 'choose', choice: 'danger' });
      onTwo.send({ type: 'choose', choice: 'about' });
      const answers = await Promise.all([onOne.next(), onTwo.next()]);
      const moves = answers.filter((f) => f.type === 'step').length;
      const stored = await inRedis(first.token);
      const { conversation } = parseValue(stored!)!;
      // Each answered move added one place to the history; a lost update would leave one out.
      expect(conversation.history.length, JSON.stringify(answers)).toBe(moves);
      expect(answers.find((f) => f.type === 'step')).toBeDefined();
      onOne.close();
      onTwo.close();
    }
  }, 60_000);
});
