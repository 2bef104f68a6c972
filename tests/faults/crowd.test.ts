// Many people, one address; a full service. Real server processes with their defaults, real
// `ws` clients: a crowd behind one address (carrier NAT, a refuge's wifi) is let in up to a
// generous ceiling, another address is never affected, and a full store refuses nobody.
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ChatClient } from '../support/server.js';
import { killAllInstances, startInstance } from '../support/instance.js';

const sockets: WebSocket[] = [];
afterAll(async () => {
  for (const s of sockets) s.terminate();
  await killAllInstances();
});

/** Opens a socket; resolves with it once open, or with the HTTP status or close code that refused it. */
function open(url: string, localAddress?: string): Promise<ChatClient | string> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, localAddress ? { localAddress } : {});
    sockets.push(socket);
    socket.once('unexpected-response', (_req, res) => {
      res.resume();
      socket.terminate();
      resolve(String(res.statusCode));
    });
    socket.on('error', () => {});
    socket.once('open', () => resolve(ChatClient.wrap(socket)));
  });
}

describe('300 sockets from one address', () => {
  it('lets 200 in (the default ceiling), refuses the rest with 429, and serves every other address', async () => {
    const server = await startInstance();
    const outcomes = await Promise.all(Array.from({ length: 300 }, () => open(server.wsUrl)));
    const clients = outcomes.filter((o): o is ChatClient => typeof o !== 'string');
    const refused = outcomes.filter((o): o is string => typeof o === 'string');
    // An upgrade that raced past the first check is closed with 1013 "busy" once open.
    const answers = await Promise.all(clients.map((c) => c.request({ type: 'start', flow: 'danger' }).catch(() => 'closed')));
    const served = answers.filter((a) => a?.type === 'step' && a.flow === 'danger').length;
    expect(served).toBe(200);
    expect(refused.every((status) => status === '429')).toBe(true);
    expect(answers.filter((a) => a?.type !== 'step').every((a) => a === 'closed' || a?.code === 'busy')).toBe(true);

    const elsewhere = await open(server.wsUrl, '127.0.0.2');
    if (typeof elsewhere === 'string') throw new Error(`another address was refused: ${elsewhere}`);
    expect(await elsewhere.request({ type: 'start' })).toMatchObject({ type: 'step', flow: 'menu' });
  }, 60_000);
});

describe('the conversation cap full', () => {
  it('refuses nobody: the conversation idle longest is forgotten instead', async () => {
    const server = await startInstance({ MAX_CONVERSATIONS: '5' });
    const clients: ChatClient[] = [];
    const firsts = [];
    for (let i = 0; i < 8; i++) {
      const client = await open(server.wsUrl);
      if (typeof client === 'string') throw new Error(client);
      clients.push(client);
      firsts.push(await client.request({ type: 'start' }));
    }
    expect(firsts.every((f) => f.type === 'step' && f.flow === 'menu')).toBe(true);
    const newcomer = await open(server.wsUrl, '127.0.0.2');
    if (typeof newcomer === 'string') throw new Error(newcomer);
    expect(await newcomer.request({ type: 'start', flow: 'danger' })).toMatchObject({ type: 'step', flow: 'danger' });
    // The most recent five carry on; the oldest were forgotten and begin again when they act.
    expect(await clients[7]!.request({ type: 'choose', choice: 'danger' })).toMatchObject({ type: 'step', token: firsts[7].token });
    expect(await clients[0]!.request({ type: 'choose', choice: 'danger' })).toMatchObject({ type: 'error', code: 'expired' });
    expect(await clients[0]!.next()).toMatchObject({ type: 'step', flow: 'menu' });
  }, 60_000);
});
