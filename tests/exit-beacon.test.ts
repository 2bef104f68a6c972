// POST /exit over a real port: quick exit when the socket cannot carry it. It forgets the
// conversation at once, answers 204 whatever it was sent (so it tells nobody whether a token
// existed), refuses a body past a few hundred bytes with 413 and changes nothing, lets any page
// send it, and never writes the token to the log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatClient, startServer, type TestServer } from './support/server.js';
import { captureLog, type CapturedLog } from './support/log.js';
import { testConfig } from './support/server.js';
import { EXIT_BODY_LIMIT } from '../server/exit-beacon.js';

let server: TestServer;
let log: CapturedLog;
const clients: ChatClient[] = [];

beforeAll(async () => {
  log = captureLog();
  server = await startServer({ config: { ...testConfig, logLevel: 'trace' }, logStream: log.stream });
});
afterAll(async () => {
  for (const c of clients) c.close();
  await server.close();
});

/** A conversation one step in, on a socket of its own: its token. */
async function conversation(): Promise<string> {
  const client = await ChatClient.connect(server.wsUrl);
  clients.push(client);
  const first = await client.request({ type: 'start' });
  await client.request({ type: 'choose', choice: 'about' });
  return first.token as string;
}

/** What a fresh socket is told when it asks to carry on with `token`. */
async function resume(token: string): Promise<{ type: string; code?: string; node?: string }> {
  const client = await ChatClient.connect(server.wsUrl);
  try {
    return await client.request({ type: 'start', resume: token });
  } finally {
    client.close();
  }
}

function beacon(body: string, headers: Record<string, string> = { 'content-type': 'text/plain;charset=UTF-8' }) {
  return fetch(`${server.httpUrl}/exit`, { method: 'POST', body, headers: { origin: 'https://some-charity.example', ...headers } });
}

async function beaconsCounted(): Promise<number> {
  const text = await (await fetch(`${server.httpUrl}/metrics`)).text();
  return Number(/^safe_steps_quick_exit_beacons_total (\S+)$/m.exec(text)?.[1]);
}

describe('POST /exit', () => {
  it('forgets the conversation: a resume with its token then answers expired', async () => {
    const token = await conversation();
    const before = await beaconsCounted();
    const answer = await beacon(token);
    expect(answer.status).toBe(204);
    expect(await answer.text()).toBe('');
    // Any page may send it, and a no-cors beacon's answer is not blocked.
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect(await resume(token)).toMatchObject({ type: 'error', code: 'expired' });
    expect(await beaconsCounted()).toBe(before + 1);
  });

  it('leaves every other conversation as it was', async () => {
    const kept = await conversation();
    const gone = await conversation();
    expect((await beacon(gone)).status).toBe(204);
    expect(await resume(kept)).toMatchObject({ type: 'step', node: 'about' });
    expect(await resume(gone)).toMatchObject({ type: 'error', code: 'expired' });
  });

  it('answers 204 to anything of a sensible size, token or not, and changes nothing', async () => {
    const kept = await conversation();
    const bodies = ['', 'not-a-token', `${kept}x`, kept.slice(1), 'a'.repeat(200), '{"type":"exit"}', '\u0000\u00ff', `${kept}\n${kept}`];
    for (const body of bodies) expect((await beacon(body)).status, JSON.stringify(body)).toBe(204);
    // Other content types (a form post, JSON) are read the same way, and no body at all is fine.
    expect((await beacon('x', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(204);
    expect((await beacon('{}', { 'content-type': 'application/json' })).status).toBe(204);
    expect((await fetch(`${server.httpUrl}/exit`, { method: 'POST' })).status).toBe(204);
    expect(await resume(kept)).toMatchObject({ type: 'step', node: 'about' });
  });

  it('refuses a body past its limit with 413, and that changes nothing either', async () => {
    const kept = await conversation();
    const big = await beacon(kept + ' '.repeat(EXIT_BODY_LIMIT));
    expect(big.status).toBe(413);
    expect(await resume(kept)).toMatchObject({ type: 'step', node: 'about' });
    // The server is still fine, and the same token at a sensible size still works.
    expect((await beacon(kept)).status).toBe(204);
    expect(await resume(kept)).toMatchObject({ type: 'error', code: 'expired' });
  });

  it('answers a CORS preflight, for pages that use fetch rather than sendBeacon', async () => {
    const answer = await fetch(`${server.httpUrl}/exit`, {
      method: 'OPTIONS',
      headers: { origin: 'https://some-charity.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect(answer.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('never writes the token to the log, even at trace level', async () => {
    const token = await conversation();
    expect((await beacon(token)).status).toBe(204);
    expect((await beacon(token + ' '.repeat(EXIT_BODY_LIMIT))).status).toBe(413);
    await log.waitFor(/"path":"\/exit"/);
    expect(log.text()).toMatch(/"statusCode":413/);
    expect(log.text()).not.toContain(token);
    expect(log.text()).not.toContain(token.slice(0, 12));
  });
});
