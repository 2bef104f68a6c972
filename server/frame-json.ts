// A frame as JSON, byte for byte as JSON.stringify writes it, without escaping the same
// sentences again for every person. A step's messages and choices are mostly shared by everyone
// on that screen and frozen all the way down (server/engine/freeze.ts: nothing under a frozen
// object can change), so the JSON of each frozen array or object is worked out once and kept
// beside it, as UTF-8: a turn copies those bytes rather than measuring and encoding a thousand
// characters of text again, which sending a string costs on every send. Only the token and the
// few flags are written afresh on every turn.
import { Buffer } from 'node:buffer';
import type { ServerFrame, StepFrame } from './protocol.js';

const known = new WeakMap<object, Buffer>();

/** The JSON of a value frozen all the way down, as UTF-8, kept after the first time. */
function frozenBytes(value: object): Buffer {
  let bytes = known.get(value);
  if (bytes === undefined) known.set(value, (bytes = ownBytes(JSON.stringify(value))));
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

  /** A value's JSON: its kept bytes if it is frozen, else written afresh. */
  value(value: object): void {
    if (Object.isFrozen(value)) this.bytes(frozenBytes(value));
    else this.text(JSON.stringify(value));
  }

  /** A list whose own array may be new (the list screen, offers) but whose items are shared. */
  list(items: readonly object[]): void {
    if (Object.isFrozen(items)) return this.bytes(frozenBytes(items));
    this.text('[');
    items.forEach((item, i) => {
      if (i > 0) this.text(',');
      this.value(item);
    });
    this.text(']');
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

/** The frame's JSON as UTF-8: JSON.stringify's text, byte for byte. */
export function frameBytes(frame: ServerFrame): Buffer {
  if (frame.type !== 'step' || !isPlainStep(frame)) return Buffer.from(JSON.stringify(frame));
  const pieces = new Pieces();
  pieces.text(`{"type":"step","token":${JSON.stringify(frame.token)},"flow":${JSON.stringify(frame.flow)},"node":${JSON.stringify(frame.node)},"messages":`);
  pieces.list(frame.messages);
  pieces.text(',"choices":');
  pieces.list(frame.choices);
  pieces.text(`,"canGoBack":${frame.canGoBack},"final":${frame.final}`);
  if (frame.progress !== undefined) {
    pieces.text(',"progress":');
    pieces.value(frame.progress);
  }
  pieces.text('}');
  return pieces.join();
}
