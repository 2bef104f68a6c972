// The "what happens next" walkthroughs step by step, forwards and backwards, with "step N of
// M"; and a contact that is closed at the time of asking offers the 24-hour line instead
// (with a fixed clock: weekday morning, weekday evening, weekend, bank holiday).
import { describe, expect, it } from 'vitest';
import type { Conversation } from '../../server/engine/conversation.js';
import { engine, makeEngine, mustChoose, mustStart } from './support.js';

function walkForwards(flow: string): { steps: { step: number; of: number; node: string }[]; end: Conversation } {
  let c = mustStart(flow);
  const steps: { step: number; of: number; node: string }[] = [];
  for (;;) {
    const frame = engine.render(c, 't');
    if (!frame.progress) break;
    steps.push({ ...frame.progress, node: frame.node });
    const ids = frame.choices.map((ch) => ch.id);
    if (ids.includes('next')) c = mustChoose(c, 'next');
    else if (ids.includes('done')) c = mustChoose(c, 'done');
    else throw new Error(`step ${frame.node} offers neither next nor done`);
  }
  return { steps, end: c };
}

for (const [flow, count] of [['process', 8], ['conference', 9]] as const) {
  describe(`the ${flow} walkthrough`, () => {
    const { steps, end } = walkForwards(flow);

    it(`goes forwards from step 1 to step ${count} of ${count}, then to an outcome`, () => {
      expect(steps.map((s) => s.step)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
      expect(steps.every((s) => s.of === count)).toBe(true);
      const last = engine.render(end, 't');
      expect(last.final).toBe(true);
      expect(last.progress).toBeUndefined();
      expect(last.messages.some((m) => m.contact)).toBe(true);
    });

    it('goes backwards with "previous" from the last step to the first', () => {
      let c = mustStart(flow);
      for (let i = 1; i < count; i++) c = mustChoose(c, 'next');
      const seen: number[] = [];
      for (;;) {
        const frame = engine.render(c, 't');
        seen.push(frame.progress!.step);
        if (!frame.choices.some((ch) => ch.id === 'previous')) break;
        c = mustChoose(c, 'previous');
      }
      expect(seen).toEqual(Array.from({ length: count }, (_, i) => count - i));
    });

    it('every step says what happens, what you can do, and what to ask', () => {
      let c = mustStart(flow);
      for (let i = 1; i <= count; i++) {
        const frame = engine.render(c, 't');
        expect(frame.messages.length, frame.node).toBeGreaterThanOrEqual(3);
        expect(frame.messages.at(-1)!.text, frame.node).toMatch(/\bask\b|\?/i);
        if (i < count) c = mustChoose(c, 'next');
      }
    });

    it('Back retraces the steps as well as "previous" does', () => {
      let c = mustStart(flow);
      for (let i = 1; i < count; i++) c = mustChoose(c, 'next');
      for (let i = count; i > 1; i--) {
        const r = engine.back(c);
        if (!r.ok) throw new Error(r.message);
        c = r.conversation;
        expect(engine.render(c, 't').progress?.step).toBe(i - 1);
      }
    });
  });
}

it('the process walkthrough carries the statutory timescales', () => {
  const { steps } = walkForwards('process');
  let c = mustStart('process');
  const words: string[] = [];
  for (let i = 0; i < steps.length; i++) {
    words.push(...engine.render(c, 't').messages.map((m) => m.text));
    if (i < steps.length - 1) c = mustChoose(c, 'next');
  }
  const all = words.join(' ');
  expect(all).toMatch(/15 working days of the strategy discussion/);
  expect(all).toMatch(/within 10 working days/);
  expect(all).toMatch(/within 3 months/);
  expect(all).toMatch(/no more than 6 months apart/);
  expect(all).toMatch(/strategy discussion/);
  expect(all).toMatch(/26 weeks/);
});

describe('a contact that is closed now offers the 24-hour line (fixed clock, UK time)', () => {
  // The Family Rights Group advice line: Monday to Friday 9:30 to 15:00, not bank holidays.
  const place = (now: Date) => {
    const e = makeEngine(now);
    const c = mustChoose(mustStart('scared-to-report', e), 'held-against-me', e);
    return e.render(c, 't').messages;
  };
  const frgAndAfter = (messages: ReturnType<typeof place>) => {
    const i = messages.findIndex((m) => m.contact?.id === 'familyRightsGroup');
    expect(i).toBeGreaterThanOrEqual(0);
    return { frg: messages[i]!, after: messages[i + 1] };
  };

  it('weekday morning: open, and no fallback', () => {
    const { frg, after } = frgAndAfter(place(new Date('2026-11-24T10:00:00Z'))); // Tuesday 10:00 GMT
    expect(frg.contact!.openNow).toBe(true);
    expect(frg.contact).not.toHaveProperty('hoursKnown');
    expect(after?.contact?.id).not.toBe('nationalHelpline');
  });

  for (const [when, iso] of [
    ['weekday evening', '2026-11-24T19:30:00Z'],
    ['weekend', '2026-11-28T11:00:00Z'],
    ['bank holiday (Easter Monday 2027, BST)', '2027-03-29T10:00:00Z'],
    ['bank holiday (Christmas Day 2026)', '2026-12-25T11:00:00Z'],
  ] as const) {
    it(`${when}: closed, and the 24-hour helpline comes next`, () => {
      const { frg, after } = frgAndAfter(place(new Date(iso)));
      expect(frg.contact!.openNow).toBe(false);
      expect(after).toBeDefined();
      expect(after!.text).toMatch(/closed now/);
      expect(after!.contact).toMatchObject({ id: 'nationalHelpline', tel: '08082000247', openNow: true });
    });
  }

  it('a line with unconfirmed hours is never shown as open, and the 24-hour line comes with it', () => {
    const e = makeEngine(new Date('2026-11-24T11:00:00Z'));
    const messages = e.render(mustChoose(mustStart('support', e), 'lgbt', e), 't').messages;
    const i = messages.findIndex((m) => m.contact?.id === 'galop');
    expect(messages[i]!.contact!.openNow).toBe(false);
    // Said on the wire, so a front end shows "hours not confirmed" rather than "closed now".
    expect(messages[i]!.contact!.hoursKnown).toBe(false);
    expect(messages[i + 1]!.text).toMatch(/could not confirm/);
    expect(messages[i + 1]!.contact).not.toHaveProperty('hoursKnown');
    expect(messages[i + 1]!.contact?.id).toBe('nationalHelpline');
  });
});
