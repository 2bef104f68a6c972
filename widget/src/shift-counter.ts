// Shift pressed on its own three times within 5 seconds leaves the page, counted as GOV.UK's
// "Exit this page" counts it: on key release; a Shift that was used to type a capital letter
// does not count; any other key starts the count again. Two things GOV.UK gets wrong are put
// right: a Shift released while Alt, Ctrl or Meta is held does not count (Alt+Shift and
// Ctrl+Shift switch the keyboard language on Windows), and left and right Shift pressed so that
// they overlap count as two presses (GOV.UK's open bug #5393), since only Shift keys were used.
export const SHIFT_PRESSES = 3;
export const SHIFT_WINDOW_MS = 5000;

export interface KeyEventLike {
  key: string;
  /** Which physical key (ShiftLeft, ShiftRight, KeyH…); tells the two Shift keys apart. */
  code?: string;
  shiftKey: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  repeat?: boolean;
}

export interface ShiftCounter {
  /** Feed every keydown. */
  keydown(event: KeyEventLike): void;
  /** Feed every keyup. Returns presses left (0 means: leave now), or undefined if this key was not a counted press. */
  keyup(event: KeyEventLike): number | undefined;
  /** Whether a count has begun and not yet lapsed or finished. */
  readonly counting: boolean;
  /** Forgets the count and every key it thought held (the window lost focus, the page was hidden). */
  reset(): void;
}

const isShift = (e: KeyEventLike) => e.key === 'Shift';
const otherModifier = (e: KeyEventLike) => Boolean(e.altKey || e.ctrlKey || e.metaKey);
const keyId = (e: KeyEventLike) => e.code || e.key;

export function shiftCounter(now: () => number = Date.now): ShiftCounter {
  let count = 0;
  let firstAt = 0;
  /** Keys down now, by physical key. */
  const held = new Set<string>();
  /** Since the last moment no key was held, a Shift was used with another key: no Shift counts until all are up. */
  let spoiled = false;

  const shiftOnlyHeld = () => [...held].every((id) => id.startsWith('Shift'));

  return {
    keydown(event) {
      held.add(keyId(event));
      if (!isShift(event) || otherModifier(event)) spoiled = true;
    },
    keyup(event) {
      held.delete(keyId(event));
      let left: number | undefined;
      if (isShift(event) && !spoiled && !otherModifier(event) && shiftOnlyHeld()) {
        const t = now();
        if (count === 0 || t - firstAt > SHIFT_WINDOW_MS) {
          count = 0;
          firstAt = t;
        }
        count += 1;
        left = SHIFT_PRESSES - count;
        if (left === 0) count = 0;
      } else if (!isShift(event)) {
        // Any other key starts again, and spoils a Shift still held for it (Shift+H).
        count = 0;
        spoiled = true;
      }
      // A keyup with Shift still reported down, for a key we never saw go down (focus came
      // back mid-press), is treated like one: the Shift in use counts for nothing.
      if (!isShift(event) && event.shiftKey) spoiled = true;
      if (held.size === 0 && !event.shiftKey) spoiled = false;
      return left;
    },
    get counting() {
      return count > 0 && now() - firstAt <= SHIFT_WINDOW_MS;
    },
    reset() {
      count = 0;
      held.clear();
      spoiled = false;
    },
  };
}
