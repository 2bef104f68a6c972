// "My list" over the wire: a real listening server and a real `ws` client, with the store in
// memory and in a real Redis. Walkthrough → add a question → another topic → My list shows it →
// the widget reports a print → quick exit → resuming the token finds nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatClient, startServer, testConfig, type TestServer } from './support/server.js';
import { startRedis, type RedisServer } from './support/redis.js';
import { parseValue } from '../server/store/redis.js';

const QUESTION = 'Ask: what exactly are you worried about?';

let redis: RedisServer;
const servers: TestServer[] = [];
const clients: ChatClient[] = [];

beforeAll(async () => {
  redis = await startRedis();
}, 60_000);

afterAll(async () => {
  for (const c of clients) c.close();
  for (const s of servers) await s.close();
  await redis?.destroy();
});

async function server(store: 'memory' | 'redis'): Promise<TestServer> {
  const config = store === 'redis' ? { ...testConfig, redisUrl: redis.url, redisKeyPrefix: `list-${servers.length}:` } : testConfig;
  const s = await startServer({ config });
  servers.push(s);
  return s;
}

async function connect(s: TestServer): Promise<ChatClient> {
  const c = await ChatClient.connect(s.wsUrl);
  clients.push(c);
  return c;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const role = (step: any, r: string) => step.choices.filter((c: { role: string }) => c.role === r);

async function metric(s: TestServer, name: string): Promise<number> {
  const text = await (await fetch(`${s.httpUrl}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return Number(line?.split(' ')[1]);
}

describe.each(['memory', 'redis'] as const)('My list over the wire (%s store)', (store) => {
  it('is kept in the conversation, shown from another topic, counted when printed, and gone after quick exit', async () => {
    const s = await server(store);
    const client = await connect(s);
    const first = await client.request({ type: 'start', flow: 'process' });
    const [add] = role(first, 'list-add');
    expect(add).toMatchObject({ id: 'list:add', label: 'Add to my list' });

    const added = await client.request({ type: 'choose', choice: add.id });
    expect(added.messages[0].text).toMatch(/^Added to My list\./);
    expect(role(added, 'list')).toEqual([{ id: 'list', label: 'My list', role: 'list', global: true }]);

    // Another topic: the list goes with the conversation, offered on every screen.
    await client.request({ type: 'restart' });
    await client.request({ type: 'choose', choice: 'problems' });
    const other = await client.request({ type: 'choose', choice: 'delays' });
    expect(other.flow).toBe('delays');
    const [open] = role(other, 'list');
    const list = await client.request({ type: 'choose', choice: open.id });
    expect(list).toMatchObject({ flow: 'my-list', node: 'list', canGoBack: true });
    expect(list.messages).toContainEqual({ text: 'Questions to ask', listGroup: 'ask' });
    expect(list.messages).toContainEqual(expect.objectContaining({ text: QUESTION, listGroup: 'ask', listItem: 'process.concern.ask' }));
    expect(role(list, 'list-remove')).toEqual([
      { id: 'list:remove:process.concern.ask', label: `Remove: ${QUESTION}`, role: 'list-remove', item: 'process.concern.ask' },
    ]);

    // The widget printed it: counted, with no answer, and nothing of the list leaves the server.
    client.send({ type: 'printed' });
    const back = await client.request({ type: 'back' });
    expect(back.flow).toBe('delays');
    expect(await metric(s, 'safe_steps_lists_printed_total')).toBe(1);
    expect(await metric(s, 'safe_steps_list_items_added_total')).toBe(1);
    const metrics = await (await fetch(`${s.httpUrl}/metrics`)).text();
    expect(metrics).not.toContain('concern');

    const key = `list-${servers.length - 1}:${first.token}`;
    if (store === 'redis') {
      // The same store and the same idle expiry as the rest of the conversation.
      const { conversation: stored } = parseValue((await redis.client().get(key))!)!;
      expect(stored.list).toEqual(['process.concern.ask']);
      const ttl = await redis.client().ttl(key);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(testConfig.sessionTtlSeconds);
    }

    // Resuming on another socket still has it…
    const again = await connect(s);
    expect(role(await again.request({ type: 'start', resume: first.token }), 'list')).toHaveLength(1);
    again.close();
    // …until quick exit, which forgets it at once.
    expect(await client.request({ type: 'exit' })).toEqual({ type: 'bye' });
    const later = await connect(s);
    expect(await later.request({ type: 'start', resume: first.token })).toMatchObject({ type: 'error', code: 'expired' });
    const fresh = await later.next();
    expect(fresh).toMatchObject({ type: 'step', flow: 'menu' });
    expect(role(fresh, 'list')).toEqual([]);
    // Forgotten for good: only the tombstone "-" that stops a late write bringing it back.
    if (store === 'redis') expect(await redis.client().get(key)).toBe('-');
  });
});

describe('My list’s frames and choices are checked', () => {
  it('refuses what is not on screen or not the protocol, and changes nothing', async () => {
    const s = await server('memory');
    const client = await connect(s);
    // A print report before any conversation is refused; a malformed one is a bad frame.
    expect(await client.request({ type: 'printed' })).toMatchObject({ type: 'error', code: 'not_started' });
    const first = await client.request({ type: 'start', flow: 'conference' });
    expect(await client.request({ type: 'printed', list: ['anything'] })).toMatchObject({ type: 'error', code: 'bad_frame' });
    expect(await client.request({ type: 'choose', choice: 'list' })).toMatchObject({ type: 'error', code: 'unknown_choice' });
    expect(await client.request({ type: 'choose', choice: 'list:remove:conference.whatItIs.ask' })).toMatchObject({
      code: 'unknown_choice',
    });
    expect(await client.request({ type: 'choose', choice: `list:remove:${'x'.repeat(80)}` })).toMatchObject({ code: 'bad_frame' });
    // Nothing changed: the same step, nothing kept.
    expect(await client.request({ type: 'start', resume: first.token })).toEqual(first);
    // The checklist: one tap, five items.
    const checklist = role(first, 'list-add').find((c: { id: string }) => c.id === 'list:add:conference');
    await client.request({ type: 'choose', choice: checklist.id });
    expect(await metric(s, 'safe_steps_list_items_added_total')).toBe(5);
    const list = await client.request({ type: 'choose', choice: 'list' });
    expect(list.messages.filter((m: { listItem?: string }) => m.listItem)).toHaveLength(5);
    const cleared = await client.request({ type: 'choose', choice: 'list:clear' });
    expect(cleared.messages[0].text).toBe('My list is now empty.');
    expect(role(cleared, 'list-remove')).toEqual([]);
  });
});
