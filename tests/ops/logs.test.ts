// The log, at its most talkative level, after a conversation full of a marker string, resume
// tokens, bad frames and forwarded addresses: it is JSON, it shows the requests happened, and it
// holds no typed text, no choice, no token and no address.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.js';
import { listenText } from '../../server/logging.js';
import { ChatClient, testConfig } from '../support/server.js';
import { captureLog } from '../support/log.js';

const MARKER = 'zebra-marker-7f3a';
// The person's side: a loopback address of its own, and one a proxy says it forwarded for.
const CLIENT_ADDRESS = '127.0.0.2';
const FORWARDED_FOR = '198.51.100.23';

const log = captureLog();
let app: FastifyInstance;
let base: string;
const clients: ChatClient[] = [];

async function connect(): Promise<ChatClient> {
  const socket = new WebSocket(`ws://127.0.0.1:${(app.server.address() as { port: number }).port}/chat?who=${MARKER}`, {
    localAddress: CLIENT_ADDRESS,
    headers: { 'x-forwarded-for': FORWARDED_FOR, 'user-agent': `${MARKER}-agent`, cookie: `id=${MARKER}` },
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const client = ChatClient.wrap(socket);
  clients.push(client);
  return client;
}

beforeAll(async () => {
  app = await buildApp({ config: { ...testConfig, logLevel: 'trace', trustProxy: true }, logStream: log.stream });
  await app.listen({ port: 0, host: '127.0.0.1', listenTextResolver: listenText });
  base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
});
afterAll(async () => {
  for (const c of clients) c.close();
  await app?.close();
});

describe('logs', () => {
  it('hold no typed text, choice, token or address', async () => {
    const one = await connect();
    const first = await one.request({ type: 'start' });
    await one.request({ type: 'say', text: `${MARKER} my partner hits me` });
    expect(await one.request({ type: 'choose', choice: MARKER })).toMatchObject({ code: 'unknown_choice' });
    expect(await one.request({ type: 'say', text: MARKER.repeat(40) })).toMatchObject({ code: 'too_long' });
    expect(await one.request(`{"type":"say","text":"${MARKER}`)).toMatchObject({ code: 'bad_frame' });
    expect(await one.request({ type: 'start', flow: MARKER })).toMatchObject({ code: 'unknown_flow' });
    await one.request({ type: 'choose', choice: 'danger' });
    one.close();
    await one.closed;

    const two = await connect();
    expect(await two.request({ type: 'start', resume: first.token })).toMatchObject({ type: 'step', token: first.token });
    expect(await two.request({ type: 'exit' })).toEqual({ type: 'bye' });
    expect(await two.request({ type: 'start', resume: `${MARKER}-token` })).toMatchObject({ code: 'expired' });
    const fresh = await two.next();

    await fetch(`${base}/widget.js?token=${first.token}`, { headers: { 'x-forwarded-for': FORWARDED_FOR } });
    await fetch(`${base}/healthz?token=${first.token}`);
    await app.close();

    const entries = log.entries(); // every line is JSON
    expect(entries.some((e) => e.msg === 'incoming request' && (e.req as { path?: string })?.path === '/chat')).toBe(true);
    expect(entries.some((e) => (e.req as { path?: string })?.path === '/widget.js')).toBe(true);
    // Health checks are too frequent to log when all is well.
    expect(entries.some((e) => (e.req as { path?: string })?.path === '/healthz')).toBe(false);
    expect(entries.some((e) => typeof e.msg === 'string' && e.msg.startsWith('listening on port'))).toBe(true);

    const written = log.text();
    for (const secret of [MARKER, first.token, fresh.token, CLIENT_ADDRESS, FORWARDED_FOR, '127.0.0.1', 'danger', 'my partner']) {
      expect(written).not.toContain(secret);
    }
  });
});

describe('the logger itself', () => {
  it('redacts personal keys should any code ever log them', async () => {
    const own = captureLog();
    const logged = await buildApp({ config: { ...testConfig, logLevel: 'info' }, logStream: own.stream });
    logged.log.info(
      { token: `${MARKER}-1`, text: `${MARKER}-2`, choice: `${MARKER}-3`, frame: { type: 'say', text: `${MARKER}-4` }, conversation: { resume: `${MARKER}-5`, ip: `${MARKER}-6` } },
      'a careless log call',
    );
    await logged.close();
    const line = own.entries().find((e) => e.msg === 'a careless log call');
    expect(line).toMatchObject({ token: '[redacted]', text: '[redacted]', choice: '[redacted]', frame: '[redacted]', conversation: { resume: '[redacted]', ip: '[redacted]' } });
    expect(own.text()).not.toContain(MARKER);
  });
});
