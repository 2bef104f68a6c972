// Property-based fuzzing of the wire protocol against a real listening server and a real `ws`
// client: random JSON, wrong types, huge strings, deep nesting, prototype keys, unknown
// choices, binary frames, mixed with real choices so the walk goes deep into the flows.
// For every frame: exactly one answer (an error, or a step/bye of the right shape; `expired`
// is followed by its fresh step, as the protocol says), a conversation unchanged by any error,
// no prototype pollution, and a server still answering. The seed is fixed so CI is repeatable;
// FUZZ_SEED and FUZZ_RUNS explore further, and fast-check prints the seed of any failure.
import fc from 'fast-check';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultLimits } from '../../server/limits/limits.js';
import { MemoryStore } from '../../server/store/memory.js';
import { ChatClient, startServer, testConfig, type TestServer } from '../support/server.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

let server: TestServer;
let store: MemoryStore;
beforeAll(async () => {
  store = new MemoryStore({ ttlSeconds: 3600 });
  server = await startServer({
    store,
    // Closed-loop fuzzing is faster than any person: rate limiting would answer most frames.
    config: { ...testConfig, limits: { ...defaultLimits, rateLimit: 0, maxConnectionsPerIp: 10_000, connectionsPerMinutePerIp: 0, conversationsPerMinutePerIp: 0 } },
  });
});
afterAll(async () => {
  await server.close();
});

// ---- What gets sent -------------------------------------------------------------------------

type Action =
  | { kind: 'pick'; index: number } // one of the choices on screen
  | { kind: 'frame'; frame: unknown } // any value, sent as JSON
  | { kind: 'raw'; text: string } // any text, JSON or not
  | { kind: 'binary'; bytes: Uint8Array }
  | { kind: 'resumeOwn' };

const dangerousKeys = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__');
const fieldNames = fc.oneof(fc.constantFrom('type', 'choice', 'text', 'flow', 'locale', 'resume'), dangerousKeys, fc.string({ maxLength: 12 }));
const typeNames = fc.oneof(fc.constantFrom('start', 'choose', 'say', 'back', 'restart', 'exit'), fc.constantFrom('dance', '', 'START', '__proto__'));
const choiceIds = fc.oneof(
  fc.constantFrom('danger', 'menu', 'about', 'not-right-now', 'cant-speak', '__proto__', 'constructor', 'toString', 'hasOwnProperty'),
  fc.string({ maxLength: 70 }),
);
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.string({ maxLength: 80 }), dangerousKeys, fc.constant(null));

const plausibleFrame = fc.oneof(
  fc.record({ type: fc.constant('choose'), choice: choiceIds }),
  fc.record({ type: fc.constant('say'), text: fc.string({ maxLength: 600, unit: 'grapheme' }) }),
  fc.record({ type: fc.constantFrom('back', 'restart') }),
  fc.record(
    {
      type: fc.constant('start'),
      flow: fc.oneof(fc.constantFrom('menu', 'danger', 'nope', '__proto__'), fc.string({ maxLength: 70 })),
      locale: fc.oneof(fc.constantFrom('en', 'cy', 'fr'), anyValue),
      resume: fc.oneof(fc.string({ maxLength: 130 }), fc.base64String({ minLength: 32, maxLength: 32 })),
    },
    { requiredKeys: ['type'] },
  ),
  fc.record({ type: fc.constant('exit') }),
);
const wrongFrame = fc.oneof(
  fc.dictionary(fieldNames, anyValue, { maxKeys: 5 }).chain((extra) => typeNames.map((type) => ({ type, ...extra }))),
  fc.record({ type: typeNames, choice: anyValue, text: anyValue }, { requiredKeys: ['type'] }),
  anyValue,
);

/** Raw JSON with prototype keys as real own keys of the text, which an object literal cannot express. */
const protoText = fc
  .tuple(typeNames, dangerousKeys, fc.jsonValue({ maxDepth: 2 }), fc.boolean())
  .map(([type, key, value, first]) => {
    const smuggled = `${JSON.stringify(key)}:{"polluted":true,"x":${JSON.stringify(value)}}`;
    const typed = `"type":${JSON.stringify(type)}`;
    return `{${first ? `${smuggled},${typed}` : `${typed},${smuggled}`}}`;
  });
/** Long strings, in bytes up to just under the hard ceiling (past it the socket is closed, see limits.test.ts). */
const hugeText = fc
  .tuple(fc.integer({ min: 501, max: 14_000 }), fc.constantFrom('a', 'é', '😀', '\\u0000', '\\"'), fc.constantFrom('say', 'choose', 'start'))
  .map(([bytes, unit, type]) => {
    const body = unit.repeat(Math.floor(bytes / Buffer.byteLength(unit)));
    const field = type === 'say' ? 'text' : type === 'choose' ? 'choice' : 'resume';
    return `{"type":"${type}","${field}":"${body}"}`;
  });
const deepText = fc.tuple(fc.integer({ min: 50, max: 1900 }), fc.constantFrom('[', '{"a":'), fc.boolean()).map(([depth, open, wrap]) => {
  const close = open === '[' ? ']' : '}';
  const nested = open.repeat(depth) + '1' + close.repeat(depth);
  return wrap ? `{"type":"choose","choice":${nested}}` : nested;
});
const junkText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom('', ' ', 'null', '{}', '[]', '"start"', '{"type":', 'NaN', '1e999'));

const action: fc.Arbitrary<Action> = fc.oneof(
  { arbitrary: fc.nat(20).map((index) => ({ kind: 'pick' as const, index })), weight: 6 },
  { arbitrary: plausibleFrame.map((frame) => ({ kind: 'frame' as const, frame })), weight: 4 },
  { arbitrary: wrongFrame.map((frame) => ({ kind: 'frame' as const, frame })), weight: 3 },
  { arbitrary: fc.oneof(protoText, hugeText, deepText, junkText).map((text) => ({ kind: 'raw' as const, text })), weight: 4 },
  { arbitrary: fc.uint8Array({ maxLength: 64 }).map((bytes) => ({ kind: 'binary' as const, bytes })), weight: 1 },
  { arbitrary: fc.constant({ kind: 'resumeOwn' as const }), weight: 1 },
);

// ---- What must come back --------------------------------------------------------------------

/* eslint-disable @typescript-eslint/no-explicit-any */
function expectValidAnswer(answer: any): void {
  expect(answer, 'answer is an object').toBeTypeOf('object');
  if (answer.type === 'error') {
    expect(answer.code).toBeTypeOf('string');
    expect(answer.message).toBeTypeOf('string');
    expect(Object.keys(answer).sort()).toEqual(['code', 'message', 'type']);
    return;
  }
  if (answer.type === 'bye') {
    expect(Object.keys(answer)).toEqual(['type']);
    return;
  }
  expect(answer.type).toBe('step');
  expect(answer.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
  expect(answer.flow).toBeTypeOf('string');
  expect(answer.node).toBeTypeOf('string');
  expect(answer.canGoBack).toBeTypeOf('boolean');
  expect(answer.final).toBeTypeOf('boolean');
  expect(answer.messages.length).toBeGreaterThan(0);
  for (const m of answer.messages) expect(m.text).toBeTypeOf('string');
  expect(answer.choices.length).toBeGreaterThan(0);
  for (const c of answer.choices) {
    expect(c.id).toBeTypeOf('string');
    expect(c.label).toBeTypeOf('string');
  }
}

function isStartResume(text: string): boolean {
  try {
    const frame = JSON.parse(text);
    return frame?.type === 'start' && typeof frame.resume === 'string';
  } catch {
    return false;
  }
}

const prototypeKeys = () => [Object.getOwnPropertyNames(Object.prototype), Object.getOwnPropertyNames(Array.prototype)].map((k) => k.sort().join());

describe('protocol fuzzing against a real server', () => {
  it('answers every frame exactly once, changes nothing on an error, and is never polluted', async () => {
    const cleanPrototypes = prototypeKeys();
    let frames = 0;
    const answers = new Map<string, number>();

    const property = fc.asyncProperty(fc.array(action, { minLength: 10, maxLength: 60, size: 'max' }), async (actions) => {
      const client = await ChatClient.connect(server.wsUrl);
      try {
        let step: any = await client.request({ type: 'start' });
        let token: string | undefined = step.token;
        frames++;

        for (const a of actions) {
          const before = token ? structuredClone(await store.get(token)) : undefined;
          let sentStartResume = false;
          if (a.kind === 'pick') {
            const choices = step?.choices ?? [];
            client.send({ type: 'choose', choice: choices.length ? choices[a.index % choices.length].id : 'danger' });
          } else if (a.kind === 'frame') {
            const text = JSON.stringify(a.frame) ?? 'undefined';
            sentStartResume = isStartResume(text);
            client.send(text);
          } else if (a.kind === 'raw') {
            sentStartResume = isStartResume(a.text);
            client.send(a.text);
          } else if (a.kind === 'binary') {
            client.socket.send(a.bytes, { binary: true });
          } else {
            sentStartResume = token !== undefined;
            client.send(token ? { type: 'start', resume: token } : { type: 'start' });
          }
          frames++;

          const answer = await client.next(3_000);
          expectValidAnswer(answer);
          const label = answer.type === 'error' ? answer.code : answer.type;
          answers.set(label, (answers.get(label) ?? 0) + 1);

          if (answer.type === 'error' && answer.code === 'expired') {
            // The one frame with two answers: a resume of a forgotten conversation, then the
            // fresh start (of the flow it named, if any) or why that start failed.
            expect(sentStartResume).toBe(true);
            const fresh = await client.next(3_000);
            expectValidAnswer(fresh);
            if (fresh.type === 'step') {
              expect(fresh).toMatchObject({ canGoBack: false });
              step = fresh;
              token = fresh.token;
            } else {
              expect(fresh).toMatchObject({ type: 'error', code: 'unknown_flow' });
              if (token) expect(await store.get(token)).toEqual(before);
            }
          } else if (answer.type === 'error') {
            if (token) expect(await store.get(token), `conversation unchanged after ${label}`).toEqual(before);
          } else if (answer.type === 'bye') {
            if (token) expect(await store.get(token), 'quick exit forgets').toBeUndefined();
            token = undefined;
            step = undefined;
          } else {
            step = answer;
            token = answer.token;
          }
          expect(({} as any).polluted).toBeUndefined();
        }

        // One last frame whose answer is known: anything extra would arrive before it, or after.
        const last = await client.request({ type: 'choose', choice: '\u0000sentinel' });
        frames++;
        expect(last).toMatchObject({ type: 'error', code: token ? 'unknown_choice' : 'not_started' });
        expect(client.pending).toBe(0);
        expect(client.socket.readyState).toBe(WebSocket.OPEN);
        expect(prototypeKeys()).toEqual(cleanPrototypes);
      } finally {
        client.close();
      }
    });

    try {
      await fc.assert(property, { seed: SEED, numRuns: RUNS });
    } catch (err) {
      console.error(`protocol fuzzing failed with seed ${SEED} (rerun: FUZZ_SEED=${SEED} npx vitest run tests/fuzz)`);
      throw err;
    }
    console.log(`protocol fuzzing: ${frames} frames in ${RUNS} runs, seed ${SEED}; answers ${JSON.stringify(Object.fromEntries(answers))}`);
    expect(frames).toBeGreaterThan(RUNS * 10);

    // Still up, and still itself.
    expect((await fetch(`${server.httpUrl}/healthz`)).status).toBe(200);
    expect(({} as any).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  }, 120_000);
});
