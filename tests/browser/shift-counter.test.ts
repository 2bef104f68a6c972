// The Shift×3 rule on its own, with a clock the test moves: the browser tests cannot wait five
// seconds honestly, this can.
import { describe, expect, it } from 'vitest';
import { shiftCounter, SHIFT_WINDOW_MS } from '../../widget/src/shift-counter.js';

const shift = { key: 'Shift', shiftKey: false };
const key = (k: string, shiftKey = false) => ({ key: k, shiftKey });

function counter() {
  let now = 1_000_000;
  const c = shiftCounter(() => now);
  return { c, tick: (ms: number) => (now += ms) };
}

describe('Shift pressed three times', () => {
  it('counts down 2, 1, then 0 (leave now)', () => {
    const { c } = counter();
    expect([c.keyup(shift), c.keyup(shift), c.keyup(shift)]).toEqual([2, 1, 0]);
    // And starts again afterwards.
    expect(c.keyup(shift)).toBe(2);
  });

  it('does not count a Shift used to type a capital letter', () => {
    const { c } = counter();
    // Shift down, H down, H up (with Shift held), Shift up.
    expect(c.keyup(key('H', true))).toBeUndefined();
    expect(c.keyup(shift)).toBeUndefined();
    expect([c.keyup(shift), c.keyup(shift)]).toEqual([2, 1]);
  });

  it('starts again after any other key', () => {
    const { c } = counter();
    expect([c.keyup(shift), c.keyup(shift)]).toEqual([2, 1]);
    expect(c.keyup(key('a'))).toBeUndefined();
    expect(c.keyup(shift)).toBe(2);
  });

  it('needs all three within 5 seconds of the first', () => {
    const { c, tick } = counter();
    c.keyup(shift);
    tick(SHIFT_WINDOW_MS - 1);
    expect(c.keyup(shift)).toBe(1);
    tick(2);
    // 5 s have passed since the first press: this one begins a new count.
    expect(c.keyup(shift)).toBe(2);
    expect(c.keyup(shift)).toBe(1);
    expect(c.keyup(shift)).toBe(0);
  });

  it('forgets everything on reset', () => {
    const { c } = counter();
    c.keyup(shift);
    c.keyup(shift);
    c.reset();
    expect(c.keyup(shift)).toBe(2);
  });

  it('does not count a Shift released while Alt, Ctrl or Meta is held (a keyboard language switch)', () => {
    for (const modifier of ['Alt', 'Control', 'Meta'] as const) {
      const { c } = counter();
      const flag = { Alt: 'altKey', Control: 'ctrlKey', Meta: 'metaKey' }[modifier];
      c.keydown({ key: modifier, code: `${modifier}Left`, shiftKey: false, [flag]: true });
      for (let i = 0; i < 3; i++) {
        c.keydown({ key: 'Shift', code: 'ShiftLeft', shiftKey: true, [flag]: true });
        expect(c.keyup({ key: 'Shift', code: 'ShiftLeft', shiftKey: false, [flag]: true })).toBeUndefined();
      }
      c.keyup({ key: modifier, code: `${modifier}Left`, shiftKey: false });
      expect(c.counting).toBe(false);
      // Afterwards Shift alone counts again.
      expect(c.keyup(shift)).toBe(2);
    }
  });

  it('does not count a Shift released while another key is still held', () => {
    const { c } = counter();
    c.keydown({ key: 'Shift', code: 'ShiftLeft', shiftKey: true });
    c.keydown({ key: 'H', code: 'KeyH', shiftKey: true });
    expect(c.keyup({ key: 'Shift', code: 'ShiftLeft', shiftKey: false })).toBeUndefined();
    expect(c.keyup({ key: 'h', code: 'KeyH', shiftKey: false })).toBeUndefined();
    expect(c.keyup(shift)).toBe(2);
  });

  it('counts left and right Shift pressed overlapping as two presses (GOV.UK bug #5393)', () => {
    const { c } = counter();
    c.keydown({ key: 'Shift', code: 'ShiftLeft', shiftKey: true });
    c.keydown({ key: 'Shift', code: 'ShiftRight', shiftKey: true });
    expect(c.keyup({ key: 'Shift', code: 'ShiftLeft', shiftKey: true })).toBe(2);
    expect(c.keyup({ key: 'Shift', code: 'ShiftRight', shiftKey: false })).toBe(1);
    expect(c.keyup(shift)).toBe(0);
  });

  it('says whether a count is running, until it lapses', () => {
    const { c, tick } = counter();
    expect(c.counting).toBe(false);
    c.keyup(shift);
    expect(c.counting).toBe(true);
    tick(SHIFT_WINDOW_MS + 1);
    expect(c.counting).toBe(false);
  });
});
