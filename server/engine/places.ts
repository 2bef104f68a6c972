// A memo of places. Flow machines are deterministic: the same snapshot and the same choice
// always lead to the same place, so each is worked out by XState once and then shared,
// frozen, by every conversation that reaches it. That takes XState off the hot path of a turn
// and makes a stored conversation a few pointers instead of a copy of each snapshot.
import type { Place } from './conversation.js';
import { deepFreeze } from './freeze.js';

/** Enough for every place and choice of a large set of flows; past it the memo starts afresh. */
const MAX_ENTRIES = 10_000;

export class PlaceMemo {
  private readonly places = new Map<string, Place>();

  /** The place under `key`, worked out by `make` the first time. */
  get(key: string, make: () => Place): Place {
    const known = this.places.get(key);
    if (known) return known;
    if (this.places.size >= MAX_ENTRIES) this.places.clear();
    const place = deepFreeze(make());
    this.places.set(key, place);
    return place;
  }
}

