// A rate per address group (see address.ts): a token bucket each, held in a bounded LRU so a
// flood of addresses cannot grow it without end; an address forgotten there simply starts
// again with a full bucket.
import { LRUCache } from 'lru-cache';
import { TokenBucket } from './rate.js';

/** Address groups remembered at most; the least recently seen are forgotten first. */
const MAX_ADDRESSES = 100_000;

export class AddressRate {
  private readonly buckets = new LRUCache<string, TokenBucket>({ max: MAX_ADDRESSES });

  /** `perMinute` on average, up to `burst` at once; 0 turns the limit off. */
  constructor(
    private readonly perMinute: number,
    private readonly burst: number,
  ) {}

  /** Takes one from this group's bucket; false when the group is over its rate. */
  take(group: string): boolean {
    if (this.perMinute === 0) return true;
    let bucket = this.buckets.get(group);
    if (!bucket) {
      bucket = new TokenBucket(this.perMinute / 60, this.burst);
      this.buckets.set(group, bucket);
    }
    return bucket.take();
  }
}
