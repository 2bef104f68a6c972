// Ranks a locale's answers for a piece of typed text with a small local full-text index
// (MiniSearch: BM25 scoring, prefix and fuzzy matching) over each answer's title, key terms,
// example questions and the training messages labelled with it. It stands beside the trained
// model: it reaches words the model never saw in training through prefixes and typos
// ("stratergy", "conferance"). Words are stemmed and stop words dropped on both sides, so "removed",
// "removal" and "remove" meet, and "what", "my" and "the" do not decide anything. Same
// catalogue and same text always give the same ranking.
import MiniSearch from 'minisearch';
import type { RoutingCatalogue } from '../../flows/content/routing-types.js';

export interface AnswerScore {
  state: string;
  score: number;
}

/**
 * One document per answer, one field per kind of text. One document per message (about 2,000)
 * made a common word ("child", "social") score hundreds of documents on every query, most of a
 * message's routing time; one per answer (about 115) scores a handful, and ranked as well or
 * better in cross-validation (top 3 88.7% → 89.5%), since BM25 over all of an answer's
 * messages weighs a word by how much that answer uses it.
 */
interface AnswerDocument {
  id: number;
  title: string;
  terms: string;
  examples: string;
  training: string;
}

/**
 * How much a match in each field counts: a key term is a strong, short signal. The training
 * messages count about as much as a term (chosen by cross-validation).
 */
const FIELD_BOOST = { title: 1.3, terms: 1.2, examples: 1, training: 1.2 } as const;
const FIELDS = Object.keys(FIELD_BOOST) as (keyof typeof FIELD_BOOST)[];

/**
 * Only words of at least this many letters are matched by prefix or with a typo, and only
 * words the index does not hold as they are: a known word is spelt as someone spelt it in the
 * data, and searching its neighbours too ("polic" → "policy") cost time and ranked no better.
 */
const LOOSE_MIN_LENGTH = 5;

/**
 * The index reads a message's first this many different content words. Each word costs a
 * search (one with a typo a fuzzy search), and a message says what it is about long before
 * this (no training message has more than nine), so a 500-character message costs no more than
 * a long question. The danger detector and the model still read every word.
 */
const MAX_QUERY_WORDS = 16;

/** One word's score in each answer that holds it. */
interface Postings {
  ids: Uint16Array;
  scores: Float64Array;
}

/** Query words are stemmed already when they reach MiniSearch from `rank`. */
const asIs = (term: string) => term;

export class AnswerIndex {
  private readonly search: MiniSearch<AnswerDocument>;
  private readonly states: string[];
  private readonly stop: ReadonlySet<string>;
  private readonly processTerm: (term: string) => string | null;
  private readonly loose: (term: string) => boolean;
  /** For each stemmed word, how much it says about which answer is meant. */
  private readonly specific = new Map<string, number>();
  /**
   * For every word the index holds, MiniSearch's score for it alone in each answer, worked
   * out once at start. A search builds result objects for every answer that matches every
   * word (about 100 KB for "social worker"), and the garbage collection that made was most
   * of routing's p99; a word's score does not depend on the other words of the query, so
   * `rank` adds these up as MiniSearch would and asks MiniSearch itself only for words it
   * does not hold (typos, partial words), by prefix and fuzzy match.
   */
  private readonly postings = new Map<string, Postings>();

  /** `prepare`: the locale's normalising (and slang), applied to the catalogue here and to queries by the caller. */
  constructor(catalogue: RoutingCatalogue, stem: (word: string) => string, prepare: (text: string) => string) {
    const stop = new Set(catalogue.stopWords);
    this.stop = stop;
    const processTerm = (term: string) => (term === '' || stop.has(term) ? null : stem(term));
    const loose = (term: string) => term.length >= LOOSE_MIN_LENGTH && !this.specific.has(term);
    this.processTerm = processTerm;
    this.loose = loose;
    this.search = new MiniSearch<AnswerDocument>({
      fields: FIELDS,
      // Text is prepared (normalised, slang expanded) before it reaches here, both ways.
      tokenize: (text) => text.split(' '),
      processTerm,
      searchOptions: {
        combineWith: 'OR',
        prefix: loose,
        fuzzy: (term) => (loose(term) ? 0.2 : false),
        weights: { fuzzy: 0.6, prefix: 0.4 },
        boost: FIELD_BOOST,
        // A word used by many answers ("social", "child") says little about which one is meant.
        boostTerm: (term) => this.specific.get(term) ?? 1,
      },
    });
    const join = (texts: readonly string[]) => texts.map(prepare).join(' ');
    const documents = catalogue.answers.map(
      (answer, id): AnswerDocument => ({
        id,
        title: prepare(answer.title),
        terms: join(answer.terms),
        examples: join(answer.examples),
        training: join(catalogue.training[answer.state] ?? []),
      }),
    );
    this.search.addAll(documents);
    this.states = catalogue.answers.map((a) => a.state);

    const answersWithTerm = new Map<string, number>();
    for (const document of documents) {
      const terms = new Set(FIELDS.flatMap((field) => document[field].split(' ').map(processTerm)));
      for (const term of terms) if (term !== null) answersWithTerm.set(term, (answersWithTerm.get(term) ?? 0) + 1);
    }
    // 1 for a word only one answer uses, falling towards a small share for a word all use.
    const all = this.states.length;
    for (const [term, n] of answersWithTerm) this.specific.set(term, Math.log(1 + all / n) / Math.log(1 + all));
    for (const term of this.specific.keys()) {
      const hits = this.search.search(term, { processTerm: asIs });
      this.postings.set(term, { ids: Uint16Array.from(hits, (h) => h.id as number), scores: Float64Array.from(hits, (h) => h.score) });
    }
  }

  /**
   * Every answer with any match, best first. `prepared`: the text already through the locale's
   * `prepare`. Scored as MiniSearch scores an OR query (BM25 per word and field, weighted, summed,
   * then multiplied by how many of the query's words the answer matched), from `postings`.
   */
  rank(prepared: string): AnswerScore[] {
    const words = [...new Set(prepared.split(' ').filter((w) => w !== '' && !this.stop.has(w)))].slice(0, MAX_QUERY_WORDS);
    // Two words with one stem ("children", "child") count twice, as two query terms would.
    const terms = new Map<string, number>();
    for (const word of words) {
      const term = this.processTerm(word);
      if (term !== null) terms.set(term, (terms.get(term) ?? 0) + 1);
    }
    const score = new Float64Array(this.states.length);
    const matched = new Uint8Array(this.states.length);
    for (const [term, times] of terms) {
      const postings = this.postings.get(term);
      if (postings) {
        for (let i = 0; i < postings.ids.length; i++) {
          const id = postings.ids[i]!;
          score[id] = score[id]! + times * postings.scores[i]!;
          matched[id] = matched[id]! + 1;
        }
      } else if (this.loose(term)) {
        for (const hit of this.search.search(term, { processTerm: asIs })) {
          const id = hit.id as number;
          score[id] = score[id]! + times * hit.score;
          matched[id] = matched[id]! + 1;
        }
      }
    }
    const ids: number[] = [];
    for (let id = 0; id < score.length; id++) if (matched[id]) ids.push(id);
    // Ties keep catalogue order, so the ranking never depends on the order words were matched in.
    for (const id of ids) score[id] = score[id]! * matched[id]!;
    return ids.sort((a, b) => score[b]! - score[a]! || a - b).map((id) => ({ state: this.states[id]!, score: score[id]! }));
  }
}
