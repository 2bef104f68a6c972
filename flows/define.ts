// The small vocabulary flow files are written in. A flow is an XState machine; what a state
// shows lives in its `meta`, and the choices it offers are the events it accepts. Keeping the
// words out of here (they are keys into the content catalogue) lets a reviewer read a flow as
// the shape of a conversation, and a translator change words without touching logic.
import type { AnyStateMachine } from 'xstate';
import type { ContactId } from './contacts.js';

/** One message a state shows: a catalogue key, where the fact comes from, an optional contact. */
export interface MessageSpec {
  /** Key into the content catalogue (flows/content/<locale>.ts). */
  text: string;
  /** Seed file name or named public document the statement rests on. */
  source?: string;
  /**
   * For a fact from a seed document: a few words copied from that seed, so a reviewer can find
   * the sentence the fact rests on (a test checks they are really there).
   */
  evidence?: string;
  /** A contact to offer with this message (rendered as a call button). */
  contact?: ContactId;
  /**
   * What the message is for. A fact (the default) must name its `source`; a `prompt` asks or
   * signposts and states nothing; `next` is the thing to do next that every outcome ends with.
   */
  kind?: 'fact' | 'prompt' | 'next';
}

/**
 * What a choice is for, so a front end can place it without knowing its id: `danger` (I'm in
 * danger now), `menu` (back to all topics), `topic` (enters a topic flow), `offer` (a topic
 * suggested for typed text), `next` / `previous` (walkthrough steps), `answer` (an ordinary
 * choice, the default), `glossary` (what does this word mean?), and for "My list": `list`
 * (open it), `list-add`, `list-remove`, `list-clear`.
 */
export const CHOICE_ROLES = [
  'danger',
  'menu',
  'topic',
  'offer',
  'next',
  'previous',
  'answer',
  'glossary',
  'list',
  'list-add',
  'list-remove',
  'list-clear',
] as const;
export type ChoiceRole = (typeof CHOICE_ROLES)[number];

/** What a state declares in `meta`. */
export interface StepMeta {
  say: MessageSpec[];
  /** Position in a walkthrough; the engine counts the steps of the flow to give "of M". */
  step?: number;
  /** Reaching this state hands the conversation to another flow (see `goTo`). */
  goto?: string;
  /**
   * Roles of the choices this state declares in `on`, where the engine cannot tell them (see
   * server/engine/roles.ts): `{ keepThis: 'list-add' }`. A choice that hands over to another
   * flow is a `topic` already; `next`, `previous` and `glossary` are what they say; the rest `answer`.
   */
  roles?: Readonly<Record<string, ChoiceRole>>;
}

export interface Flow {
  id: string;
  machine: AnyStateMachine;
}

/** A message that states a fact: it names where the fact comes from. */
export function say(text: string, extra: Omit<MessageSpec, 'text' | 'kind'> = {}): MessageSpec {
  return { text, ...extra };
}

/** A question or signpost that states no fact (so it needs no source). */
export function ask(text: string): MessageSpec {
  return { text, kind: 'prompt' };
}

/** The thing to do next: a step, a question to ask, a number to call. */
export function doNext(text: string, extra: Omit<MessageSpec, 'text' | 'kind'> = {}): MessageSpec {
  return { text, kind: 'next', ...extra };
}

/** A walkthrough step: what happens, what you can do, what to ask (in that order). */
export function walkStep(
  step: number,
  happens: MessageSpec[],
  canDo: MessageSpec[],
  toAsk: MessageSpec,
): StepMeta {
  return { step, say: [...happens, ...canDo, toAsk] };
}

/**
 * A state that hands over to another flow. Back from the other flow's first step returns
 * here's predecessor, because the engine records the hand-over in the conversation's history.
 */
export function goTo(flowId: string) {
  return { type: 'final' as const, meta: { say: [], goto: flowId } satisfies StepMeta };
}

/** The flow that explains words ("What does this word mean?"). */
export const GLOSSARY_FLOW = 'glossary';

/**
 * A state whose words use a term the glossary explains: it also offers "What does this word
 * mean?" (event `glossary`, role `glossary`), which hands over to the glossary flow. The flow
 * needs a `toGlossary: goTo(GLOSSARY_FLOW)` state; a test checks every state using a term
 * offers it.
 */
export function withWords<S extends { type?: 'final'; meta: StepMeta; on?: Readonly<Record<string, string>> }>(state: S) {
  return {
    ...state,
    meta: { ...state.meta, roles: { ...state.meta.roles, glossary: 'glossary' } } satisfies StepMeta,
    on: { ...state.on, glossary: 'toGlossary' },
  };
}

export function defineFlow(id: string, machine: AnyStateMachine): Flow {
  if (machine.id !== id) {
    throw new Error(`flow "${id}" must be built with machine id "${id}", got "${machine.id}"`);
  }
  return { id, machine };
}
