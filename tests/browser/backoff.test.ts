// The reconnect pauses on their own (widget/src/backoff.ts): growing, jittered, capped, and
// longer when the server said it is busy (1013) or restarting (1012).
import { describe, expect, it } from 'vitest';
import { MAX_DELAY_MS, retryDelay } from '../../widget/src/backoff.js';

const range = (failures: number, code: number) => [retryDelay(failures, code, 0), retryDelay(failures, code, 0.999999)];

describe('reconnect pauses', () => {
  it('grow with each failure in a row, with half of each pause jitter', () => {
    expect(range(1, 1006)).toEqual([250, 500]);
    expect(range(2, 1006)).toEqual([500, 1000]);
    expect(range(3, 1006)).toEqual([1000, 2000]);
  });

  it('are longer after 1013 (try again later) or 1012 (service restart)', () => {
    for (const code of [1012, 1013]) {
      expect(range(1, code)).toEqual([1000, 2000]);
      expect(retryDelay(1, code, 0)).toBeGreaterThan(retryDelay(1, 1006, 0.999999));
    }
  });

  it('never exceed the cap, however many failures', () => {
    for (const code of [1006, 1012, 1013]) {
      expect(retryDelay(50, code, 0.999999)).toBeLessThanOrEqual(MAX_DELAY_MS);
      expect(retryDelay(50, code, 0)).toBe(MAX_DELAY_MS / 2);
    }
  });
});
