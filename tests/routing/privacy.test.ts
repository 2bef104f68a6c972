// What a person types is used to find where to go, then dropped: never in the stored
// conversation, never in a log line. Proved with a marker string sent over a real socket in
// every kind of message (danger, topic, unsure, not found, too long, broken frames), with the
// log at its most talkative level.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MemoryStore } from '../../server/store/memory.js';
import { ChatClient, startServer, testConfig, type TestServer } from '../support/server.js';
import { engineWithEveryTopic } from './support.js';

const MARKER = 'zqxmarker7731';
const lines: string[] = [];
const store = new MemoryStore({ ttlSeconds: 1800 });
let server: TestServer;

beforeAll(async () => {
  server = await startServer({
    config: { ...testConfig, logLevel: 'trace' },
    store,
    engine: engineWithEveryTopic(),
    logStream: { write: (line: string) => void lines.push(line) },
  });
});
afterAll(async () => {
  await server?.close();
});

describe('typed text', () => {
  it('is never stored in the conversation nor written to the log', async () => {
    const client = await ChatClient.connect(server.wsUrl);
    const first = await client.request({ type: 'start' });
    const token: string = first.token;
    const messages = [
      `${MARKER} he is outside with a knife`,
      `what is a child protection plan ${MARKER}`,
      `social worker ${MARKER}`,
      MARKER,
      `my ex keeps making malicious reports ${MARKER} and he is here`,
    ];
    for (const text of messages) {
      const step = await client.request({ type: 'say', text });
      expect(step.type).toBe('step');
      expect(JSON.stringify(step)).not.toContain(MARKER);
      const stored = await store.get(token);
      expect(stored).toBeDefined();
      expect(JSON.stringify(stored)).not.toContain(MARKER);
      // Only where the person is, how they got there, offered topic ids and the flows' version.
      expect(Object.keys(stored!).sort()).toEqual(expect.arrayContaining(['at', 'history', 'locale']));
      expect(Object.keys(stored!).every((k) => ['at', 'history', 'locale', 'offers', 'version'].includes(k))).toBe(true);
    }
    // Frames the server refuses carry the marker too, and must not leak it either.
    expect(await client.request({ type: 'say', text: `${MARKER}${'x'.repeat(600)}` })).toMatchObject({ code: 'too_long' });
    expect(await client.request(`{"type":"say","text":"${MARKER}"`)).toMatchObject({ code: 'bad_frame' });
    expect(await client.request({ type: 'say', text: MARKER, extra: MARKER })).toMatchObject({ code: 'bad_frame' });
    client.close();
    await client.closed;

    expect(lines.length).toBeGreaterThan(0);
    const log = lines.join('\n');
    expect(log).toContain('incoming request');
    expect(log).not.toContain(MARKER);
  });
});

describe('any text at all', () => {
  it('never crashes the router, never lands in the conversation, and only ever offers real flows', () => {
    const engine = engineWithEveryTopic();
    const flowIds = new Set(engine.flowIds());
    const start = engine.start('en');
    if (!start.ok) throw new Error(start.message);
    // Words the router knows, mixed with noise, so the danger, topic and not-found paths all run.
    const word = fc.oneof(
      fc.constantFrom('he', 'is', 'outside', 'knife', 'social', 'worker', 'plan', 'conference', 'ex', 'reports', 'kids', "can't", 'talk'),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.constantFrom<'en' | 'cy'>('en', 'cy'), (words, locale) => {
        const text = `${words.join(' ')} ${MARKER}`.slice(-500);
        const outcome = engine.say({ ...start.conversation, locale }, text);
        const stored = JSON.stringify(outcome.conversation);
        expect(stored).not.toContain(MARKER);
        for (const offer of outcome.conversation.offers ?? []) expect(flowIds.has(offer.split('.')[0]!)).toBe(true);
        const step = engine.render(outcome.conversation, 't', outcome.notices);
        expect(step.messages.length).toBeGreaterThan(0);
        expect(JSON.stringify(step)).not.toContain(MARKER);
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});
