// Hears signs of immediate danger in typed text. It runs before anything else and is built to
// over-hear: a false alarm costs a person one tap, a missed one may cost a life. The signs are
// data (the routing catalogue's `danger` phrases, `dangerWords`, `dangerTogether`, and the
// `dangerUnlessAsking` signs that a question about the process quiets, its `asking` forms and
// `denials`, and the `dangerUnlessPast` signs that a past or general framing quiets unless
// something says now); this only compiles and matches them.
import type { RoutingCatalogue } from '../../flows/content/routing-types.js';
import { squeeze } from './normalise.js';

/**
 * Words this long or longer (repeated letters counted once) also match with one letter wrong,
 * added or missing. Shorter words have too many harmless neighbours ("picked" for "kicked").
 */
const FUZZY_MIN_LENGTH = 7;

/** Someone doing something as the message is typed: "he is kicking", "they are chokin". */
const UNDER_WAY = /(?:^| )(?:he|she|they|it) (?:is|are) (?:still )?[a-z]+in[g]?(?= |$)/;

/** How a message is put: history asked about, a question about the process (or denied), or plainly. */
export type Framing = 'history' | 'asking' | 'plain';

export class DangerDetector {
  private readonly patterns: RegExp[];
  private readonly groups: RegExp[][];
  private readonly stems: Set<string>;
  private readonly fuzzy: string[];
  private readonly unlessAsking: RegExp[];
  private readonly unlessPast: RegExp[];
  private readonly unlessToldAsPast: RegExp[];
  private readonly pastQuestions: RegExp[];
  private readonly pastOrGeneral: RegExp[];
  private readonly now: RegExp[];
  private readonly plainlyNow: RegExp[];
  private readonly plainDistance: RegExp[];
  private readonly asking: RegExp[];
  /** Global, to cut every denied span out; `denied` tests for one. */
  private readonly denials: RegExp[];
  private readonly denied: RegExp[];
  private readonly figures: RegExp[];
  /** Every sign as if nothing could quiet it (see `alarmed`). */
  private readonly anySign: RegExp[];

  /**
   * The catalogue's `danger` phrases (regular expressions over prepared text), `dangerWords`
   * (single words; `stem` brings their forms together), `dangerTogether` (groups that are a
   * sign only when all of a group appear), and `dangerUnlessAsking`, `asking`, `denials`.
   */
  constructor(
    signs: Pick<
      RoutingCatalogue,
      | 'danger'
      | 'dangerWords'
      | 'dangerTogether'
      | 'dangerUnlessAsking'
      | 'dangerUnlessPast'
      | 'dangerUnlessToldAsPast'
      | 'pastQuestions'
      | 'figuresOfSpeech'
      | 'accidents'
      | 'pastOrGeneral'
      | 'now'
      | 'plainlyNow'
      | 'plainDistance'
      | 'asking'
      | 'denials'
    >,
    private readonly stem: (word: string) => string,
  ) {
    this.patterns = signs.danger.map(compile);
    this.groups = signs.dangerTogether.map((group) => group.map(compile));
    this.stems = new Set(signs.dangerWords.map((w) => squeeze(stem(w))));
    this.fuzzy = [...new Set(signs.dangerWords.map(squeeze).filter((w) => w.length >= FUZZY_MIN_LENGTH))];
    this.unlessAsking = signs.dangerUnlessAsking.map(compile);
    this.unlessPast = signs.dangerUnlessPast.map(compile);
    this.unlessToldAsPast = signs.dangerUnlessToldAsPast.map(compile);
    this.pastQuestions = signs.pastQuestions.map(compile);
    this.pastOrGeneral = signs.pastOrGeneral.map(compile);
    this.now = signs.now.map(compile);
    this.plainlyNow = signs.plainlyNow.map(compile);
    this.plainDistance = signs.plainDistance.map(compile);
    this.asking = signs.asking.map(compile);
    this.denied = signs.denials.map(compile);
    const harmless = [...signs.figuresOfSpeech, ...signs.accidents];
    // Figures of speech and accidents are cut like denials, but never count as a denial (`asks`).
    this.denials = [...this.denied, ...harmless.map(compile)].map((d) => new RegExp(d.source, 'g'));
    // The same over text as typed (not squeezed), for what the danger model reads.
    this.figures = harmless.map((source) => new RegExp(`(?:^| )(?:${source})(?= |$)`, 'g'));
    this.anySign = [...this.patterns, ...this.unlessToldAsPast, ...this.unlessPast, ...this.unlessAsking];
  }

  /**
   * Whether the message holds any sign at all, read as typed: before its framing, denials,
   * figures of speech and accidents are weighed. These are the messages where telling danger
   * now from a question about the past or the process is hard; the router reads them twice.
   */
  alarmed(prepared: string): boolean {
    const text = squeeze(prepared).replace(/ +/g, ' ').trim();
    if (this.anySign.some((p) => p.test(text))) return true;
    if (this.groups.some((g) => g.every((p) => p.test(text)))) return true;
    return text.split(' ').some((w) => w !== '' && this.isWordSign(w));
  }

  /** Whether anything in the message says now ("right now", "he's back", "tonight"). */
  saysNow(prepared: string): boolean {
    return this.nowIn(squeeze(prepared));
  }

  /**
   * Whether a plain message may be read a second time: something in it sets it apart from now
   * (`plainDistance`: "could", "what if", "once", "in 2021") and nothing says plainly that it is
   * now (`plainlyNow`). "my sw said he hit me" is never read twice; "i could strangle the social
   * worker" and "he punched me one time when he lost his job" are.
   */
  plainButDistant(prepared: string): boolean {
    const squeezed = squeeze(prepared);
    return this.plainDistance.some((p) => p.test(squeezed)) && !this.plainlyNow.some((p) => p.test(squeezed));
  }

  /** Whether the message tells of something under way: "he is kicking the door", "hes chokin me". */
  underWay(prepared: string): boolean {
    return UNDER_WAY.test(prepared);
  }

  /** `prepared`: text already through `prepare()` (normalised, slang expanded). */
  hears(prepared: string): boolean {
    return this.sign(prepared) !== undefined;
  }

  /**
   * The first sign heard, and how the message is put, read once for the router: a message that
   * tells of violence as history and asks about it (`history`), one that asks about the process,
   * imagines or denies (`asking`), or a plain one. The router's danger model needs to be surer
   * the further from a call for help the message is.
   */
  judge(prepared: string): { sign: string | undefined; framing: Framing } {
    const reading = this.read(prepared);
    const framing = reading.history ? 'history' : reading.past || this.asksAbout(reading.squeezed) ? 'asking' : 'plain';
    return { sign: this.signIn(reading), framing };
  }

  /** The first sign heard, for the evaluation and for reviewers ("pattern …", "word …"). */
  sign(prepared: string): string | undefined {
    return this.signIn(this.read(prepared));
  }

  /**
   * What every question about a message starts from: the message squeezed, its denials, figures
   * of speech and accidents cut out, and whether it is placed in the past (or in general) with
   * nothing that says now, and then also asked about as history.
   */
  private read(prepared: string): Reading {
    const squeezed = squeeze(prepared);
    const text = cut(squeezed, this.denials);
    const past = this.notNow(text);
    return { squeezed, text, past, history: past && this.pastQuestions.some((p) => p.test(text)) };
  }

  private signIn({ squeezed, text, past, history }: Reading): string | undefined {
    const pattern = this.patterns.find((p) => p.test(text));
    if (pattern) return `pattern ${pattern.source}`;
    // Violence or injury placed in the past or asked about in general ("he used to hit me,
    // will they take my kids") is not danger now, unless something in the message says it is.
    if (!history) {
      const grave = this.unlessToldAsPast.find((p) => p.test(text));
      if (grave) return `pattern ${grave.source}`;
    }
    if (!past) {
      const hurt = this.unlessPast.find((p) => p.test(text));
      if (hurt) return `pattern ${hurt.source}`;
      const group = this.groups.find((g) => g.every((p) => p.test(text)));
      if (group) return `together ${group.map((p) => p.source).join(' + ')}`;
    }
    const quiet = this.unlessAsking.find((p) => p.test(text));
    if (quiet && !past && !this.asksAbout(squeezed)) return `pattern ${quiet.source}`;
    if (past) return undefined;
    const word = text.split(' ').find((w) => w !== '' && this.isWordSign(w));
    return word === undefined ? undefined : `word ${word}`;
  }

  /** A danger word, or within one slip of a long one. */
  private isWordSign(word: string): boolean {
    if (this.isDangerWord(word)) return true;
    // A dropped g, as often typed: "chokin", "stranglin".
    if (word.length >= 5 && word.endsWith('in') && this.isDangerWord(`${word}g`)) return true;
    const short = squeeze(word);
    return short.length >= FUZZY_MIN_LENGTH - 1 && this.fuzzy.some((f) => withinOneEdit(short, f));
  }

  /**
   * `prepared` without its danger words ("knife", "punched"): what is left says which answers,
   * if any, to offer beside the triage ("he's got a knife" leaves nothing to offer).
   */
  withoutDangerWords(prepared: string): string {
    return prepared
      .split(' ')
      .filter((w) => w !== '' && !this.isDangerWord(w))
      .join(' ');
  }

  private isDangerWord(word: string): boolean {
    return this.stems.has(squeeze(this.stem(word)));
  }

  /**
   * `prepared` with its figures of speech cut out, for the danger model: "kill the weeds" and
   * "this wait is killing me" teach it nothing about killing.
   */
  withoutFigures(prepared: string): string {
    return cut(prepared, this.figures);
  }

  private asksAbout(squeezed: string): boolean {
    return this.asking.some((p) => p.test(squeezed)) || this.denied.some((p) => p.test(squeezed));
  }

  /** Placed in the past or asked about in general, and nothing says now. */
  private notNow(text: string): boolean {
    return this.pastOrGeneral.some((p) => p.test(text)) && !this.nowIn(text);
  }

  private nowIn(squeezed: string): boolean {
    return this.now.some((p) => p.test(squeezed));
  }
}

interface Reading {
  squeezed: string;
  /** Squeezed, with denials, figures of speech and accidents cut out. */
  text: string;
  /** Placed in the past or asked about in general, and nothing says now. */
  past: boolean;
  /** That, and asked about as history ("is that classed as abuse"). */
  history: boolean;
}

/** Every span the (global) patterns match cut out; the rest of the message is still heard. */
function cut(text: string, spans: readonly RegExp[]): string {
  return spans.reduce((t, span) => t.replace(span, ' '), text).replace(/ +/g, ' ').trim();
}

function compile(source: string): RegExp {
  // Repeated letters are squeezed on both sides, so "killl", "kil" and "kill" all match.
  // Signs are whole words: a space or an end of text on each side.
  try {
    return new RegExp(`(?:^| )(?:${squeeze(source)})(?= |$)`);
  } catch (err) {
    throw new Error(`danger sign /${source}/ is not a valid pattern: ${(err as Error).message}`);
  }
}

/**
 * True when `a` becomes `b` by changing, adding or removing one letter, or by swapping two
 * neighbours ("strangeld"), the commonest slips on a phone keyboard.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    let first = 0;
    while (a[first] === b[first]) first++;
    if (a[first] === b[first + 1] && a[first + 1] === b[first] && a.slice(first + 2) === b.slice(first + 2)) return true;
  }
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < short.length && j < long.length) {
    if (short[i] === long[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (short.length === long.length) i++;
    j++;
  }
  return edits + (long.length - j) + (short.length - i) <= 1;
}
