// The server sends frameJson's text, not JSON.stringify's, so the two must never differ: on any
// plain data, on data whose frozen parts were serialised before, and on every screen the real
// flows show, My list's screen and typed-text answers included. Screens come from the engine's
// memo (server/engine/screens.ts): each is checked against the same screen composed afresh. The cache is only sound while
// whatever the engine freezes is frozen all the way down; that is checked on every screen too.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Conversation } from '../../server/engine/conversation.js';
import { frameJson } from '../../server/frame-json.js';
import type { StepFrame } from '../../server/protocol.js';
import { makeEngine, mustStart } from '../flows/support.js';

/** Every object under a frozen one is frozen as well (the contract frame-json.ts relies on). */
function frozenAllTheWay(value: unknown, underFrozen = false, path = 'frame'): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const frozen = Object.isFrozen(value);
  const here = underFrozen && !frozen ? [path] : [];
  return [...here, ...Object.entries(value).flatMap(([k, v]) => frozenAllTheWay(v, underFrozen || frozen, `${path}.${k}`))];
}

const deepFreeze = <T>(v: T): T => {
  if (typeof v === 'object' && v !== null) {
    for (const x of Object.values(v)) deepFreeze(x);
    Object.freeze(v);
  }
  return v;
};

describe('frameJson', () => {
  it('gives JSON.stringify’s text for awkward plain data', () => {
    const cases: unknown[] = [
      null,
      'quote " backslash \\ newline \n tab \t',
      'lone surrogate \ud800 and emoji 😀 and “curly” — dash',
      [1, undefined, () => 1, null, Number.NaN, Infinity, -0],
      { a: undefined, b: () => 1, c: [undefined], d: { e: null }, '"odd key"': 1, '': 2 },
      { when: new Date(Date.UTC(2026, 10, 28)), nested: { toJSON: () => 'custom' } },
      deepFreeze({ shared: [{ id: 'x', label: 'X' }], n: 1 }),
      [],
      {},
    ];
    for (const value of cases) {
      expect(frameJson(value)).toBe(JSON.stringify(value));
      // The second time frozen parts come from the cache.
      expect(frameJson(value)).toBe(JSON.stringify(value));
    }
  });

  it('gives JSON.stringify’s text for any JSON value, frozen or not, first time and again', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, freeze) => {
        const v = freeze ? deepFreeze(value) : value;
        const expected = JSON.stringify(v) ?? 'null';
        return frameJson(v) === expected && frameJson(v) === expected && frameJson({ wrapped: v, token: 't' }) === JSON.stringify({ wrapped: v, token: 't' });
      }),
      { numRuns: 500 },
    );
  });

  it('gives JSON.stringify’s text for every screen of random walks through the real flows, the list and typed text', () => {
    // Two minutes apart, with different lines open: frozen screens of one minute must not leak
    // into the other's text.
    const times = [new Date('2026-11-24T11:00:00Z'), new Date('2026-11-24T23:30:00Z')];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const problems: string[] = [];
    let screens = 0;
    for (const now of times) {
      const engine = makeEngine(now);
      for (let walk = 0; walk < 60; walk++) {
        let conversation: Conversation = mustStart(undefined, engine);
        for (let turn = 0; turn < 40; turn++) {
          const typed = random() < 0.1;
          const next = typed ? { ok: true as const, ...engine.say(conversation, 'something the guide cannot place') } : undefined;
          const frame: StepFrame = next ? engine.render(next.conversation, 'token', next.notices, next.brief) : engine.render(conversation, 'token');
          screens++;
          // The screen a tap shows comes from the engine's memo; the same conversation with an
          // empty list of offers is composed afresh, and must look exactly the same.
          if (!next && conversation.offers === undefined) expect(frame).toEqual(engine.render({ ...conversation, offers: [] }, 'token'));
          const text = frameJson(frame);
          if (text !== JSON.stringify(frame)) problems.push(`${frame.flow}/${frame.node}: text differs`);
          problems.push(...frozenAllTheWay(frame).map((p) => `${frame.flow}/${frame.node}: ${p} is not frozen under a frozen object`));
          if (next) {
            conversation = next.conversation;
            continue;
          }
          const ids = frame.choices.map((c) => c.id);
          const result = engine.choose(conversation, ids[Math.floor(random() * ids.length)]!);
          if (!result.ok) throw new Error(result.message);
          conversation = result.conversation;
        }
      }
    }
    expect(screens).toBeGreaterThan(4000);
    expect([...new Set(problems)]).toEqual([]);
  });
});
