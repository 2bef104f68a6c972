// Scores the router on labelled messages: the held-out set, and 5-fold cross-validation on the
// training data (a router trained on four fifths, asked about the fifth it never saw). Shared
// by `npm run eval:routing` (which prints the figures) and the test suite.
import type { Route } from '../../server/engine/engine.js';
import { Router, type RouterThresholds } from '../../server/routing/router.js';
import { routingCatalogue } from '../../server/routing/catalogue.js';
import type { RoutingCatalogue } from '../../flows/content/routing-types.js';

export interface LabelledCase {
  text: string;
  /** Answer states that count as right, `danger` for the triage, or `none`. */
  expect: readonly string[];
}

export interface CaseResult {
  case: LabelledCase;
  route: Route;
  /** The answers the person meets, in order: the route's own, then the rest of the ranking. */
  ranked: string[];
  /** The right answer (or the triage) in the first reply, with no tap. */
  first: boolean;
  /** The right answer among the first three. */
  top3: boolean;
}

export interface Evaluation {
  results: CaseResult[];
  /** Messages with an answer to reach (not `none`). */
  total: number;
  first: number;
  top3: number;
  dangerTotal: number;
  dangerHeard: number;
  /** Ordinary questions (danger not among their labels) and how many opened the triage. */
  ordinaryTotal: number;
  ordinaryToDanger: number;
  /** Replies that answered nothing outright: "Did you mean" or "not understood". */
  unsure: number;
  /** Messages about nothing the guide covers, and how many got "not understood". */
  outOfScope: number;
  outOfScopeNone: number;
}

export const isDanger = (c: LabelledCase) => c.expect.length === 1 && c.expect[0] === 'danger';
const isNone = (c: LabelledCase) => c.expect.length === 1 && c.expect[0] === 'none';

export function evaluate(router: Router, cases: readonly LabelledCase[]): Evaluation {
  const results = cases.map((c): CaseResult => {
    const { route, ranking } = router.explain(c.text, 'en');
    const lead =
      route.kind === 'danger' ? ['danger', ...(route.also ?? [])]
      : route.kind === 'answer' ? [route.state]
      : route.kind === 'suggest' ? [...route.offers]
      : [];
    const rest = route.kind === 'answer' ? ranking.map((r) => r.state).filter((s) => s !== 'none' && s !== 'danger') : [];
    const ranked = [...new Set([...lead, ...rest])];
    const right = (s: string | undefined) => s !== undefined && c.expect.includes(s);
    const first = isNone(c)
      ? route.kind === 'none'
      : (route.kind === 'answer' && right(route.state)) || (route.kind === 'danger' && c.expect.includes('danger'));
    return { case: c, route, ranked, first, top3: first || ranked.slice(0, 3).some(right) };
  });
  return summarise(results);
}

/** The training messages as cases, each with the fold (0–4) it is held out in. */
export function trainingCases(catalogue: RoutingCatalogue = routingCatalogue('en'), folds = 5): { case: LabelledCase; fold: number }[] {
  // Every label's messages are dealt round the folds in turn, so each fold sees every label.
  return Object.entries(catalogue.training).flatMap(([label, messages]) =>
    messages.map((text, i) => ({ case: { text, expect: [label] }, fold: i % folds })),
  );
}

/**
 * k-fold cross-validation: for each fold, a router trained on the other folds' messages (and
 * every answer's own terms and examples) is asked about that fold's. Results are pooled.
 */
export function crossValidate(folds = 5, thresholds?: RouterThresholds): Evaluation {
  const catalogue = routingCatalogue('en');
  const cases = trainingCases(catalogue, folds);
  const results: CaseResult[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const training: Record<string, string[]> = {};
    for (const c of cases) {
      if (c.fold === fold) continue;
      (training[c.case.expect[0]!] ??= []).push(c.case.text);
    }
    const part: RoutingCatalogue = { ...catalogue, training };
    const router = new Router({ catalogue: () => part, ...(thresholds ? { thresholds } : {}) });
    results.push(...evaluate(router, cases.filter((c) => c.fold === fold).map((c) => c.case)).results);
  }
  return summarise(results);
}

/** The figures over a set of results (one router's, or the folds' pooled). */
function summarise(results: CaseResult[]): Evaluation {
  const answered = results.filter((r) => !isNone(r.case));
  const ordinary = answered.filter((r) => !r.case.expect.includes('danger'));
  const dangers = answered.filter((r) => isDanger(r.case));
  const outOfScope = results.filter((r) => isNone(r.case));
  return {
    results,
    total: answered.length,
    first: answered.filter((r) => r.first).length,
    top3: answered.filter((r) => r.top3).length,
    dangerTotal: dangers.length,
    dangerHeard: dangers.filter((r) => r.route.kind === 'danger').length,
    ordinaryTotal: ordinary.length,
    ordinaryToDanger: ordinary.filter((r) => r.route.kind === 'danger').length,
    unsure: answered.filter((r) => r.route.kind === 'suggest' || r.route.kind === 'none').length,
    outOfScope: outOfScope.length,
    outOfScopeNone: outOfScope.filter((r) => r.route.kind === 'none').length,
  };
}

export function describeRoute(route: Route): string {
  switch (route.kind) {
    case 'danger':
      return route.also?.length ? `danger + ${route.also.join(', ')}` : 'danger';
    case 'answer':
      return route.state;
    case 'suggest':
      return `did you mean ${route.offers.join(' | ')}`;
    case 'none':
      return 'not understood';
  }
}
