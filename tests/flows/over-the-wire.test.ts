// The content through the real server and a real `ws` client: from every place a person can
// reach, quick exit says bye and forgets the conversation at once; and a walkthrough shows
// "step N of M" on the wire, forwards and backwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatClient, startServer, type TestServer } from '../support/server.js';
import { allLeaves, engine, mustStart, mustChoose, placeKey } from './support.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});

/** Every place reachable from the menu, with the choices that lead there (shortest first). */
function routes(): { place: string; choices: string[] }[] {
  const seen = new Map<string, string[]>();
  const queue = [{ c: mustStart(), choices: [] as string[] }];
  while (queue.length > 0) {
    const { c, choices } = queue.shift()!;
    const k = placeKey(c);
    if (seen.has(k)) continue;
    seen.set(k, choices);
    for (const choice of engine.choiceIds(c.at)) queue.push({ c: mustChoose(c, choice), choices: [...choices, choice] });
  }
  return [...seen].map(([place, choices]) => ({ place, choices }));
}

describe('quick exit from every place', () => {
  const all = routes();

  it('walks every state that shows something (every leaf that is not a hand-over)', () => {
    expect(all.length).toBe(allLeaves().filter(({ meta }) => !meta.goto).length);
  });

  it('says bye and forgets the conversation, wherever the person is', async () => {
    for (const { place, choices } of all) {
      const client = await ChatClient.connect(server.wsUrl);
      const first = await client.request({ type: 'start' });
      let step = first;
      for (const choice of choices) {
        step = await client.request({ type: 'choose', choice });
        expect(step.type, `${place} via ${choices.join(' → ')}`).toBe('step');
      }
      expect(`${step.flow}:${JSON.stringify(step.node)}`).toBe(place);
      expect(await client.request({ type: 'exit' }), place).toEqual({ type: 'bye' });
      client.close();

      const again = await ChatClient.connect(server.wsUrl);
      expect(await again.request({ type: 'start', resume: first.token }), place).toMatchObject({ code: 'expired' });
      expect(await again.next()).toMatchObject({ type: 'step', flow: 'menu', canGoBack: false });
      again.close();
    }
  });
});

describe('the conference walkthrough on the wire', () => {
  it('shows step N of M forwards, and back again', async () => {
    const client = await ChatClient.connect(server.wsUrl);
    await client.request({ type: 'start' });
    await client.request({ type: 'choose', choice: 'involved' });
    let step = await client.request({ type: 'choose', choice: 'conference' });
    const seen = [step.progress];
    while (step.choices.some((c: { id: string }) => c.id === 'next')) {
      step = await client.request({ type: 'choose', choice: 'next' });
      seen.push(step.progress);
    }
    expect(seen).toEqual(Array.from({ length: 9 }, (_, i) => ({ step: i + 1, of: 9 })));
    step = await client.request({ type: 'choose', choice: 'previous' });
    expect(step.progress).toEqual({ step: 8, of: 9 });
    step = await client.request({ type: 'back' });
    expect(step.progress).toEqual({ step: 9, of: 9 });
    client.close();
  });
});
