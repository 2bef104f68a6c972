// Ranks a locale's topics for a piece of typed text with a small local full-text index
// (MiniSearch: BM25 scoring, prefix and fuzzy matching) over each topic's title, synonyms and
// example questions. Words are stemmed and stop words dropped on both sides, so "removed",
// "removal" and "remove" meet, and "what", "my" and "the" do not decide anything. Same
// catalogue and same text always give the same ranking.
import MiniSearch from 'minisearch';
import type { RoutingCatalogue } from '../../flows/content/routing-types.js';
import { prepare } from './normalise.js';

export interface TopicScore {
  flow: string;
  score: number;
}

interface Entry {
  id: number;
  flow: string;
  kind: 'title' | 'synonym' | 'example';
  text: string;
}

/** How much a match on each kind of entry counts: a synonym is a strong, short signal. */
const KIND_BOOST: Record<Entry['kind'], number> = { title: 1.3, synonym: 1.2, example: 1 };

export class TopicIndex {
  private readonly search: MiniSearch<Entry>;
  private readonly kinds = new Map<number, Entry['kind']>();
  private readonly flows: string[];
  /** For each stemmed word, the topics whose entries use it. */
  private readonly topicsWithTerm = new Map<string, Set<string>>();

  constructor(
    private readonly catalogue: RoutingCatalogue,
    stem: (word: string) => string,
  ) {
    const stop = new Set(catalogue.stopWords);
    this.search = new MiniSearch<Entry>({
      fields: ['text'],
      storeFields: ['flow'],
      // Text is prepared (normalised, slang expanded) before it reaches here, both ways.
      tokenize: (text) => text.split(' '),
      processTerm: (term) => (term === '' || stop.has(term) ? null : stem(term)),
      searchOptions: {
        combineWith: 'OR',
        prefix: (term) => term.length >= 5,
        fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
        weights: { fuzzy: 0.6, prefix: 0.4 },
        boostDocument: (id) => KIND_BOOST[this.kinds.get(id as number) ?? 'example'],
        // A word used by many topics ("social", "child") says little about which one is meant.
        boostTerm: (term) => this.topicSpecificity(term),
      },
    });
    const entries: Entry[] = [];
    for (const topic of catalogue.topics) {
      const add = (kind: Entry['kind'], text: string) => {
        const entry: Entry = { id: entries.length, flow: topic.flow, kind, text: prepare(text, catalogue.slang) };
        entries.push(entry);
        this.kinds.set(entry.id, kind);
      };
      add('title', topic.title);
      for (const s of topic.synonyms) add('synonym', s);
      for (const e of topic.examples) add('example', e);
    }
    this.search.addAll(entries);
    this.flows = catalogue.topics.map((t) => t.flow);
    for (const entry of entries) {
      for (const word of entry.text.split(' ')) {
        const term = stop.has(word) || word === '' ? undefined : stem(word);
        if (term === undefined) continue;
        const flows = this.topicsWithTerm.get(term) ?? new Set<string>();
        flows.add(entry.flow);
        this.topicsWithTerm.set(term, flows);
      }
    }
  }

  /** 1 for a word only one topic uses, falling towards 0.26 for a word all fourteen use. */
  private topicSpecificity(term: string): number {
    const n = Math.max(1, this.topicsWithTerm.get(term)?.size ?? 1);
    const all = this.flows.length;
    return Math.log(1 + all / n) / Math.log(1 + all);
  }

  /**
   * Every topic with any match, best first. A topic scores its best entry in full and its
   * next two at a half and a quarter: several entries agreeing is stronger evidence than one.
   */
  rank(text: string): TopicScore[] {
    const query = prepare(text, this.catalogue.slang);
    if (query === '') return [];
    const perFlow = new Map<string, number[]>();
    for (const hit of this.search.search(query)) {
      const flow = hit['flow'] as string;
      const list = perFlow.get(flow) ?? [];
      list.push(hit.score);
      perFlow.set(flow, list);
    }
    const scored: TopicScore[] = [];
    for (const [flow, scores] of perFlow) {
      scores.sort((a, b) => b - a);
      const score = (scores[0] ?? 0) + 0.5 * (scores[1] ?? 0) + 0.25 * (scores[2] ?? 0);
      scored.push({ flow, score });
    }
    // Ties keep catalogue order, so the ranking never depends on Map or sort internals.
    const order = new Map(this.flows.map((f, i) => [f, i]));
    return scored.sort((a, b) => b.score - a.score || order.get(a.flow)! - order.get(b.flow)!);
  }
}
