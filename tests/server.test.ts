// The server through a real listening port and a real `ws` client, frame by frame as
// docs/protocol.md describes them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatClient, startServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});

async function started(): Promise<{ client: ChatClient; first: any }> {
  const client = await ChatClient.connect(server.wsUrl);
  const first = await client.request({ type: 'start' });
  return { client, first };
}

describe('HTTP', () => {
  it('answers /healthz', async () => {
    const res = await fetch(`${server.httpUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('serves the demo page, which embeds the widget with one script tag', async () => {
    const res = await fetch(`${server.httpUrl}/`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html.match(/<script[^>]*src="\/widget\.js"[^>]*><\/script>/g)).toHaveLength(1);
  });

  it('serves the widget bundle as JavaScript', async () => {
    const res = await fetch(`${server.httpUrl}/widget.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect((await res.text()).length).toBeGreaterThan(1000);
  });
});

describe('start', () => {
  it('begins at the main menu with an unguessable token', async () => {
    const { client, first } = await started();
    expect(first).toMatchObject({ type: 'step', flow: 'menu', node: 'main', canGoBack: false, final: false });
    expect(Buffer.from(first.token, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(first.choices.map((c: any) => c.id)).toContain('danger');
    const other = await started();
    expect(other.first.token).not.toBe(first.token);
    client.close();
    other.client.close();
  });

  it('starts a named flow', async () => {
    const client = await ChatClient.connect(server.wsUrl);
    const step = await client.request({ type: 'start', flow: 'danger' });
    expect(step).toMatchObject({ type: 'step', flow: 'danger', node: 'now' });
    client.close();
  });

  it('refuses an unknown flow and starts nothing', async () => {
    const client = await ChatClient.connect(server.wsUrl);
    expect(await client.request({ type: 'start', flow: 'nope' })).toMatchObject({ type: 'error', code: 'unknown_flow' });
    expect(await client.request({ type: 'back' })).toMatchObject({ type: 'error', code: 'not_started' });
    client.close();
  });

  it('accepts the Welsh locale (English until translated)', async () => {
    const client = await ChatClient.connect(server.wsUrl);
    expect(await client.request({ type: 'start', locale: 'cy' })).toMatchObject({ type: 'step', flow: 'menu' });
    client.close();
  });
});

describe('a conversation', () => {
  it('reaches 999, 55 and the 24-hour helpline in one tap from the menu', async () => {
    const { client } = await started();
    const step = await client.request({ type: 'choose', choice: 'danger' });
    expect(step).toMatchObject({ type: 'step', flow: 'danger', canGoBack: true });
    const contacts = step.messages.map((m: any) => m.contact).filter(Boolean);
    expect(contacts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ tel: '999', openNow: true }),
        expect.objectContaining({ id: 'silentSolution', number: 'Call 999, then press 55' }),
        expect.objectContaining({ tel: '08082000247', number: '0808 2000 247', openNow: true }),
      ]),
    );
    client.close();
  });

  it('chooses, goes back, and restarts', async () => {
    const { client, first } = await started();
    const danger = await client.request({ type: 'choose', choice: 'danger' });
    const scared = await client.request({ type: 'choose', choice: 'not-right-now' });
    expect(scared).toMatchObject({ flow: 'danger', node: 'scared', canGoBack: true, token: first.token });
    const back = await client.request({ type: 'back' });
    expect(back).toEqual(danger);
    const menu = await client.request({ type: 'back' });
    expect(menu).toEqual(first);
    expect(await client.request({ type: 'back' })).toMatchObject({ type: 'error', code: 'cannot_go_back' });
    await client.request({ type: 'choose', choice: 'danger' });
    const restarted = await client.request({ type: 'restart' });
    expect(restarted).toMatchObject({ flow: 'menu', node: 'main', canGoBack: false, token: first.token });
    client.close();
  });

  it('gives an honest answer to typed text and stays where it was', async () => {
    const { client } = await started();
    await client.request({ type: 'choose', choice: 'about' });
    const step = await client.request({ type: 'say', text: 'can you recommend a lasagne recipe' });
    expect(step).toMatchObject({ type: 'step', node: 'about' });
    expect(step.messages[0].text).toMatch(/did not understand/);
    client.close();
  });

  it('resumes on a new connection, Back included', async () => {
    const { client, first } = await started();
    await client.request({ type: 'choose', choice: 'danger' });
    const scared = await client.request({ type: 'choose', choice: 'not-right-now' });
    client.close();
    await client.closed;

    const again = await ChatClient.connect(server.wsUrl);
    const resumed = await again.request({ type: 'start', resume: first.token });
    expect(resumed).toEqual(scared);
    expect(await again.request({ type: 'back' })).toMatchObject({ node: 'now', flow: 'danger' });
    again.close();
  });

  it('quick exit forgets the conversation at once: resume then answers expired and a fresh menu', async () => {
    const { client, first } = await started();
    await client.request({ type: 'choose', choice: 'danger' });
    expect(await client.request({ type: 'exit' })).toEqual({ type: 'bye' });
    expect(await client.request({ type: 'choose', choice: 'cant-speak' })).toMatchObject({ code: 'not_started' });
    client.close();

    const again = await ChatClient.connect(server.wsUrl);
    expect(await again.request({ type: 'start', resume: first.token })).toMatchObject({ type: 'error', code: 'expired' });
    const fresh = await again.next();
    expect(fresh).toMatchObject({ type: 'step', flow: 'menu', node: 'main', canGoBack: false });
    expect(fresh.token).not.toBe(first.token);
    again.close();
  });

  it('quick exit before starting still says bye', async () => {
    const client = await ChatClient.connect(server.wsUrl);
    expect(await client.request({ type: 'exit' })).toEqual({ type: 'bye' });
    client.close();
  });

  it('resuming an unknown token answers expired, then a fresh menu', async () => {
    const client = await ChatClient.connect(server.wsUrl);
    expect(await client.request({ type: 'start', resume: 'made-up-token' })).toMatchObject({ code: 'expired' });
    expect(await client.next()).toMatchObject({ type: 'step', flow: 'menu' });
    client.close();
  });
});

describe('bad frames get an error and change nothing', () => {
  const bad: Array<[string, unknown, string]> = [
    ['not JSON', '{"type":', 'bad_frame'],
    ['JSON that is not an object', '[1,2,3]', 'bad_frame'],
    ['a bare string', '"start"', 'bad_frame'],
    ['null', 'null', 'bad_frame'],
    ['an unknown type', { type: 'dance' }, 'bad_frame'],
    ['no type', { choice: 'danger' }, 'bad_frame'],
    ['an unknown field', { type: 'back', extra: 1 }, 'bad_frame'],
    ['a wrong type of field', { type: 'choose', choice: 7 }, 'bad_frame'],
    ['an empty choice', { type: 'choose', choice: '' }, 'bad_frame'],
    ['an unknown locale', { type: 'start', locale: 'fr' }, 'bad_frame'],
    ['a choice not on screen', { type: 'choose', choice: 'not-a-choice' }, 'unknown_choice'],
    ['a prototype key as choice', { type: 'choose', choice: '__proto__' }, 'unknown_choice'],
    ['text over 500 characters', { type: 'say', text: 'a'.repeat(501) }, 'too_long'],
    ['__proto__ smuggled as a field', '{"type":"back","__proto__":{"polluted":true}}', 'bad_frame'],
  ];

  for (const [what, frame, code] of bad) {
    it(`${what} → ${code}`, async () => {
      const { client } = await started();
      const before = await client.request({ type: 'choose', choice: 'danger' });
      const answer = await client.request(frame);
      expect(answer).toMatchObject({ type: 'error', code });
      expect(typeof answer.message).toBe('string');
      // Unchanged: Back still returns to the menu, and the next good frame works as before.
      expect(await client.request({ type: 'choose', choice: 'not-right-now' })).toMatchObject({ node: 'scared' });
      expect(await client.request({ type: 'back' })).toEqual(before);
      expect(({} as any).polluted).toBeUndefined();
      client.close();
    });
  }

  it('a binary frame', async () => {
    const { client } = await started();
    client.socket.send(Buffer.from([1, 2, 3]), { binary: true });
    expect(await client.next()).toMatchObject({ type: 'error', code: 'bad_frame' });
    expect(await client.request({ type: 'choose', choice: 'danger' })).toMatchObject({ flow: 'danger' });
    client.close();
  });

  it('frames before start', async () => {
    const client = await ChatClient.connect(server.wsUrl);
    for (const frame of [{ type: 'choose', choice: 'danger' }, { type: 'back' }, { type: 'restart' }, { type: 'say', text: 'hi' }]) {
      expect(await client.request(frame)).toMatchObject({ type: 'error', code: 'not_started' });
    }
    client.close();
  });

  it('many frames at once are answered in order, one answer each', async () => {
    const { client } = await started();
    const frames = [
      { type: 'choose', choice: 'danger' },
      'garbage',
      { type: 'choose', choice: 'not-right-now' },
      { type: 'back' },
      { type: 'back' },
    ];
    for (const f of frames) client.send(f);
    const answers = [];
    for (let i = 0; i < frames.length; i++) answers.push(await client.next());
    expect(answers.map((a) => a.node ?? a.code)).toEqual(['now', 'bad_frame', 'scared', 'now', 'main']);
    client.close();
  });
});

describe('a conversation stored before the flows changed (a deploy renamed a state)', () => {
  it('counts as expired, on resume and mid-conversation, and is forgotten', async () => {
    const { MemoryStore } = await import('../server/store/memory.js');
    const store = new MemoryStore({ ttlSeconds: 60 });
    const own = await startServer({ store });
    try {
      const stale = {
        locale: 'en' as const,
        at: { flow: 'danger', state: { value: 'aStateThatWasRenamed' } },
        history: [{ flow: 'menu', state: { value: 'main' } }],
      };
      await store.set('stale-token', stale);
      const client = await ChatClient.connect(own.wsUrl);
      expect(await client.request({ type: 'start', resume: 'stale-token' })).toMatchObject({ type: 'error', code: 'expired' });
      expect(await client.next()).toMatchObject({ type: 'step', flow: 'menu', node: 'main' });
      expect(await store.get('stale-token')).toBeUndefined();

      // Mid-conversation: the stored place goes stale under an open socket.
      const first = await client.request({ type: 'restart' });
      await store.set(first.token, { ...stale, at: { flow: 'no-such-flow', state: { value: 'x' } } });
      expect(await client.request({ type: 'choose', choice: 'danger' })).toMatchObject({ type: 'error', code: 'expired' });
      const fresh = await client.next();
      expect(fresh).toMatchObject({ type: 'step', flow: 'menu', node: 'main', canGoBack: false });
      expect(await store.get(first.token)).toBeUndefined();
      expect(await client.request({ type: 'choose', choice: 'danger' })).toMatchObject({ type: 'step', flow: 'danger' });
      client.close();
    } finally {
      await own.close();
    }
  });
});
