// The limits' arithmetic, on an injected clock: no timing, no sockets.
import { describe, expect, it } from 'vitest';
import { ConnectionCounter } from '../server/limits/connections.js';
import { addressGroup } from '../server/limits/address.js';
import { TokenBucket } from '../server/limits/rate.js';

describe('TokenBucket', () => {
  it('allows a burst, then the rate', () => {
    let now = 0;
    const bucket = new TokenBucket(10, 3, () => now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    now += 100; // one token at 10 per second
    expect([bucket.take(), bucket.take()]).toEqual([true, false]);
    now += 10_000; // refills up to the burst, no further
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
  });
});

describe('ConnectionCounter', () => {
  it('caps each address on its own and frees places on release', () => {
    const counter = new ConnectionCounter(2);
    expect([counter.acquire('a'), counter.acquire('a'), counter.acquire('a')]).toEqual([true, true, false]);
    expect(counter.acquire('b')).toBe(true);
    expect(counter.hasRoom('a')).toBe(false);
    counter.release('a');
    expect(counter.hasRoom('a')).toBe(true);
    expect(counter.count('a')).toBe(1);
    counter.release('a');
    expect(counter.count('a')).toBe(0);
  });
});

describe('addressGroup (finding 2: one IPv6 /64 walked round the per-address cap)', () => {
  it('groups IPv6 by /64, and reads IPv4 written as IPv6 as IPv4', () => {
    expect(addressGroup('2001:db8:1:2:aaaa::1')).toBe(addressGroup('2001:db8:1:2:ffff:1:2:3'));
    expect(addressGroup('2001:db8:1:2::1')).not.toBe(addressGroup('2001:db8:1:3::1'));
    expect(addressGroup('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(addressGroup('192.0.2.7')).not.toBe(addressGroup('192.0.2.8'));
    expect(addressGroup('not an address')).toBe('not an address');
  });
});
