// The cap on open conversations. Only a store that counts what it holds (the in-memory one)
// can be capped here; a shared store such as Redis is bounded by its own memory policy.
import type { SessionStore } from '../store/store.js';

interface Counting {
  readonly size: number;
  sweep?(): void;
}

function counts(store: SessionStore): store is SessionStore & Counting {
  return typeof (store as Partial<Counting>).size === 'number';
}

export class ConversationCap {
  private lastSweep = 0;

  constructor(
    private readonly store: SessionStore,
    private readonly max: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether a new conversation would go past the cap (expired ones are swept first, at most once a second). */
  full(): boolean {
    const store = this.store;
    if (!counts(store) || store.size < this.max) return false;
    const now = this.now();
    if (store.sweep && now - this.lastSweep >= 1000) {
      this.lastSweep = now;
      store.sweep();
    }
    return store.size >= this.max;
  }
}
