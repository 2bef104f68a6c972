// Which routing data a locale uses. A locale's own data comes first and English fills every
// gap: an answer not yet translated keeps its English title and words, and danger signs, slang
// and stop words of both languages are always used together (people mix languages, and a
// danger sign must never be lost to a missing translation).
import type { Locale } from '../../flows/content/index.js';
import { routingEn } from '../../flows/content/routing.en.js';
import { routingCy } from '../../flows/content/routing.cy.js';
import type { PartialRoutingCatalogue, RoutingAnswer, RoutingCatalogue, RoutingTopic } from '../../flows/content/routing-types.js';

const own: Record<Locale, PartialRoutingCatalogue> = { en: routingEn, cy: routingCy };

export function routingCatalogue(locale: Locale): RoutingCatalogue {
  if (locale === 'en') return routingEn;
  return withEnglishFallback(own[locale]);
}

export function withEnglishFallback(local: PartialRoutingCatalogue): RoutingCatalogue {
  const localTopics = new Map((local.topics ?? []).map((t) => [t.flow, t]));
  const topics: RoutingTopic[] = routingEn.topics.map((english) => localTopics.get(english.flow) ?? english);
  return {
    topics,
    answers: local.answers ? mergeAnswers(local.answers) : routingEn.answers,
    training: local.training ? mergeTraining(local.training) : routingEn.training,
    slang: { ...routingEn.slang, ...local.slang },
    stopWords: [...new Set([...routingEn.stopWords, ...(local.stopWords ?? [])])],
    questionWords: [...new Set([...routingEn.questionWords, ...(local.questionWords ?? [])])],
    danger: [...routingEn.danger, ...(local.danger ?? [])],
    dangerWords: [...routingEn.dangerWords, ...(local.dangerWords ?? [])],
    dangerTogether: [...routingEn.dangerTogether, ...(local.dangerTogether ?? [])],
    dangerUnlessAsking: [...routingEn.dangerUnlessAsking, ...(local.dangerUnlessAsking ?? [])],
    dangerUnlessPast: [...routingEn.dangerUnlessPast, ...(local.dangerUnlessPast ?? [])],
    dangerUnlessToldAsPast: [...routingEn.dangerUnlessToldAsPast, ...(local.dangerUnlessToldAsPast ?? [])],
    pastQuestions: [...routingEn.pastQuestions, ...(local.pastQuestions ?? [])],
    figuresOfSpeech: [...routingEn.figuresOfSpeech, ...(local.figuresOfSpeech ?? [])],
    accidents: [...routingEn.accidents, ...(local.accidents ?? [])],
    pastOrGeneral: [...routingEn.pastOrGeneral, ...(local.pastOrGeneral ?? [])],
    now: [...routingEn.now, ...(local.now ?? [])],
    plainlyNow: [...routingEn.plainlyNow, ...(local.plainlyNow ?? [])],
    plainDistance: [...routingEn.plainDistance, ...(local.plainDistance ?? [])],
    asking: [...routingEn.asking, ...(local.asking ?? [])],
    denials: [...routingEn.denials, ...(local.denials ?? [])],
    messages: { ...routingEn.messages, ...local.messages },
  };
}

/** A translated answer takes its own title; its words are matched alongside the English ones. */
function mergeAnswers(local: readonly RoutingAnswer[]): RoutingAnswer[] {
  const byState = new Map(local.map((a) => [a.state, a]));
  return routingEn.answers.map((english) => {
    const translated = byState.get(english.state);
    if (!translated) return english;
    return {
      state: english.state,
      title: translated.title,
      terms: [...translated.terms, ...english.terms],
      examples: [...translated.examples, ...english.examples],
    };
  });
}

function mergeTraining(local: Readonly<Record<string, readonly string[]>>): Record<string, readonly string[]> {
  const merged: Record<string, readonly string[]> = { ...routingEn.training };
  for (const [label, messages] of Object.entries(local)) merged[label] = [...messages, ...(merged[label] ?? [])];
  return merged;
}

/**
 * Flows the routing data names that are not among `flowIds` (topics, answers and training
 * labels of every locale): a check for the flows list, so typed text never leads to a topic
 * nobody wrote. Empty when all is well.
 */
export function routingTopicsMissingFrom(flowIds: Iterable<string>): string[] {
  const known = new Set(flowIds);
  const missing = new Set<string>();
  for (const locale of Object.keys(own) as Locale[]) {
    const catalogue = routingCatalogue(locale);
    const flows = [
      ...catalogue.topics.map((t) => t.flow),
      ...catalogue.answers.map((a) => flowOfAnswer(a.state)),
      ...Object.keys(catalogue.training).filter((l) => l !== 'danger' && l !== 'none').map(flowOfAnswer),
    ];
    for (const flow of flows) if (!known.has(flow)) missing.add(flow);
  }
  return [...missing];
}

/** "conference.safety" → "conference" (flow ids have no dots). */
export function flowOfAnswer(state: string): string {
  const dot = state.indexOf('.');
  return dot === -1 ? state : state.slice(0, dot);
}
