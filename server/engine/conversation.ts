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
 * A copy of a conversation to change before anyone else sees it (its place, history, offers or
 * version). Every conversation the engine makes comes from here, `conversationOf` or
 * `newConversation`, built field by field in one order: made by spreads and rest patterns they
 * took many shapes, every read of one on a tap was a slow, megamorphic look-up, and every field
 * after a spread was defined by a runtime call. `offers` and `version` are always there
 * (undefined where absent: JSON and the stores leave them out), the list's fields only when set,
 * so a conversation without a list has no key for one.
 */
export function copyOf(c: Conversation): Conversation {
  return conversationOf(c, c.list, c.listView, c.listNote);
}

/** A copy of `base` (see copyOf) with these list fields instead of its own. */
export function conversationOf(base: Conversation, list: string[] | undefined, listView: true | undefined, listNote: ListNote | undefined): Conversation {
  const next: Conversation = { locale: base.locale, at: base.at, history: base.history, offers: base.offers, version: base.version };
  if (list !== undefined) next.list = list;
  if (listView !== undefined) next.listView = listView;
  if (listNote !== undefined) next.listNote = listNote;
  return next;
}

/** A conversation just begun at `at` (see copyOf). */
export function newConversation(locale: Locale, at: Place, version: string): Conversation {
  return { locale, at, history: [], offers: undefined, version };
}
