// How a conversation is written as text for a store outside this process (Redis). A place
// whose XState snapshot holds nothing but its state value (nearly all of them) is written as
// just its flow and state path ("conference#plan.review", or "conference!whatItIs" for an
// answer, a final state), and the text of each place is worked out once per place object (the
// engine shares place objects between conversations). The Back history comes last, so a turn
// can write only the head and what changed in the history (server/store/history-splice.ts).
// Decoding gives back exactly what was encoded.
import type { Conversation, PersistedState, Place } from '../engine/conversation.js';

/** A plain place's snapshot, in the order XState writes it: the compact form stands for this. */
const plainState = (value: PersistedState['value'], status: 'active' | 'done' = 'active'): PersistedState => ({
  status,
  value,
  historyValue: {},
  context: {},
  children: {},
});

const encoded = new WeakMap<Place, string>();

export function encodeConversation(conversation: Conversation): string {
  return `${encodeHead(conversation)}${encodeHistory(conversation.history)}${TAIL}`;
}

/**
 * Everything of a conversation but its Back history, up to where the history's places begin:
 * the history is written last, so a store can keep the places it already holds and write only
 * the head and the places added (server/store/history-splice.ts). Earlier text put the history
 * before `offers` and the rest; decoding reads the keys in any order, and so did the code before.
 */
export function encodeHead(conversation: Conversation): string {
  let text = '{';
  for (const key in conversation) {
    if (key === 'history') continue;
    const value = (conversation as unknown as Record<string, unknown>)[key];
    if (value === undefined) continue;
    text += `${text.length > 1 ? ',' : ''}${JSON.stringify(key)}:${key === 'at' ? encodePlace(value as Place) : JSON.stringify(value)}`;
  }
  return `${text}${text.length > 1 ? ',' : ''}"history":[`;
}

/** A history's places as they stand between the head's `[` and TAIL. */
export function encodeHistory(history: readonly Place[]): string {
  return history.map(encodePlace).join(',');
}

/** What closes the text after the history's places. */
export const TAIL = ']}';

/** What a forgotten token holds in a store for its time-to-live, in place of a conversation. */
export const TOMBSTONE = '-';

/** The conversation encoded here, or undefined for text that is not one. */
export function decodeConversation(text: string): Conversation | undefined {
  try {
    const value = JSON.parse(text) as Record<string, unknown> | null;
    if (!value || typeof value !== 'object' || !Array.isArray(value.history) || typeof value.locale !== 'string' || !isPlace(value.at)) return undefined;
    if (!value.history.every(isPlace)) return undefined;
    return { ...value, at: decodePlace(value.at), history: value.history.map(decodePlace) } as Conversation;
  } catch {
    return undefined;
  }
}

/** One place as it stands in the text (worked out once per place object). */
export function encodePlace(place: Place): string {
  let text = encoded.get(place);
  if (text === undefined) {
    const path = isPlain(place.state) ? pathOf(place.state.value) : undefined;
    const mark = place.state.status === 'done' ? DONE_MARK : PATH_MARK;
    text =
      path !== undefined && !place.flow.includes(PATH_MARK) && !place.flow.includes(DONE_MARK)
        ? JSON.stringify(`${place.flow}${mark}${path}`)
        : isPlain(place.state) && place.state.status === 'active'
          ? JSON.stringify({ flow: place.flow, value: place.state.value })
          : JSON.stringify(place);
    encoded.set(place, text);
  }
  return text;
}

/**
 * A plain place whose state value is one path of states (nearly all: flows have no parallel
 * states) is written as `"flow#state.child"`: a conversation keeps up to 50 places for Back, and
 * written as objects they were most of the 2.8 KB each turn sent to Redis. The object forms are
 * still read, so conversations saved before this form are carried on.
 */
const PATH_MARK = '#';
/**
 * The same for a final state (an answer: XState's status "done"). Answers are a quarter of the
 * places a conversation keeps for Back, and written as objects they were three quarters of
 * its text (111 bytes each against 14): 2.1 KB at the median in the bench, 0.8 KB with this.
 */
const DONE_MARK = '!';

function pathOf(value: PersistedState['value']): string | undefined {
  const keys: string[] = [];
  let at: unknown = value;
  while (typeof at === 'object' && at !== null) {
    const entries = Object.keys(at);
    if (entries.length !== 1) return undefined;
    keys.push(entries[0]!);
    at = (at as Record<string, unknown>)[entries[0]!];
  }
  if (typeof at !== 'string') return undefined;
  keys.push(at);
  return keys.every((key) => key.length > 0 && !key.includes('.') && !key.includes(PATH_MARK) && !key.includes(DONE_MARK)) ? keys.join('.') : undefined;
}

function valueOf(path: string): PersistedState['value'] {
  const keys = path.split('.');
  return keys.slice(0, -1).reduceRight<PersistedState['value']>((inner, key) => ({ [key]: inner }), keys.at(-1)!);
}

type Stored = string | { flow: string; state: PersistedState } | { flow: string; value: PersistedState['value'] };

function isPlace(value: unknown): value is Stored {
  if (typeof value === 'string') {
    const mark = markIn(value);
    return mark > 0 && mark < value.length - 1;
  }
  if (!value || typeof value !== 'object') return false;
  const place = value as Record<string, unknown>;
  return typeof place.flow === 'string' && ((typeof place.state === 'object' && place.state !== null) || 'value' in place);
}

function decodePlace(place: Stored): Place {
  if (typeof place === 'string') {
    const mark = markIn(place);
    return { flow: place.slice(0, mark), state: plainState(valueOf(place.slice(mark + 1)), place[mark] === DONE_MARK ? 'done' : 'active') };
  }
  return 'state' in place ? place : { flow: place.flow, state: plainState(place.value) };
}

/** Where a place written as a path splits into flow and path: its first mark of either kind. */
function markIn(text: string): number {
  const path = text.indexOf(PATH_MARK);
  const done = text.indexOf(DONE_MARK);
  return path < 0 ? done : done < 0 ? path : Math.min(path, done);
}

function isPlain(state: PersistedState): boolean {
  // Keys holding undefined (XState's `output` and `error`) are not written by JSON either.
  const keys = Object.keys(state).filter((key) => state[key] !== undefined);
  return (
    keys.length === 5 &&
    (state.status === 'active' || state.status === 'done') &&
    isEmpty(state.historyValue) &&
    isEmpty(state.context) &&
    isEmpty(state.children) &&
    'value' in state
  );
}

function isEmpty(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}
