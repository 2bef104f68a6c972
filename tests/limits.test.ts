// Limits through a real listening server and real `ws` clients: every limit answers with a
// clear error or close, keeps the conversation as it was, and never takes the server down.
import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { defaultLimits, type Limits } from '../server/limits/limits.js';
import { MemoryStore } from '../server/store/memory.js';
import { ChatClient, startServer, testConfig, type TestServer } from './support/server.js';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(limits: Partial<Limits>, store?: MemoryStore): Promise<TestServer> {
  const server = await startServer({
    config: { ...testConfig, limits: { ...defaultLimits, ...limits } },
    ...(store ? { store } : {}),
  });
  servers.push(server);
  return server;
}

/** The HTTP status a refused upgrade answered with, or 101 when the socket opened. */
function upgradeStatus(url: string, headers: Record<string, string> = {}): Promise<{ status: number; socket?: WebSocket }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    socket.once('open', () => resolve({ status: 101, socket }));
    socket.once('unexpected-response', (_req, res) => {
      resolve({ status: res.statusCode ?? 0 });
      res.resume();
      socket.terminate();
    });
    socket.once('error', (err) => {
      if (!/Unexpected server response/.test(err.message)) reject(err);
    });
  });
}

describe('rate limit', () => {
  it('answers frames over the burst with rate_limited, drops them, and keeps the connection', async () => {
    const store = new MemoryStore({ ttlSeconds: 600 });
    // A refill this slow means no token comes back during the test, however slow the machine.
    const server = await serve({ rateLimit: 0.001, rateBurst: 3 }, store);
    const client = await ChatClient.connect(server.wsUrl);
    const first = await client.request({ type: 'start' });
    const kept = await store.get(first.token);

    const frames = [
      { type: 'choose', choice: 'about' },
      { type: 'back' },
      { type: 'choose', choice: 'about' },
      { type: 'back' },
      { type: 'restart' },
      'not even JSON',
    ];
    for (const f of frames) client.send(f);
    const answers = [];
    for (let i = 0; i < frames.length; i++) answers.push(await client.next());

    expect(answers.map((a) => a.node ?? a.code)).toEqual(['about', 'main', 'rate_limited', 'rate_limited', 'rate_limited', 'rate_limited']);
    // The dropped frames changed nothing: the stored conversation is where Back left it.
    expect((await store.get(first.token))?.at).toEqual(kept?.at);
    expect(client.socket.readyState).toBe(WebSocket.OPEN);

    // Danger help is never rate limited: chosen, or asked for in typed words (finding: the
    // danger flow is never refused).
    expect(await client.request({ type: 'choose', choice: 'danger' })).toMatchObject({ type: 'step', flow: 'danger', node: 'now' });
    expect(await client.request({ type: 'say', text: "he's outside" })).toMatchObject({ type: 'step', flow: 'danger' });
    expect(await client.request({ type: 'back' })).toMatchObject({ type: 'error', code: 'rate_limited' });

    // Quick exit is never rate limited: the conversation is forgotten even now.
    expect(await client.request({ type: 'exit' })).toEqual({ type: 'bye' });
    expect(await store.get(first.token)).toBeUndefined();
    client.close();
  });

  it('lets a person tapping as fast as they can through with the defaults', async () => {
    const server = await serve({});
    const client = await ChatClient.connect(server.wsUrl);
    await client.request({ type: 'start' });
    const taps = Array.from({ length: defaultLimits.rateBurst - 1 }, (_, i) => (i % 2 === 0 ? { type: 'choose', choice: 'danger' } : { type: 'back' }));
    for (const t of taps) client.send(t);
    for (let i = 0; i < taps.length; i++) expect((await client.next()).type).toBe('step');
    client.close();
  });

  it('is off when RATE_LIMIT is 0', async () => {
    const server = await serve({ rateLimit: 0, rateBurst: 1 });
    const client = await ChatClient.connect(server.wsUrl);
    await client.request({ type: 'start' });
    for (let i = 0; i < 30; i++) client.send({ type: 'choose', choice: 'not-on-screen' });
    for (let i = 0; i < 30; i++) expect(await client.next()).toMatchObject({ code: 'unknown_choice' });
    client.close();
  });
});

describe('frame size', () => {
  it('answers a frame over MAX_FRAME_BYTES with too_long and carries on', async () => {
    const store = new MemoryStore({ ttlSeconds: 600 });
    const server = await serve({ maxFrameBytes: 1024 }, store);
    const client = await ChatClient.connect(server.wsUrl);
    const first = await client.request({ type: 'start' });
    const before = await store.get(first.token);
    expect(await client.request({ type: 'choose', choice: 'x'.repeat(2000) })).toMatchObject({ type: 'error', code: 'too_long' });
    expect((await store.get(first.token))?.at).toEqual(before?.at);
    expect(await client.request({ type: 'choose', choice: 'danger' })).toMatchObject({ type: 'step', flow: 'danger' });
    client.close();
  });

  it('closes with 1009 past the hard ceiling, and the conversation resumes on a new socket', async () => {
    const server = await serve({ maxFrameBytes: 1024 });
    const client = await ChatClient.connect(server.wsUrl);
    const first = await client.request({ type: 'start' });
    const danger = await client.request({ type: 'choose', choice: 'danger' });
    client.send({ type: 'say', text: 'x'.repeat(64 * 1024) });
    expect((await client.closed).code).toBe(1009);

    const again = await ChatClient.connect(server.wsUrl);
    expect(await again.request({ type: 'start', resume: first.token })).toEqual(danger);
    again.close();
  });
});

describe('connection caps', () => {
  it('refuses a connection over the per-address cap with 429, and lets one in once another closes', async () => {
    const server = await serve({ maxConnectionsPerIp: 3 });
    const open = await Promise.all([1, 2, 3].map(() => ChatClient.connect(server.wsUrl)));
    expect((await upgradeStatus(server.wsUrl)).status).toBe(429);
    // The ones already open are untouched.
    expect(await open[0]!.request({ type: 'start' })).toMatchObject({ type: 'step' });

    open[1]!.close();
    await open[1]!.closed;
    await vi.waitFor(
      async () => {
        const attempt = await upgradeStatus(server.wsUrl);
        attempt.socket?.close();
        expect(attempt.status).toBe(101);
      },
      { timeout: 10_000, interval: 20 },
    );
    for (const c of open) c.close();
  });

  it('holds the cap when many upgrades race: one stays open, every other is refused with 429 or closed with busy', async () => {
    const server = await serve({ maxConnectionsPerIp: 1 });
    const outcomes = await Promise.all(
      Array.from(
        { length: 12 },
        () =>
          new Promise<string>((resolve) => {
            const socket = new WebSocket(server.wsUrl);
            let said = '';
            socket.on('message', (data) => (said = JSON.parse(String(data)).code));
            socket.once('unexpected-response', (_req, res) => {
              res.resume();
              socket.terminate();
              resolve(String(res.statusCode));
            });
            socket.on('error', () => {});
            socket.once('open', () => {
              // Whoever is still open after a round trip holds the one place.
              socket.send(JSON.stringify({ type: 'start' }));
              socket.once('close', (code) => resolve(`${code} ${said}`));
              socket.on('message', (data) => {
                if (JSON.parse(String(data)).type === 'step') resolve('open');
              });
            });
          }),
      ),
    );
    expect(outcomes.filter((o) => o === 'open'), outcomes.join()).toHaveLength(1);
    expect(outcomes.filter((o) => o !== 'open').every((o) => o === '429' || o === '1013 busy')).toBe(true);
  });

  it('finding 1: a full store never refuses a newcomer; the least recently used conversation is forgotten', async () => {
    const store = new MemoryStore({ ttlSeconds: 600, maxConversations: 2 });
    const server = await serve({ maxConversations: 2 }, store);
    const a = await ChatClient.connect(server.wsUrl);
    const b = await ChatClient.connect(server.wsUrl);
    const c = await ChatClient.connect(server.wsUrl);
    await a.request({ type: 'start' });
    const bFirst = await b.request({ type: 'start' });
    expect(await b.request({ type: 'choose', choice: 'about' })).toMatchObject({ type: 'step', node: 'about' });

    expect(await c.request({ type: 'start' })).toMatchObject({ type: 'step', flow: 'menu' });
    expect(await c.request({ type: 'start', flow: 'danger' })).toMatchObject({ type: 'step', flow: 'danger', node: 'now' });
    expect(store.size).toBeLessThanOrEqual(2);
    // b was used more recently than a: a was the one forgotten, and starts again when it acts.
    expect(await b.request({ type: 'back' })).toMatchObject({ type: 'step', token: bFirst.token, node: 'main' });
    expect(await a.request({ type: 'choose', choice: 'danger' })).toMatchObject({ type: 'error', code: 'expired' });
    expect(await a.next()).toMatchObject({ type: 'step', flow: 'menu' });
    for (const x of [a, b, c]) x.close();
  });

});

describe('keep-alive and idle sockets', () => {
  it('drops a peer that stops answering pings', async () => {
    const server = await serve({ pingIntervalMs: 100 });
    const dead = new WebSocket(server.wsUrl, { autoPong: false });
    const closed = new Promise<number>((resolve) => dead.on('close', (code) => resolve(code)));
    await new Promise((resolve) => dead.once('open', resolve));
    // Terminated, not closed politely: the peer is presumed gone.
    expect(await closed).toBe(1006);
  });

  it('keeps a live peer through many pings', async () => {
    const server = await serve({ pingIntervalMs: 50 });
    const client = await ChatClient.connect(server.wsUrl);
    await client.request({ type: 'start' });
    await new Promise<void>((resolve) => {
      let pings = 0;
      client.socket.on('ping', () => {
        if (++pings === 5) resolve();
      });
    });
    expect(client.socket.readyState).toBe(WebSocket.OPEN);
    expect(await client.request({ type: 'choose', choice: 'danger' })).toMatchObject({ type: 'step' });
    client.close();
  });

  it('closes a silent socket with 1000 "idle", keeping the conversation to resume', async () => {
    const server = await serve({ idleTimeoutMs: 200 });
    const client = await ChatClient.connect(server.wsUrl);
    const first = await client.request({ type: 'start' });
    const reason = new Promise<string>((resolve) => client.socket.once('close', (_code, why) => resolve(String(why))));
    expect((await client.closed).code).toBe(1000);
    expect(await reason).toBe('idle');

    const again = await ChatClient.connect(server.wsUrl);
    expect(await again.request({ type: 'start', resume: first.token })).toMatchObject({ type: 'step', token: first.token });
    again.close();
  });
});

describe('a peer that stops reading', () => {
  it('is dropped once a megabyte of answers waits for it, instead of being buffered for', async () => {
    const server = await serve({ rateLimit: 0 });
    const client = await ChatClient.connect(server.wsUrl);
    await client.request({ type: 'start' });
    client.socket.pause(); // read nothing more, keep sending
    const frames = 40_000; // each answer is a step of about 1 KB: far more than the socket buffers hold
    for (let i = 0; i < frames; i++) client.send(i % 2 ? { type: 'back' } : { type: 'choose', choice: 'danger' });
    client.socket.resume();
    expect((await client.closed).code).toBe(1006);
    expect(client.pending).toBeLessThan(frames);
  });
});

describe('behind a reverse proxy', () => {
  it('counts connections per visitor from X-Forwarded-For of a trusted proxy (TRUST_PROXY)', async () => {
    const server = await startServer({
      config: { ...testConfig, trustProxy: ['127.0.0.1'], limits: { ...defaultLimits, maxConnectionsPerIp: 1 } },
    });
    servers.push(server);
    const a = await ChatClient.connect(server.wsUrl, { 'x-forwarded-for': '203.0.113.1' });
    const b = await ChatClient.connect(server.wsUrl, { 'x-forwarded-for': '203.0.113.2' });
    expect((await upgradeStatus(server.wsUrl, { 'x-forwarded-for': '203.0.113.1' })).status).toBe(429);
    a.close();
    b.close();
  });
});
