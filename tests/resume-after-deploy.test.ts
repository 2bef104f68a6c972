// A deploy changes the flows while people are mid-conversation: version 1 and version 2 of the
// tiny guide run as two real servers over one session store (a rolling deploy), and a real
// `ws` client resumes on version 2 what it began on version 1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../server/store/memory.js';
import type { Engine } from '../server/engine/engine.js';
import { ChatClient, startServer, type TestServer } from './support/server.js';
import { englishOnly, secondVersions, tinyEngine } from './engine/tiny-guide.js';

const store = new MemoryStore({ ttlSeconds: 600 });
const servers: TestServer[] = [];
let v1: TestServer;

async function serve(engine: Engine): Promise<TestServer> {
  const server = await startServer({ store, engine });
  servers.push(server);
  return server;
}

beforeAll(async () => {
  v1 = await serve(tinyEngine());
});
afterAll(async () => {
  for (const server of servers) await server.close();
});

/** On version 1: start (in `locale`), then make `choices`; the token to resume. */
async function begunOnV1(choices: string[], locale: 'en' | 'cy' = 'en'): Promise<string> {
  const client = await ChatClient.connect(v1.wsUrl);
  let step = await client.request({ type: 'start', locale });
  for (const choice of choices) step = await client.request({ type: 'choose', choice });
  expect(step.type).toBe('step');
  client.close();
  return step.token;
}

describe('resuming on a new version of the flows', () => {
  it('carries on where the person was when that place is still there', async () => {
    const token = await begunOnV1(['toTopic', 'onward']);
    const v2 = await serve(tinyEngine({ flows: secondVersions.stateAdded }));
    const client = await ChatClient.connect(v2.wsUrl);
    const step = await client.request({ type: 'start', resume: token });
    expect(step).toMatchObject({ type: 'step', token, flow: 'topic', node: 'part.second', canGoBack: true });
    expect(step.messages.map((m: { text: string }) => m.text)).toEqual(['Second part.']);
    expect(await client.request({ type: 'choose', choice: 'help' })).toMatchObject({ node: 'part.ownHelp' });
    expect(await client.request({ type: 'back' })).toMatchObject({ node: 'part.second' });
    expect(await client.request({ type: 'back' })).toMatchObject({ node: 'part.first' });
    client.close();
  });

  it('starts afresh, kindly and with the menu, when the place became a state with steps inside', async () => {
    const token = await begunOnV1(['toTopic', 'onward']);
    const v2 = await serve(tinyEngine({ flows: secondVersions.leafBecameCompound }));
    const client = await ChatClient.connect(v2.wsUrl);
    const expired = await client.request({ type: 'start', resume: token });
    expect(expired).toMatchObject({ type: 'error', code: 'expired' });
    expect(expired.message).toMatch(/ended/);
    const fresh = await client.next();
    expect(fresh).toMatchObject({ type: 'step', flow: 'menu', node: 'start', canGoBack: false });
    expect(fresh.token).not.toBe(token);
    expect(fresh.messages.length).toBeGreaterThan(0);
    expect(await store.get(token)).toBeUndefined();
    client.close();
  });

  it('starts afresh when the place was removed, mid-conversation on a socket already open', async () => {
    const v2 = await serve(tinyEngine({ flows: secondVersions.stateRemoved }));
    const client = await ChatClient.connect(v2.wsUrl);
    const own = await client.request({ type: 'start' });
    // Version 1, still running beside it, moves this conversation to a place version 2 lacks.
    const onV1 = await ChatClient.connect(v1.wsUrl);
    expect(await onV1.request({ type: 'start', resume: own.token })).toMatchObject({ type: 'step', node: 'start' });
    await onV1.request({ type: 'choose', choice: 'toTopic' });
    await onV1.request({ type: 'choose', choice: 'onward' });
    expect(await onV1.request({ type: 'choose', choice: 'help' })).toMatchObject({ node: 'part.ownHelp' });
    onV1.close();

    expect(await client.request({ type: 'choose', choice: 'danger' })).toMatchObject({ type: 'error', code: 'expired' });
    const fresh = await client.next();
    expect(fresh).toMatchObject({ type: 'step', flow: 'menu', node: 'start', canGoBack: false });
    expect(fresh.messages.length).toBeGreaterThan(0);
    expect(await client.request({ type: 'choose', choice: 'danger' })).toMatchObject({ type: 'step', flow: 'danger' });
    client.close();
  });

  it('starts afresh when the flow was removed', async () => {
    const token = await begunOnV1(['toWalk', 'next']);
    const v2 = await serve(tinyEngine({ flows: secondVersions.flowRemoved }));
    const client = await ChatClient.connect(v2.wsUrl);
    expect(await client.request({ type: 'start', resume: token })).toMatchObject({ type: 'error', code: 'expired' });
    expect(await client.next()).toMatchObject({ type: 'step', flow: 'menu', node: 'start' });
    client.close();
  });

  it('starts afresh, in the base locale, when the conversation’s locale is no longer offered', async () => {
    const token = await begunOnV1(['toTopic'], 'cy');
    const v2 = await serve(tinyEngine({ catalogue: englishOnly }));
    const client = await ChatClient.connect(v2.wsUrl);
    expect(await client.request({ type: 'start', resume: token, locale: 'cy' })).toMatchObject({ type: 'error', code: 'expired' });
    const fresh = await client.next();
    expect(fresh).toMatchObject({ type: 'step', flow: 'menu', node: 'start' });
    expect(fresh.messages.map((m: { text: string }) => m.text)).toEqual(['Tiny menu.']);
    // And it carries on from there, never `internal`.
    expect(await client.request({ type: 'choose', choice: 'toTopic' })).toMatchObject({ type: 'step', node: 'part.first' });
    client.close();
  });

  it('carries on unchecked on a restart of the same version', async () => {
    const token = await begunOnV1(['toWalk', 'next']);
    const again = await serve(tinyEngine());
    const client = await ChatClient.connect(again.wsUrl);
    expect(await client.request({ type: 'start', resume: token })).toMatchObject({ type: 'step', flow: 'walk', node: 'two' });
    client.close();
  });
});
