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
  /** A contact to offer with this message (rendered as a call button). */
  contact?: ContactId;
}

/** What a state declares in `meta`. */
export interface StepMeta {
  say: MessageSpec[];
  /** Position in a walkthrough; the engine counts the steps of the flow to give "of M". */
  step?: number;
  /** Reaching this state hands the conversation to another flow (see `goTo`). */
  goto?: string;
}

export interface Flow {
  id: string;
  machine: AnyStateMachine;
}

export function say(text: string, extra: Omit<MessageSpec, 'text'> = {}): MessageSpec {
  return { text, ...extra };
}

/**
 * A state that hands over to another flow. Back from the other flow's first step returns
 * here's predecessor, because the engine records the hand-over in the conversation's history.
 */
export function goTo(flowId: string) {
  return { type: 'final' as const, meta: { say: [], goto: flowId } satisfies StepMeta };
}

export function defineFlow(id: string, machine: AnyStateMachine): Flow {
  if (machine.id !== id) {
    throw new Error(`flow "${id}" must be built with machine id "${id}", got "${machine.id}"`);
  }
  return { id, machine };
}
