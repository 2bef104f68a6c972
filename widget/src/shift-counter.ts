// Shift pressed on its own three times within 5 seconds leaves the page, counted as GOV.UK's
// "Exit this page" counts it: on key release; a Shift that was used to type a capital letter
// does not count; any other key starts the count again.
export const SHIFT_PRESSES = 3;
export const SHIFT_WINDOW_MS = 5000;

export interface ShiftKey {
  key: string;
  shiftKey: boolean;
}

export interface ShiftCounter {
  /** Feed every keyup. Returns presses left (0 means: leave now), or undefined if no count is running. */
  keyup(event: ShiftKey): number | undefined;
  reset(): void;
}

export function shiftCounter(now: () => number = Date.now): ShiftCounter {
  let count = 0;
  let firstAt = 0;
  let lastWasModified = false;
  return {
    keyup(event) {
      let left: number | undefined;
      if (event.key === 'Shift' && !lastWasModified) {
        const t = now();
        if (count === 0 || t - firstAt > SHIFT_WINDOW_MS) {
          count = 0;
          firstAt = t;
        }
        count += 1;
        left = SHIFT_PRESSES - count;
        if (left === 0) count = 0;
      } else {
        count = 0;
      }
      // On the Shift key's own release shiftKey is false, so this marks "Shift was held for
      // another key" only when that other key is released first.
      lastWasModified = event.shiftKey;
      return left;
    },
    reset() {
      count = 0;
      lastWasModified = false;
    },
  };
}
