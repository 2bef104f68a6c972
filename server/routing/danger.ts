// Hears signs of immediate danger in typed text. It runs before anything else and is built to
// over-hear: a false alarm costs a person one tap, a missed one may cost a life. The signs are
// data (the routing catalogue's `danger` phrases, `dangerWords` and `dangerTogether`); this
// only compiles and matches them.
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

  /**
   * `phrases`: regular expressions over prepared text (see RoutingCatalogue.danger).
   * `words`: single danger words; `stem` brings their forms together.
   * `together`: groups of patterns that are a sign only when all of a group appear.
   */
  constructor(
    phrases: readonly string[],
    words: readonly string[],
    together: readonly (readonly string[])[],
    private readonly stem: (word: string) => string,
  ) {
    this.patterns = phrases.map(compile);
    this.groups = together.map((group) => group.map(compile));
    this.stems = new Set(words.map((w) => squeeze(stem(w))));
    this.fuzzy = [...new Set(words.map(squeeze).filter((w) => w.length >= FUZZY_MIN_LENGTH))];
  }

  /** `prepared`: text already through `prepare()` (normalised, slang expanded). */
  hears(prepared: string): boolean {
    const text = squeeze(prepared);
    if (this.patterns.some((p) => p.test(text))) return true;
    if (this.groups.some((group) => group.every((p) => p.test(text)))) return true;
    return prepared.split(' ').some((word) => {
      if (word === '') return false;
      if (this.stems.has(squeeze(this.stem(word)))) return true;
      const short = squeeze(word);
      return short.length >= FUZZY_MIN_LENGTH - 1 && this.fuzzy.some((w) => withinOneEdit(short, w));
    });
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
    const first = [...a].findIndex((c, i) => c !== b[i]);
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
