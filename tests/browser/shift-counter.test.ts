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
});
