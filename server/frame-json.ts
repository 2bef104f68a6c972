// A frame as JSON text, exactly as JSON.stringify writes it, without escaping the same
// sentences again for every person. A step's messages and choices are mostly shared by everyone
// on that screen and frozen all the way down (server/engine/freeze.ts: nothing under a frozen
// object can change), so the JSON of each frozen array or object is worked out once and kept
// beside it. Only the token and the few flags are written afresh on every turn.
import type { ServerFrame, StepFrame } from './protocol.js';

const known = new WeakMap<object, string>();

/** The JSON of a value frozen all the way down, kept after the first time. */
function frozenJson(value: object): string {
  let json = known.get(value);
  if (json === undefined) known.set(value, (json = JSON.stringify(value)));
  return json;
}

/** Kept if frozen, written afresh if not. */
function anyJson(value: object): string {
  return Object.isFrozen(value) ? frozenJson(value) : JSON.stringify(value);
}

/** A list whose own array may be new (the list screen, offers) but whose items are shared. */
function listJson(items: readonly object[]): string {
  if (Object.isFrozen(items)) return frozenJson(items);
  let json = '[';
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    json += (i === 0 ? '' : ',') + anyJson(item);
  }
  return json + ']';
}

// The step's keys in the order the engine writes them (Engine.render). A frame with any other
// key, or these in another order, is written by JSON.stringify, so nothing is ever dropped or
// written differently.
const STEP_KEYS = ['type', 'token', 'flow', 'node', 'messages', 'choices', 'canGoBack', 'final', 'progress'];
function isPlainStep(frame: StepFrame): boolean {
  let i = 0;
  for (const key in frame) {
    if (key !== STEP_KEYS[i]) return false;
    i++;
  }
  return i >= STEP_KEYS.length - 1;
}

export function frameJson(frame: ServerFrame): string {
  if (frame.type !== 'step' || !isPlainStep(frame)) return JSON.stringify(frame);
  const { token, flow, node, messages, choices, canGoBack, final, progress } = frame;
  return (
    `{"type":"step","token":${JSON.stringify(token)},"flow":${JSON.stringify(flow)},"node":${JSON.stringify(node)}` +
    `,"messages":${listJson(messages)},"choices":${listJson(choices)},"canGoBack":${canGoBack},"final":${final}` +
    (progress === undefined ? '}' : `,"progress":${anyJson(progress)}}`)
  );
}
