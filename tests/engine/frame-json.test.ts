// The server sends frameBytes's bytes, not JSON.stringify's text, so the two must never differ: on every
// screen the real flows show (My list's screen, "Did you mean…", the triage beside offers, two
// times of day), on any data a step frame could carry, frozen or not, and on frames of any other
// shape. The cache behind it is sound only while whatever the engine freezes is frozen all the
// way down; that is checked on every screen too.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Conversation } from '../../server/engine/conversation.js';
import { Engine, type Route } from '../../server/engine/engine.js';
import { frameBytes } from '../../server/frame-json.js';
import type { ServerFrame, StepFrame } from '../../server/protocol.js';
import { DANGER_FLOW, flows, MENU_FLOW } from '../flows/support.js';

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

// Typed text routed by what it says, so walks meet every kind of answer the router gives.
const routes: Record<string, Route> = {
  danger: { kind: 'danger', also: ['conference.safety'] },
  answer: { kind: 'answer', state: 'plan' },
  suggest: { kind: 'suggest', offers: ['conference.safety', 'plan', 'danger.scared'] },
  none: { kind: 'none' },
};
const engineAt = (now: Date) =>
  new Engine({ flows, menuFlow: MENU_FLOW, dangerFlow: DANGER_FLOW, now: () => now, router: { route: (text) => routes[text]! } });

describe('frameBytes', () => {
  it('gives JSON.stringify’s text for every screen of random walks through the real flows, the list and typed text', () => {
    // Two times of day, with different lines open: one minute's shared messages must not leak
    // into another's text.
    const times = [new Date('2026-11-24T11:00:00Z'), new Date('2026-11-24T23:30:00Z')];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const problems: string[] = [];
    let screens = 0;
    for (const now of times) {
      const engine = engineAt(now);
      for (let walk = 0; walk < 60; walk++) {
        let started = engine.start('en');
        if (!started.ok) throw new Error(started.message);
        let conversation: Conversation = started.conversation;
        for (let turn = 0; turn < 40; turn++) {
          const typed = random() < 0.15 ? Object.keys(routes)[Math.floor(random() * 4)]! : undefined;
          const said = typed === undefined ? undefined : engine.say(conversation, typed);
          const frame: StepFrame = said
            ? engine.render(said.conversation, 'token', said.notices, said.brief)
            : engine.render(conversation, 'token');
          screens++;
          // Twice: the second time the frozen parts come from the cache.
          for (let time = 0; time < 2; time++) {
            if (!frameBytes(frame).equals(Buffer.from(JSON.stringify(frame)))) problems.push(`${frame.flow}/${frame.node}: bytes differ`);
          }
          problems.push(...frozenAllTheWay(frame).map((p) => `${frame.flow}/${frame.node}: ${p} is not frozen under a frozen object`));
          if (said) {
            conversation = said.conversation;
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

  it('gives JSON.stringify’s text for a step carrying any data, frozen or not, first time and again', () => {
    // Any Unicode as well as ASCII: the bytes must be UTF-8 exactly as the text would encode.
    const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }));
    const item = fc.dictionary(text, fc.oneof(fc.jsonValue(), text));
    fc.assert(
      fc.property(
        fc.record({
          token: text,
          flow: text,
          node: text,
          messages: fc.array(item),
          choices: fc.array(item),
          canGoBack: fc.boolean(),
          final: fc.boolean(),
        }),
        fc.option(fc.record({ step: fc.integer(), of: fc.integer() })),
        fc.constantFrom('none', 'lists', 'items', 'all'),
        (parts, progress, freeze) => {
          const frame = { type: 'step', ...parts, ...(progress ? { progress } : {}) } as unknown as StepFrame;
          if (freeze === 'lists' || freeze === 'all') frame.messages = deepFreeze(frame.messages);
          if (freeze === 'items') frame.choices.forEach(deepFreeze);
          if (freeze === 'all') deepFreeze(frame);
          const expected = JSON.stringify(frame);
          const bytes = Buffer.from(expected);
          return frameBytes(frame).equals(bytes) && frameBytes(frame).equals(bytes);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('writes frames of any other shape as JSON.stringify does, extra or reordered keys included', () => {
    const step: StepFrame = { type: 'step', token: 't', flow: 'f', node: 'n', messages: [], choices: [], canGoBack: false, final: true };
    const frames = [
      { type: 'bye' },
      { type: 'error', code: 'busy', message: 'Wait “please” \n' },
      { ...step, extra: 'kept' },
      { token: 't', type: 'step', flow: 'f', node: 'n', messages: [], choices: [], canGoBack: false, final: true },
      { ...step, progress: undefined },
      { ...step, progress: { step: 2, of: 7 } },
    ] as ServerFrame[];
    for (const frame of frames) {
      expect(frameBytes(frame).toString('utf8')).toBe(JSON.stringify(frame));
    }
  });
});
