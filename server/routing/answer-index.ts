// Ranks a locale's answers for a piece of typed text with a small local full-text index
// (MiniSearch: BM25 scoring, prefix and fuzzy matching) over each answer's title, key terms,
// example questions and the training messages labelled with it. It stands beside the trained
// model: it reaches words the model never saw in training through prefixes and typos
// ("stratergy", "conferance"). Words are stemmed and stop words dropped on both sides, so "removed",
// "removal" and "remove" meet, and "what", "my" and "the" do not decide anything. Same
// catalogue and same text always give the same ranking.
import MiniSearch from 'minisearch';
import type { RoutingCatalogue } from '../../flows/content/routing-types.js';
import { prepare } from './normalise.js';

export interface AnswerScore {
  state: string;
  score: number;
}

interface Entry {
  id: number;
  state: string;
  kind: 'title' | 'term' | 'example' | 'training';
  text: string;
}

/**
 * How much a match on each kind of entry counts: a key term is a strong, short signal. The
 * training messages are indexed too, so a rare word the model saw only once or twice still
 * points at its answer (the nearest labelled message); they count about as much as a term
 * (chosen by cross-validation: 0.5, 0.8 and 1.2 raised the top 3 by 0.6, 1.0 and 1.1 points).
 */
const KIND_BOOST: Record<Entry['kind'], number> = { title: 1.3, term: 1.2, example: 1, training: 1.2 };

export class AnswerIndex {
  private readonly search: MiniSearch<Entry>;
  private readonly kinds = new Map<number, Entry['kind']>();
  private readonly states: string[];
  /** For each stemmed word, the answers whose entries use it. */
  private readonly answersWithTerm = new Map<string, Set<string>>();

  constructor(
    private readonly catalogue: RoutingCatalogue,
    stem: (word: string) => string,
  ) {
    const stop = new Set(catalogue.stopWords);
    this.search = new MiniSearch<Entry>({
      fields: ['text'],
      storeFields: ['state'],
      // Text is prepared (normalised, slang expanded) before it reaches here, both ways.
      tokenize: (text) => text.split(' '),
      processTerm: (term) => (term === '' || stop.has(term) ? null : stem(term)),
      searchOptions: {
        combineWith: 'OR',
        prefix: (term) => term.length >= 5,
        fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
        weights: { fuzzy: 0.6, prefix: 0.4 },
        boostDocument: (id) => KIND_BOOST[this.kinds.get(id as number) ?? 'example'],
        // A word used by many answers ("social", "child") says little about which one is meant.
        boostTerm: (term) => this.specificity(term),
      },
    });
    const entries: Entry[] = [];
    for (const answer of catalogue.answers) {
      const add = (kind: Entry['kind'], text: string) => {
        const entry: Entry = { id: entries.length, state: answer.state, kind, text: prepare(text, catalogue.slang) };
        entries.push(entry);
        this.kinds.set(entry.id, kind);
      };
      add('title', answer.title);
      for (const t of answer.terms) add('term', t);
      for (const e of answer.examples) add('example', e);
      for (const m of catalogue.training[answer.state] ?? []) add('training', m);
    }
    this.search.addAll(entries);
    this.states = catalogue.answers.map((a) => a.state);
    for (const entry of entries) {
      for (const word of entry.text.split(' ')) {
        const term = stop.has(word) || word === '' ? undefined : stem(word);
        if (term === undefined) continue;
        const states = this.answersWithTerm.get(term) ?? new Set<string>();
        states.add(entry.state);
        this.answersWithTerm.set(term, states);
      }
    }
  }

  /** 1 for a word only one answer uses, falling towards a small share for a word all use. */
  private specificity(term: string): number {
    const n = Math.max(1, this.answersWithTerm.get(term)?.size ?? 1);
    const all = this.states.length;
    return Math.log(1 + all / n) / Math.log(1 + all);
  }

  /**
   * Every answer with any match, best first. An answer scores its best entry in full and its
   * next two at a half and a quarter: several entries agreeing is stronger evidence than one.
   */
  rank(text: string): AnswerScore[] {
    const query = prepare(text, this.catalogue.slang);
    if (query === '') return [];
    const perState = new Map<string, number[]>();
    for (const hit of this.search.search(query)) {
      const state = hit['state'] as string;
      const list = perState.get(state) ?? [];
      list.push(hit.score);
      perState.set(state, list);
    }
    const scored: AnswerScore[] = [];
    for (const [state, scores] of perState) {
      scores.sort((a, b) => b - a);
      const score = (scores[0] ?? 0) + 0.5 * (scores[1] ?? 0) + 0.25 * (scores[2] ?? 0);
      scored.push({ state, score });
    }
    // Ties keep catalogue order, so the ranking never depends on Map or sort internals.
    const order = new Map(this.states.map((s, i) => [s, i]));
    return scored.sort((a, b) => b.score - a.score || order.get(a.state)! - order.get(b.state)!);
  }
}
