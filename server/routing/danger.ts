// Hears signs of immediate danger in typed text. It runs before anything else and is built to
// over-hear: a false alarm costs a person one tap, a missed one may cost a life. The signs are
// data (the routing catalogue's `danger` phrases, `dangerWords`, `dangerTogether`, and the
// `dangerUnlessAsking` signs that a question about the process quiets, its `asking` forms and
// `denials`); this only compiles and matches them.
import type { RoutingCatalogue } from '../../flows/content/routing-types.js';
import { squeeze } from './normalise.js';

/**
 * Words this long or longer (repeated letters counted once) also match with one letter wrong,
 * added or missing. Shorter words have too many harmless neighbours ("picked" for "kicked").
 */
const FUZZY_MIN_LENGTH = 7;

export class DangerDetector {
  private readonly patterns: RegExp[];
  private readonly groups: RegExp[][];
  private readonly stems: Set<string>;
  private readonly fuzzy: string[];
  private readonly unlessAsking: RegExp[];
  private readonly asking: RegExp[];
  /** Global, to cut every denied span out; `denied` tests for one. */
  private readonly denials: RegExp[];
  private readonly denied: RegExp[];

  /**
   * The catalogue's `danger` phrases (regular expressions over prepared text), `dangerWords`
   * (single words; `stem` brings their forms together), `dangerTogether` (groups that are a
   * sign only when all of a group appear), and `dangerUnlessAsking`, `asking`, `denials`.
   */
  constructor(
    signs: Pick<RoutingCatalogue, 'danger' | 'dangerWords' | 'dangerTogether' | 'dangerUnlessAsking' | 'asking' | 'denials'>,
    private readonly stem: (word: string) => string,
  ) {
    this.patterns = signs.danger.map(compile);
    this.groups = signs.dangerTogether.map((group) => group.map(compile));
    this.stems = new Set(signs.dangerWords.map((w) => squeeze(stem(w))));
    this.fuzzy = [...new Set(signs.dangerWords.map(squeeze).filter((w) => w.length >= FUZZY_MIN_LENGTH))];
    this.unlessAsking = signs.dangerUnlessAsking.map(compile);
    this.asking = signs.asking.map(compile);
    this.denied = signs.denials.map(compile);
    this.denials = this.denied.map((d) => new RegExp(d.source, 'g'));
  }

  /** `prepared`: text already through `prepare()` (normalised, slang expanded). */
  hears(prepared: string): boolean {
    return this.sign(prepared) !== undefined;
  }

  /** Whether the message asks about the process, imagines, or denies, rather than calls for help. */
  asks(prepared: string): boolean {
    const text = squeeze(prepared);
    return this.asking.some((p) => p.test(text)) || this.denied.some((p) => p.test(text));
  }

  /** The first sign heard, for the evaluation and for reviewers ("pattern …", "word …"). */
  sign(prepared: string): string | undefined {
    // A denied sign ("he never hit me") is cut out; the rest of the message is still heard.
    const text = this.denials.reduce((t, d) => t.replace(d, ' '), squeeze(prepared)).replace(/ +/g, ' ').trim();
    const pattern = this.patterns.find((p) => p.test(text));
    if (pattern) return `pattern ${pattern.source}`;
    const group = this.groups.find((g) => g.every((p) => p.test(text)));
    if (group) return `together ${group.map((p) => p.source).join(' + ')}`;
    const quiet = this.unlessAsking.find((p) => p.test(text));
    if (quiet && !this.asks(prepared)) return `pattern ${quiet.source}`;
    const word = text.split(' ').find((w) => {
      if (w === '') return false;
      if (this.stems.has(squeeze(this.stem(w)))) return true;
      const short = squeeze(w);
      return short.length >= FUZZY_MIN_LENGTH - 1 && this.fuzzy.some((f) => withinOneEdit(short, f));
    });
    return word === undefined ? undefined : `word ${word}`;
  }
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
