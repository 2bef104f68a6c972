// The evaluation set (tests/routing/eval-set.ts) held to the bar: every danger message
// reaches the triage, and the right topic is in the top three for at least 90% of messages.
// `npm run eval:routing` prints the figures and every miss.
import { describe, expect, it } from 'vitest';
import { Router } from '../../server/routing/router.js';
import { evalSet } from './eval-set.js';
import { evaluate } from './evaluate.js';

const evaluation = evaluate(new Router());

describe('the routing evaluation', () => {
  it('has at least 60 messages, at least 12 of them danger, covering every topic', () => {
    expect(evalSet.length).toBeGreaterThanOrEqual(60);
    expect(evaluation.dangerTotal).toBeGreaterThanOrEqual(12);
    const topics = new Set(evalSet.map((c) => c.expect));
    expect(topics.size).toBe(15);
  });

  it('sends every danger message to the triage', () => {
    const missed = evaluation.results.filter((r) => r.case.expect === 'danger' && r.route.kind !== 'danger');
    expect(missed.map((r) => r.case.text)).toEqual([]);
  });

  it('has the right topic in the top three for at least 90% of messages', () => {
    expect(evaluation.top3 / evaluation.total).toBeGreaterThanOrEqual(0.9);
  });

  it('says "not found" for messages about nothing the guide knows', () => {
    const wrong = evaluation.results.filter((r) => r.case.expect === 'none' && r.route.kind !== 'none');
    expect(wrong.map((r) => r.case.text)).toEqual([]);
  });
});
