// Scores the router on the evaluation set. Shared by `npm run eval:routing` (which prints the
// figures) and the test suite (which holds the router to them).
import type { Route } from '../../server/engine/engine.js';
import type { Router } from '../../server/routing/router.js';
import type { TopicScore } from '../../server/routing/topic-index.js';
import { evalSet, type EvalCase } from './eval-set.js';

export interface CaseResult {
  case: EvalCase;
  route: Route;
  /** Topics in the order the person meets them: the route's own first, then the ranking's. */
  ranked: string[];
  top1: boolean;
  top3: boolean;
  /** Reached at once or with one tap on an offered topic. */
  oneTap: boolean;
}

export interface Evaluation {
  results: CaseResult[];
  total: number;
  top1: number;
  top3: number;
  oneTap: number;
  dangerTotal: number;
  dangerReached: number;
  topicTotal: number;
  topicTop1: number;
  topicTop3: number;
}

function order(route: Route, ranking: TopicScore[]): { ranked: string[]; reachable: string[] } {
  const rest = ranking.map((r) => r.flow);
  const lead: string[] =
    route.kind === 'danger' ? ['danger', ...(route.also ?? [])]
    : route.kind === 'flow' ? [route.flow]
    : route.kind === 'suggest' ? [...route.flows]
    : [];
  const ranked = [...new Set([...lead, ...(route.kind === 'none' ? [] : rest)])];
  return { ranked, reachable: lead };
}

export function evaluate(router: Router, cases: readonly EvalCase[] = evalSet): Evaluation {
  const results = cases.map((c): CaseResult => {
    const { route, ranking } = router.explain(c.text, 'en');
    const { ranked, reachable } = order(route, ranking);
    if (c.expect === 'none') {
      const none = route.kind === 'none';
      return { case: c, route, ranked, top1: none, top3: none, oneTap: none };
    }
    return {
      case: c,
      route,
      ranked,
      top1: ranked[0] === c.expect,
      top3: ranked.slice(0, 3).includes(c.expect),
      oneTap: reachable.includes(c.expect),
    };
  });
  const count = (list: CaseResult[], f: (r: CaseResult) => boolean) => list.filter(f).length;
  const danger = results.filter((r) => r.case.expect === 'danger');
  const topics = results.filter((r) => r.case.expect !== 'danger' && r.case.expect !== 'none');
  return {
    results,
    total: results.length,
    top1: count(results, (r) => r.top1),
    top3: count(results, (r) => r.top3),
    oneTap: count(results, (r) => r.oneTap),
    dangerTotal: danger.length,
    dangerReached: count(danger, (r) => r.route.kind === 'danger'),
    topicTotal: topics.length,
    topicTop1: count(topics, (r) => r.top1),
    topicTop3: count(topics, (r) => r.top3),
  };
}

export function describeRoute(route: Route): string {
  switch (route.kind) {
    case 'danger':
      return route.also && route.also.length > 0 ? `danger (+ ${route.also.join(', ')})` : 'danger';
    case 'flow':
      return `→ ${route.flow}`;
    case 'suggest':
      return `did you mean: ${route.flows.join(', ')}`;
    case 'none':
      return 'not found';
  }
}
