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
}

/** Back can undo this many answers; older ones are dropped to keep a conversation small. */
export const HISTORY_LIMIT = 50;
