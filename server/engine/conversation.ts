// What the server remembers about one conversation, and nothing more: where it is, and how it
// got there (for Back). No typed text, no timestamps, no person. It is plain JSON so any
// session store can hold it.
import type { StateValue } from 'xstate';
import type { Locale } from '../../flows/content/index.js';

/** XState's persisted snapshot of a flow machine (`getPersistedSnapshot`), as JSON. */
export interface PersistedState {
  value: StateValue;
  context?: unknown;
  [key: string]: unknown;
}

/** A place in a flow: the flow's id and its persisted snapshot. */
export interface Place {
  flow: string;
  state: PersistedState;
}

export interface Conversation {
  locale: Locale;
  at: Place;
  /** Earlier places, oldest first; Back pops the last one. */
  history: Place[];
  /**
   * Topics (flow ids) offered as extra choices after typed text ("Did you mean…"), until the
   * next action. Only ids: the typed text itself is never kept.
   */
  offers?: string[];
  /**
   * The version of the flows it was made with (Engine.version). A conversation from other
   * flows is checked place by place before it carries on; one without a version (stored before
   * versions were kept) counts as from other flows.
   */
  version?: string;
  /**
   * "My list": ids of content messages the person chose to keep, oldest first (at most
   * LIST_LIMIT, flows/my-list.ts). Only catalogue keys: nothing the person typed.
   */
  list?: string[];
  /** The list's own screen is showing, over `at`; Back or any move closes it. */
  listView?: true;
  /** The words confirming the last change to the list, shown once on the next screen. */
  listNote?: ListNote;
}

export type ListNote = 'added' | 'addedChecklist' | 'full' | 'removed' | 'cleared';

/** Back can undo this many answers; older ones are dropped to keep a conversation small. */
export const HISTORY_LIMIT = 50;

/**
 * A copy of a conversation to change before anyone else sees it. Every conversation the engine
 * makes comes from here or `newConversation`, with every field in the same order (absent ones
 * undefined), so V8 gives them all one shape: made by spreads and rest patterns they took many
 * shapes, and every read of one on a tap was a slow, megamorphic look-up. JSON and the stores
 * leave undefined fields out, so nothing stored or sent changes.
 */
export function copyOf(c: Conversation): Conversation {
  return { locale: c.locale, at: c.at, history: c.history, offers: c.offers, version: c.version, list: c.list, listView: c.listView, listNote: c.listNote };
}

/** A conversation just begun at `at`, in the same shape as every copy (see copyOf). */
export function newConversation(locale: Locale, at: Place, version: string): Conversation {
  return { locale, at, history: [], offers: undefined, version, list: undefined, listView: undefined, listNote: undefined };
}
