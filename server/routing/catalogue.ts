// Which routing data a locale uses. A locale's own data comes first and English fills every
// gap: a topic not yet translated keeps its English title and words, and danger signs, slang
// and stop words of both languages are always used together (people mix languages, and a
// danger sign must never be lost to a missing translation).
import type { Locale } from '../../flows/content/index.js';
import { routingEn } from '../../flows/content/routing.en.js';
import { routingCy } from '../../flows/content/routing.cy.js';
import type { PartialRoutingCatalogue, RoutingCatalogue, RoutingTopic } from '../../flows/content/routing-types.js';

const own: Record<Locale, PartialRoutingCatalogue> = { en: routingEn, cy: routingCy };

export function routingCatalogue(locale: Locale): RoutingCatalogue {
  if (locale === 'en') return routingEn;
  return withEnglishFallback(own[locale]);
}

export function withEnglishFallback(local: PartialRoutingCatalogue): RoutingCatalogue {
  const localTopics = new Map((local.topics ?? []).map((t) => [t.flow, t]));
  const topics: RoutingTopic[] = routingEn.topics.map((english) => {
    const translated = localTopics.get(english.flow);
    if (!translated) return english;
    return {
      flow: english.flow,
      title: translated.title,
      synonyms: [...translated.synonyms, ...english.synonyms],
      examples: [...translated.examples, ...english.examples],
    };
  });
  return {
    topics,
    slang: { ...routingEn.slang, ...local.slang },
    stopWords: [...new Set([...routingEn.stopWords, ...(local.stopWords ?? [])])],
    danger: [...routingEn.danger, ...(local.danger ?? [])],
    dangerWords: [...routingEn.dangerWords, ...(local.dangerWords ?? [])],
    dangerTogether: [...routingEn.dangerTogether, ...(local.dangerTogether ?? [])],
    messages: { ...routingEn.messages, ...local.messages },
  };
}

/**
 * Routing topics whose flow is not among `flowIds`, per locale (`en: ["conference"]`): a check
 * for the flows list, so typed text never leads to a topic nobody wrote. Empty when all is well.
 */
export function routingTopicsMissingFrom(flowIds: Iterable<string>): string[] {
  const known = new Set(flowIds);
  const missing = new Set<string>();
  for (const locale of Object.keys(own) as Locale[]) {
    for (const topic of routingCatalogue(locale).topics) {
      if (!known.has(topic.flow)) missing.add(topic.flow);
    }
  }
  return [...missing];
}
