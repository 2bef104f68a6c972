// Catalogue keys the engine shows of its own accord, in one place so the start-up check and the
// content tests know them (a module of its own, so check.ts need not import the engine).

/** Answers to typed text (words in flows/content/routing.<locale>.ts). */
export const SAY_SUGGEST = 'routing.suggest';
export const SAY_NONE = ['routing.none', 'routing.none.danger', 'routing.none.helpline'] as const;
/** The label of "See all topics" under a short "Did you mean…". */
export const SAY_ALL_TOPICS = 'routing.allTopics';
/** The label of a topic (`conference`) or an answer (`conference.safety`) offered for typed text. */
export const offerLabelKey = (target: string) =>
  target.includes('.') ? `routing.answer.${target}` : `routing.topic.${target}`;
