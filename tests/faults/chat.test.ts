// Findings of issue 10 at the chat endpoint and the HTTP routes, through a real listening
// server and real `ws` clients: the bounded queue, a throw outside a turn, POST /exit's rate
// and token rule, new conversations per address, the not-found log and deep redaction.
import Fastify from 'fastify';
import websocket from '@fastify/websocket';
import { afterEach, describe, expect, it } from 'vitest';
import { chat } from '../../server/chat.js';
import { Engine } from '../../server/engine/engine.js';
import { DANGER_FLOW, flows, MENU_FLOW } from '../../flows/index.js';
import { defaultLimits, MAX_QUEUED_FRAMES, type Limits } from '../../server/limits/limits.js';
import type { ChatMetrics } from '../../server/metrics.js';
import { MemoryStore } from '../../server/store/memory.js';
import type { Conversation } from '../../server/engine/conversation.js';
import { ChatClient, startServer, testConfig, type TestServer } from '../support/server.js';
import { captureLog } from '../support/log.js';

const servers: Array<{ close(): Promise<unknown> }> = [];
const clients: ChatClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(limits: Partial<Limits>, options: Parameters<typeof startServer>[0] = {}): Promise<TestServer> {
  const server = await startServer({ config: { ...testConfig, limits: { ...defaultLimits, ...limits } }, ...options });
  servers.push(server);
  return server;
}

async function connect(url: string): Promise<ChatClient> {
  const client = await ChatClient.connect(url);
  clients.push(client);
  return client;
}

/** The in-memory store, whose writes can be held still: turns pile up behind the one in flight. */
class HeldStore extends MemoryStore {
  private gate: Promise<void> | undefined;
  private open = () => {};
  hold(): void {
    this.gate = new Promise((resolve) => (this.open = resolve));
  }
  release(): void {
    this.gate = undefined;
    this.open();
  }
  override async update(token: string, conversation: Conversation, version: number) {
    await this.gate;
    return super.update(token, conversation, version);
  }
}

/** Resolves once the server has read every frame sent before it: it answers a ping in order. */
function pong(client: ChatClient): Promise<void> {
  return new Promise((resolve) => {
    client.socket.once('pong', () => resolve());
    client.socket.ping();
  });
}

describe('finding 5: the per-socket queue is bounded and nothing rejects the chain', () => {
  it('answers busy past the bound, in order, and carries on', async () => {
    const store = new HeldStore({ ttlSeconds: 600 });
    const server = await serve({ rateLimit: 0 }, { store });
    const client = await connect(server.wsUrl);
    await client.request({ type: 'start' });

    store.hold();
    const sent = MAX_QUEUED_FRAMES + 8;
    // Not danger help: that passes the bound as it passes the rate limit.
    for (let i = 0; i < sent; i++) client.send(i % 2 === 0 ? { type: 'choose', choice: 'about' } : { type: 'back' });
    await pong(client);
    store.release();

    const answers = [];
    for (let i = 0; i < sent; i++) answers.push(await client.next());
    expect(answers.slice(0, MAX_QUEUED_FRAMES).every((a) => a.type === 'step')).toBe(true);
    expect(answers.slice(MAX_QUEUED_FRAMES).map((a) => a.code)).toEqual(Array(8).fill('busy'));
    expect(await client.request({ type: 'choose', choice: 'danger' })).toMatchObject({ type: 'step', flow: 'danger' });
    expect(await client.request({ type: 'exit' })).toEqual({ type: 'bye' });
  });

  it('a throw outside the turn (here, the metrics) is logged, and neither the socket nor the process ends', async () => {
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    const log = captureLog();
    const app = Fastify({ logger: { level: 'error', stream: log.stream } });
    servers.push(app);
    const metrics: ChatMetrics = {
      started: () => {},
      resumed: () => {},
      sent: () => {},
      happened: () => {},
      printed: () => {},
      turn: () => {
        throw new RangeError('metrics broke');
      },
    };
    await app.register(websocket);
    await app.register(chat, {
      engine: new Engine({ flows, menuFlow: MENU_FLOW, dangerFlow: DANGER_FLOW }),
      store: new MemoryStore({ ttlSeconds: 60 }),
      metrics,
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const client = await connect(`ws://127.0.0.1:${(app.server.address() as { port: number }).port}/chat`);
    expect(await client.request({ type: 'start' })).toMatchObject({ type: 'step', flow: 'menu' });
    expect(await client.request({ type: 'choose', choice: 'danger' })).toMatchObject({ type: 'step', flow: 'danger' });
    await log.waitFor(/chat turn failed/);
    await new Promise((resolve) => setImmediate(resolve));
    process.off('unhandledRejection', onRejection);
    expect(rejections).toEqual([]);
    expect(log.text()).toMatch(/"name":"RangeError"/);
  });
});

describe('new conversations per address', () => {
  it('past its rate an address gets busy for a new conversation, never for the danger triage', async () => {
    const store = new MemoryStore({ ttlSeconds: 600 });
    const server = await serve({ conversationsPerMinutePerIp: 2 }, { store });
    const client = await connect(server.wsUrl);
    const first = await client.request({ type: 'start' });
    expect(first).toMatchObject({ type: 'step' });
    expect(await client.request({ type: 'restart' })).toMatchObject({ type: 'step', token: first.token });
    expect(await client.request({ type: 'start' })).toMatchObject({ type: 'step' });
    expect(await client.request({ type: 'start' })).toMatchObject({ type: 'error', code: 'busy' });
    const other = await connect(server.wsUrl);
    const danger = await other.request({ type: 'start', flow: 'danger' });
    expect(danger).toMatchObject({ type: 'step', flow: 'danger', node: 'now' });
    expect(await other.request({ type: 'choose', choice: 'cant-speak' })).toMatchObject({ node: 'silentSolution', token: danger.token });
    expect(await other.request({ type: 'exit' })).toEqual({ type: 'bye' });
  });
});

describe('POST /exit', () => {
  const post = (server: TestServer, body: string) =>
    fetch(`${server.httpUrl}/exit`, { method: 'POST', body, headers: { 'content-type': 'text/plain' } });

  it('finding 6: is rate-limited per address (429 past it)', async () => {
    const server = await serve({ exitsPerMinutePerIp: 3 });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await post(server, 'x'.repeat(32))).status);
    expect(statuses).toEqual([204, 204, 204, 429, 429]);
  });

  it('finding 9: forgets only a token shaped exactly as issued (the same rule as resume)', async () => {
    const asked: string[] = [];
    class Recording extends MemoryStore {
      override delete(token: string) {
        asked.push(token);
        return super.delete(token);
      }
    }
    const store = new Recording({ ttlSeconds: 600 });
    const server = await serve({}, { store });
    const client = await connect(server.wsUrl);
    const first = await client.request({ type: 'start' });
    for (const body of [first.token.slice(1), `${first.token}x`, `${first.token.slice(1)}=`, `${first.token.slice(1)}:`]) {
      expect((await post(server, body)).status).toBe(204);
    }
    expect(asked).toEqual([]);
    expect((await post(server, first.token)).status).toBe(204);
    expect(asked).toEqual([first.token]);
    expect(await store.read(first.token)).toBeUndefined();
  });
});

describe('finding 8: a token in a URL never reaches the log, at any depth', () => {
  it('the not-found handler logs no query string, and redaction reaches every depth', async () => {
    const log = captureLog();
    const server = await serve({}, { config: { ...testConfig, logLevel: 'trace' }, logStream: log.stream });
    const marker = 'QueryMarker7c1e2b9f0d8a4b6c5e3f2a1b';
    const response = await fetch(`${server.httpUrl}/no/such/page?token=${marker}&resume=${marker}`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'not_found' });
    server.app.log.info({ outer: { inner: { deeper: { text: `${marker}1`, token: `${marker}2` } } }, list: [{ choice: `${marker}3` }] }, 'nested');
    const written = log.text();
    expect(written).toMatch(/no\/such\/page/);
    expect(written).toMatch(/"msg":"nested"/);
    expect(written).not.toContain(marker);
    expect(written).toContain('[redacted]');
  });
});
