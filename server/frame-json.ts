// A frame as JSON, exactly as JSON.stringify writes it, without escaping the same sentences
// again for every person. A step's messages and choices are mostly shared by everyone on that
// screen and frozen all the way down (server/engine/freeze.ts: nothing under a frozen object can
// change), so the JSON of each frozen array or object is worked out once and kept beside it.
// Only the token and the few flags are written afresh on every turn.
//
// The socket is sent bytes (`frameBytes`): the shared parts are kept as UTF-8 too, so a turn
// copies them rather than measuring and encoding a thousand characters of text again, which
// sending a string costs on every send.
import { Buffer } from 'node:buffer';
import type { ServerFrame, StepFrame } from './protocol.js';

const known = new WeakMap<object, string>();
const knownBytes = new WeakMap<object, Buffer>();

/** The JSON of a value frozen all the way down, kept after the first time. */
function frozenJson(value: object): string {
  let json = known.get(value);
  if (json === undefined) known.set(value, (json = JSON.stringify(value)));
  return json;
}

/** The same as UTF-8, kept after the first time. */
function frozenBytes(value: object): Buffer {
  let bytes = knownBytes.get(value);
  if (bytes === undefined) knownBytes.set(value, (bytes = ownBytes(frozenJson(value))));
  return bytes;
}

/**
 * Text as UTF-8 in memory of its own. Buffer.from would slice Node's shared 8 KB pool, and a kept
 * slice holds its whole slab, with the frames made beside it, for as long as it is kept.
 */
function ownBytes(text: string): Buffer {
  const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(text));
  bytes.write(text);
  return bytes;
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

const stepHead = (frame: StepFrame): string =>
  `{"type":"step","token":${JSON.stringify(frame.token)},"flow":${JSON.stringify(frame.flow)},"node":${JSON.stringify(frame.node)},"messages":`;
const stepFlags = (frame: StepFrame): string => `,"canGoBack":${frame.canGoBack},"final":${frame.final}`;
const stepEnd = (frame: StepFrame): string => (frame.progress === undefined ? '}' : `,"progress":${anyJson(frame.progress)}}`);

export function frameJson(frame: ServerFrame): string {
  if (frame.type !== 'step' || !isPlainStep(frame)) return JSON.stringify(frame);
  return `${stepHead(frame)}${listJson(frame.messages)},"choices":${listJson(frame.choices)}${stepFlags(frame)}${stepEnd(frame)}`;
}

/** Text and kept bytes in order, written into one buffer at the end. */
class Pieces {
  private readonly pieces: (string | Buffer)[] = [];
  private length = 0;

  text(text: string): void {
    this.pieces.push(text);
    this.length += Buffer.byteLength(text);
  }

  bytes(bytes: Buffer): void {
    this.pieces.push(bytes);
    this.length += bytes.length;
  }

  /** The list's JSON: its kept bytes if the list is frozen, else its items' between brackets. */
  list(items: readonly object[]): void {
    if (Object.isFrozen(items)) return this.bytes(frozenBytes(items));
    let open = '[';
    for (const item of items) {
      if (Object.isFrozen(item)) {
        this.text(open);
        this.bytes(frozenBytes(item));
      } else this.text(open + JSON.stringify(item));
      open = ',';
    }
    this.text(items.length === 0 ? '[]' : ']');
  }

  join(): Buffer {
    const out = Buffer.allocUnsafe(this.length);
    let at = 0;
    for (const piece of this.pieces) {
      if (typeof piece === 'string') at += out.write(piece, at);
      else {
        out.set(piece, at);
        at += piece.length;
      }
    }
    return out;
  }
}

/** frameJson's text as UTF-8, byte for byte. */
export function frameBytes(frame: ServerFrame): Buffer {
  if (frame.type !== 'step' || !isPlainStep(frame)) return Buffer.from(JSON.stringify(frame));
  const pieces = new Pieces();
  pieces.text(stepHead(frame));
  pieces.list(frame.messages);
  pieces.text(',"choices":');
  pieces.list(frame.choices);
  pieces.text(stepFlags(frame) + stepEnd(frame));
  return pieces.join();
}
