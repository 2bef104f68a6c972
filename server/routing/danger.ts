// Hears signs of immediate danger in typed text. It runs before anything else and is built to
// over-hear: a false alarm costs a person one tap, a missed one may cost a life. The signs are
// data (the routing catalogue's `danger` list); this only compiles and matches them.
import { squeeze } from './normalise.js';

export class DangerDetector {
  private readonly patterns: RegExp[];

  /** `sources`: regular expressions over prepared text (see RoutingCatalogue.danger). */
  constructor(sources: readonly string[]) {
    this.patterns = sources.map((source) => {
      // Repeated letters are squeezed on both sides, so "killl", "kil" and "kill" all match.
      // Signs are whole words: a space or an end of text on each side.
      try {
        return new RegExp(`(?:^| )(?:${squeeze(source)})(?= |$)`);
      } catch (err) {
        throw new Error(`danger sign /${source}/ is not a valid pattern: ${(err as Error).message}`);
      }
    });
  }

  /** `prepared`: text already through `prepare()` (normalised, slang expanded). */
  hears(prepared: string): boolean {
    const text = squeeze(prepared);
    return this.patterns.some((p) => p.test(text));
  }
}
