// The engine's TextRouter: where typed text should take a person. Danger is heard first and
// wins over everything; then the topic index ranks topics, and the router decides between
// going straight there (a clear winner), asking "Did you mean…" (close scores), and saying it
// did not understand (nothing matched well). The text is only read, never kept.
import { locales, type Locale } from '../../flows/content/index.js';
import type { Route, TextRouter } from '../engine/engine.js';
import { routingCatalogue } from './catalogue.js';
import { DangerDetector } from './danger.js';
import { prepare } from './normalise.js';
import { stemEnglish } from './stem.js';
import { TopicIndex, type TopicScore } from './topic-index.js';
import type { RoutingCatalogue } from '../../flows/content/routing-types.js';

/** How sure the router must be. Tuned on the evaluation set (npm run eval:routing). */
export interface RouterThresholds {
  /** Below this best score nothing matched: say so. */
  minScore: number;
  /** At or above this best score, and far enough ahead of the next, go straight there. */
  confidentScore: number;
  /** The best must score at least this many times the second to count as a clear winner. */
  leadRatio: number;
  /** Topics offered under "Did you mean…" score at least this share of the best. */
  suggestShare: number;
  /** At most this many topics are offered. */
  maxSuggestions: number;
}

export const defaultThresholds: RouterThresholds = {
  minScore: 4,
  confidentScore: 8,
  leadRatio: 1.5,
  suggestShare: 0.4,
  maxSuggestions: 3,
};

/** Stemmers per locale. Welsh uses the English one while its routing data is English. */
const stemmers: Record<Locale, (word: string) => string> = { en: stemEnglish, cy: stemEnglish };

const DANGER_TOPIC = 'danger';

interface LocaleRouting {
  catalogue: RoutingCatalogue;
  danger: DangerDetector;
  index: TopicIndex;
}

export interface Explained {
  danger: boolean;
  ranking: TopicScore[];
  route: Route;
}

export class Router implements TextRouter {
  private readonly byLocale = new Map<Locale, LocaleRouting>();

  constructor(private readonly thresholds: RouterThresholds = defaultThresholds) {
    // Built for every locale at once, so a broken pattern stops the server at start.
    for (const locale of locales) {
      const catalogue = routingCatalogue(locale);
      this.byLocale.set(locale, {
        catalogue,
        danger: new DangerDetector(catalogue.danger, catalogue.dangerWords, catalogue.dangerTogether, stemmers[locale]),
        index: new TopicIndex(catalogue, stemmers[locale]),
      });
    }
  }

  route(text: string, locale: Locale): Route {
    return this.explain(text, locale).route;
  }

  /** The route with what led to it, for the evaluation and for tests. */
  explain(text: string, locale: Locale): Explained {
    const routing = this.byLocale.get(locale) ?? this.byLocale.get('en')!;
    const danger = routing.danger.hears(prepare(text, routing.catalogue.slang));
    const ranking = routing.index.rank(text);
    return { danger, ranking, route: this.decide(danger, ranking) };
  }

  private decide(danger: boolean, ranking: TopicScore[]): Route {
    const t = this.thresholds;
    const [best, second] = ranking;
    if (danger || best?.flow === DANGER_TOPIC && best.score >= t.minScore) {
      // The triage comes first; a topic that also matched well is offered beside it.
      const also = ranking
        .filter((r) => r.flow !== DANGER_TOPIC && r.score >= t.minScore)
        .slice(0, 2)
        .map((r) => r.flow);
      return { kind: 'danger', also };
    }
    if (!best || best.score < t.minScore) return { kind: 'none' };
    if (best.score >= t.confidentScore && best.score >= t.leadRatio * (second?.score ?? 0)) {
      return { kind: 'flow', flow: best.flow };
    }
    const flows = ranking
      .filter((r) => r.score >= t.suggestShare * best.score && r.score >= t.minScore / 2)
      .slice(0, t.maxSuggestions)
      .map((r) => r.flow);
    return { kind: 'suggest', flows };
  }
}
