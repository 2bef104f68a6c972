// The wire protocol (docs/protocol.md): version 1 and its additions. Inbound frames validated with zod,
// outbound frames typed. This file is the contract; fields may be added, never changed.
import { z } from 'zod';
import { locales } from '../flows/content/index.js';
import type { ChoiceRole } from '../flows/define.js';
import type { ListGroup } from '../flows/my-list.js';

/** What a choice is for (flows/define.ts lists and explains each): `danger`, `menu`, `topic`, `offer`, `next`, `previous`, `answer`, `glossary`, `list`, `list-add`, `list-remove`, `list-clear`. */
export type { ChoiceRole };
export { CHOICE_ROLES } from '../flows/define.js';

export const SAY_MAX_CHARS = 500;
/** The longest choice id a client may send (and so the longest the engine may offer). */
export const CHOICE_MAX_CHARS = 64;

const start = z
  .object({
    type: z.literal('start'),
    flow: z.string().min(1).max(64).optional(),
    locale: z.enum(locales).optional(),
    resume: z.string().min(1).max(128).optional(),
  })
  .strict();
const choose = z.object({ type: z.literal('choose'), choice: z.string().min(1).max(CHOICE_MAX_CHARS) }).strict();
const sayFrame = z.object({ type: z.literal('say'), text: z.string().max(SAY_MAX_CHARS) }).strict();
const back = z.object({ type: z.literal('back') }).strict();
const restart = z.object({ type: z.literal('restart') }).strict();
const exit = z.object({ type: z.literal('exit') }).strict();
/** The widget printed "My list" (addition): counted, never answered. */
const printed = z.object({ type: z.literal('printed') }).strict();

export const clientFrame = z.discriminatedUnion('type', [start, choose, sayFrame, back, restart, exit, printed]);
export type ClientFrame = z.infer<typeof clientFrame>;

export type ErrorCode =
  | 'bad_frame'
  | 'too_long'
  | 'unknown_choice'
  | 'unknown_flow'
  | 'not_started'
  | 'cannot_go_back'
  | 'expired'
  | 'unavailable'
  | 'internal'
  | 'rate_limited'
  | 'busy';

export interface ContactOut {
  id: string;
  name: string;
  /** As a person should read and dial it. */
  number: string;
  /** Digits for a tel: link; absent for contacts that are not phone numbers. */
  tel?: string;
  hours: string;
  openNow: boolean;
  /**
   * false where no public source confirms the opening hours: `openNow` is then false only
   * because the guide will not claim the line is open, not because it is closed.
   */
  hoursKnown?: false;
}

export interface MessageOut {
  text: string;
  /** Where the fact comes from, as reviewers trace it (often a seed file's name). */
  source?: string;
  /** The source as a person can read it, where one is known (flows/sources.ts). */
  sourceTitle?: string;
  contact?: ContactOut;
  /** On the "My list" screen: the group a heading or item belongs to (addition). */
  listGroup?: ListGroup;
  /** On the "My list" screen: the item this message shows; absent on group headings (addition). */
  listItem?: string;
}

export interface ChoiceOut {
  id: string;
  label: string;
  /** What the choice is for; a front end places choices by role, never by id (addition). */
  role: ChoiceRole;
  /** Offered on every screen (e.g. "I'm in danger now"); a front end may show it apart. */
  global?: boolean;
  /** A topic suggested for what the person typed ("Did you mean…"); id is `topic:<flow>`. */
  offer?: boolean;
  /** On a `list-remove` choice: the `listItem` it removes (addition). */
  item?: string;
}

export interface StepFrame {
  type: 'step';
  token: string;
  flow: string;
  node: string;
  messages: MessageOut[];
  choices: ChoiceOut[];
  canGoBack: boolean;
  final: boolean;
  progress?: { step: number; of: number };
}

export interface ErrorFrame {
  type: 'error';
  code: ErrorCode;
  message: string;
}

export interface ByeFrame {
  type: 'bye';
}

export type ServerFrame = StepFrame | ErrorFrame | ByeFrame;

export type Parsed = { ok: true; frame: ClientFrame } | { ok: false; error: ErrorFrame };

/**
 * A tap exactly as front ends write it (`JSON.stringify({ type: 'choose', choice })`), with a
 * choice JSON writes without escapes: no quote, backslash or control character. Most frames are
 * taps, and for these JSON.parse and zod's checks, which allocate as much as the rest of a tap,
 * can only say yes. tests/fuzz/tap-frames.test.ts checks that both ways agree on any text.
 */
const PLAIN_TAP = new RegExp(`^\\{"type":"choose","choice":"([^"\\\\\\u0000-\\u001f]{1,${CHOICE_MAX_CHARS}})"\\}$`);

/** Turns raw text off the socket into a valid frame, or the error frame that answers it. */
export function parseClientFrame(raw: string): Parsed {
  const tap = PLAIN_TAP.exec(raw);
  if (tap) return { ok: true, frame: { type: 'choose', choice: tap[1]! } };
  return parseClientFrameInFull(raw);
}

/** Any frame, through JSON.parse and the zod schemas (exported for the test of the short way). */
export function parseClientFrameInFull(raw: string): Parsed {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return fail('bad_frame', 'That was not valid JSON.');
  }
  const result = clientFrame.safeParse(data);
  if (result.success) return { ok: true, frame: result.data };
  const tooLong = result.error.issues.some(
    (i) => i.code === 'too_big' && i.path.length === 1 && i.path[0] === 'text',
  );
  if (tooLong) return fail('too_long', `Messages can be at most ${SAY_MAX_CHARS} characters.`);
  const first = result.error.issues[0];
  const where = first && first.path.length > 0 ? ` (at "${first.path.join('.')}")` : '';
  return fail('bad_frame', `That frame does not match the protocol${where}: ${first?.message ?? 'invalid'}.`);
}

function fail(code: ErrorCode, message: string): Parsed {
  return { ok: false, error: { type: 'error', code, message } };
}
