// Several real server processes sharing one real Redis, as behind a load balancer: any
// instance carries on any conversation, Back included; a quick exit on one is gone on all; an
// instance killed outright loses nothing; one stopped with SIGTERM tells its widgets to
// reconnect (1012), finishes what it was doing and exits cleanly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatClient } from '../support/server.js';
import { startRedis, type RedisServer } from '../support/redis.js';
import { killAllInstances, startInstance, type Instance } from '../support/instance.js';

let redis: RedisServer;
let a: Instance;
let b: Instance;
const clients: ChatClient[] = [];
const tokens: string[] = [];
const env = () => ({ REDIS_URL: redis.url, SHUTDOWN_GRACE_SECONDS: '30' });

async function connect(instance: Instance): Promise<ChatClient> {
  const client = await ChatClient.connect(instance.wsUrl);
  clients.push(client);
  return client;
}

async function begin(instance: Instance) {
  const client = await connect(instance);
  const first = await client.request({ type: 'start' });
  tokens.push(first.token);
  return { client, first };
}

beforeAll(async () => {
  redis = await startRedis();
  [a, b] = await Promise.all([startInstance(env()), startInstance(env())]);
}, 60_000);

afterAll(async () => {
  for (const c of clients) c.close();
  await killAllInstances();
  await redis?.destroy();
});

describe('two instances sharing Redis', () => {
  it('carry on each other\'s conversations, and a quick exit on one is gone on both', async () => {
    const { client: onA, first } = await begin(a);
    const danger = await onA.request({ type: 'choose', choice: 'danger' });

    const onB = await connect(b);
    expect(await onB.request({ type: 'start', resume: first.token })).toEqual(danger);
    expect(await onB.request({ type: 'exit' })).toEqual({ type: 'bye' });

    expect(await onA.request({ type: 'choose', choice: 'cant-speak' })).toMatchObject({ type: 'error', code: 'expired' });
    expect(await onA.next()).toMatchObject({ type: 'step', flow: 'menu', node: 'main', canGoBack: false });
  });

  it('an instance killed outright loses nothing: the other resumes, Back included', async () => {
    const { client: onA, first } = await begin(a);
    const danger = await onA.request({ type: 'choose', choice: 'danger' });
    const scared = await onA.request({ type: 'choose', choice: 'not-right-now' });

    a.kill('SIGKILL');
    expect((await a.exited).signal).toBe('SIGKILL');
    await onA.closed;

    const onB = await connect(b);
    expect(await onB.request({ type: 'start', resume: first.token })).toEqual(scared);
    expect(await onB.request({ type: 'back' })).toEqual(danger);
    expect(await onB.request({ type: 'back' })).toEqual(first);
    expect(await onB.request({ type: 'choose', choice: 'danger' })).toEqual(danger);
  });

  it('SIGTERM mid-conversation: widgets hear 1012, the process exits 0, and nothing is lost', async () => {
    const c = await startInstance(env());
    const { client: onB, first } = await begin(b);
    const danger = await onB.request({ type: 'choose', choice: 'danger' });

    const seen: any[] = [];
    onB.socket.on('message', (data) => seen.push(JSON.parse(String(data))));
    onB.send({ type: 'choose', choice: 'not-right-now' });
    b.kill('SIGTERM');

    expect(await onB.closed).toEqual({ code: 1012 });
    expect(await b.exited).toEqual({ code: 0, signal: null });
    expect(b.log()).toMatch(/"msg":"shut down cleanly"/);

    // The choice was either answered (and saved) before the socket closed, or never taken on.
    const onC = await connect(c);
    const resumed = await onC.request({ type: 'start', resume: first.token });
    const answered = seen.find((f) => f.type === 'step');
    if (answered) expect(resumed).toEqual(answered);
    expect(['now', 'scared']).toContain(resumed.node);
    expect(resumed).toMatchObject({ type: 'step', flow: 'danger', token: first.token });
    if (resumed.node === 'scared') expect(await onC.request({ type: 'back' })).toEqual(danger);
    else expect(resumed).toEqual(danger);
    expect(await onC.request({ type: 'back' })).toEqual(first);

    // No instance wrote a token to its log.
    for (const instance of [a, b, c]) for (const token of tokens) expect(instance.log()).not.toContain(token);
  });
});
