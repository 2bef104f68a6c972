// Redis goes away mid-conversation and comes back: the server answers "unavailable" and keeps
// every socket open, "I'm in danger now" and its contacts still answer, a quick exit still
// says bye (and is carried out later), and conversations carry on once Redis returns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisStore } from '../../server/store/redis.js';
import { ChatClient, startServer, testConfig, type TestServer } from '../support/server.js';
import { redisPlace, startRedis, type RedisServer } from '../support/redis.js';
import { buildApp } from '../../server/app.js';
import { captureLog } from '../support/log.js';

let redis: RedisServer;
let server: TestServer;
let store: RedisStore;
const log = captureLog();
const clients: ChatClient[] = [];

async function connect(): Promise<ChatClient> {
  const client = await ChatClient.connect(server.wsUrl);
  clients.push(client);
  return client;
}

async function metric(name: string): Promise<string> {
  const text = await (await fetch(`${server.httpUrl}/metrics`)).text();
  return text.split('\n').filter((l) => l.startsWith(name)).join('\n');
}

beforeAll(async () => {
  redis = await startRedis();
  store = new RedisStore({ url: redis.url, ttlSeconds: 1800, keyPrefix: 'outage:' });
  server = await startServer({ config: { ...testConfig, logLevel: 'info' }, store, logStream: log.stream });
});
afterAll(async () => {
  for (const c of clients) c.close();
  await server?.close();
  await redis?.destroy();
});

describe('when Redis goes away and comes back', () => {
  it('answers unavailable, keeps the triage working, and loses nothing', async () => {
    const a = await connect();
    const menu = await a.request({ type: 'start' });
    expect(menu).toMatchObject({ type: 'step', flow: 'menu', node: 'main' });
    const leaver = await connect();
    const leaving = await leaver.request({ type: 'start' });

    await redis.stop({ save: true });

    // An ordinary answer cannot be saved: a clear error, the socket stays open.
    const refused = await a.request({ type: 'choose', choice: 'about' });
    expect(refused).toMatchObject({ type: 'error', code: 'unavailable' });
    expect(refused.message).toMatch(/999/);
    expect(a.socket.readyState).toBe(a.socket.OPEN);

    // "I'm in danger now" still answers, with every number, and its flow goes on.
    const danger = await a.request({ type: 'choose', choice: 'danger' });
    expect(danger).toMatchObject({ type: 'step', flow: 'danger', node: 'now', canGoBack: true, token: menu.token });
    const tels = danger.messages.map((m: any) => m.contact?.tel).filter(Boolean);
    expect(tels).toEqual(expect.arrayContaining(['999', '08082000247']));
    expect(await a.request({ type: 'choose', choice: 'cant-speak' })).toMatchObject({ node: 'silentSolution' });
    expect(await a.request({ type: 'back' })).toMatchObject({ node: 'now' });

    // A new visitor: an ordinary start cannot be saved, but the danger flow starts at once.
    const b = await connect();
    expect(await b.request({ type: 'start' })).toMatchObject({ type: 'error', code: 'unavailable' });
    const bDanger = await b.request({ type: 'start', flow: 'danger' });
    expect(bDanger).toMatchObject({ type: 'step', flow: 'danger', node: 'now' });

    // Quick exit never fails for the person.
    expect(await leaver.request({ type: 'exit' })).toEqual({ type: 'bye' });

    // The service is alive, and says what is wrong.
    expect((await fetch(`${server.httpUrl}/healthz`)).status).toBe(200);
    expect(await metric('safe_steps_store_available')).toMatch(/ 0$/m);
    expect(await metric('safe_steps_errors_total{code="unavailable"}')).toMatch(/ 2$/);

    await redis.start();
    expect(await store.waitUntilAvailable(30_000)).toBe(true);
    expect(await metric('safe_steps_store_available')).toMatch(/ 1$/m);

    // The same socket carries on, and this time the answer is saved.
    const scared = await a.request({ type: 'choose', choice: 'not-right-now' });
    expect(scared).toMatchObject({ type: 'step', flow: 'danger', node: 'scared', token: menu.token });
    const c = await connect();
    expect(await c.request({ type: 'start', resume: menu.token })).toEqual(scared);
    expect(await c.request({ type: 'back' })).toMatchObject({ flow: 'danger', node: 'now' });
    expect(await c.request({ type: 'back' })).toMatchObject({ flow: 'menu', node: 'main' });

    // The conversation begun during the outage is saved on its next answer.
    const bNext = await b.request({ type: 'choose', choice: 'cant-speak' });
    const d = await connect();
    expect(await d.request({ type: 'start', resume: bDanger.token })).toEqual(bNext);

    // The exit made during the outage was carried out in Redis.
    const e = await connect();
    expect(await e.request({ type: 'start', resume: leaving.token })).toMatchObject({ type: 'error', code: 'expired' });
    expect(await e.next()).toMatchObject({ type: 'step', flow: 'menu' });

    // The outage is in the log, as codes; no token is.
    const written = log.text();
    expect(written).toMatch(/did not answer: (disconnected|timeout|ECONNREFUSED)[^\n]*"msg":"chat frame failed"/);
    for (const token of [menu.token, leaving.token, bDanger.token]) expect(written).not.toContain(token);
  });
});

describe('when Redis is not up yet as the server starts', () => {
  it('starts anyway, keeps the triage working, and uses Redis as soon as it answers', async () => {
    const place = redisPlace();
    const bootLog = captureLog();
    const app = await buildApp({
      config: { ...testConfig, logLevel: 'info', redisUrl: place.url, redisKeyPrefix: 'boot:' },
      logStream: bootLog.stream,
      // Nothing will answer at start-up: no need to wait the usual 5 s to find that out.
      storeWaitMs: 0,
    });
    let late: RedisServer | undefined;
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      expect(bootLog.text()).toMatch(/starting without the session store/);
      const url = `ws://127.0.0.1:${(app.server.address() as { port: number }).port}/chat`;

      const client = await ChatClient.connect(url);
      clients.push(client);
      expect(await client.request({ type: 'start' })).toMatchObject({ type: 'error', code: 'unavailable' });
      const danger = await client.request({ type: 'start', flow: 'danger' });
      expect(danger).toMatchObject({ type: 'step', flow: 'danger', node: 'now' });

      late = await startRedis({ at: place });
      await bootLog.waitFor(/session store \(Redis\) is available/);

      const saved = await client.request({ type: 'choose', choice: 'cant-speak' });
      expect(saved).toMatchObject({ flow: 'danger', node: 'silentSolution' });
      const again = await ChatClient.connect(url);
      clients.push(again);
      expect(await again.request({ type: 'start', resume: danger.token })).toEqual(saved);
      expect(await again.request({ type: 'restart' })).toMatchObject({ flow: 'menu', node: 'main' });
    } finally {
      await app.close();
      await late?.destroy();
    }
  }, 60_000);
});
