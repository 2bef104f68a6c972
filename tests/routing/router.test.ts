// The router's ranking and decisions, without a server: every topic is reachable by its own
// words, unsure text offers a short choice, and text about nothing the guide knows says so.
import { describe, expect, it } from 'vitest';
import { Router } from '../../server/routing/router.js';
import { routingCatalogue, routingTopicsMissingFrom, withEnglishFallback } from '../../server/routing/catalogue.js';
import { routingEn } from '../../flows/content/routing.en.js';
import { prepare } from '../../server/routing/normalise.js';
import { evalSet } from './eval-set.js';
import { heldOutSet } from './held-out-set.js';

const router = new Router();
const TOPIC_FLOWS = [
  'danger', 'scared-to-report', 'removal', 'social-worker-contact', 'conference', 'process', 'plan',
  'delays', 'social-worker-problems', 'one-off', 'leave-or-remove', 'child-taken', 'malicious-reports', 'support',
];

describe('the routing catalogue', () => {
  it('names each topic of the content map once', () => {
    expect(routingEn.topics.map((t) => t.flow)).toEqual(TOPIC_FLOWS);
  });

  it('gives every topic a title, synonyms and example questions', () => {
    for (const topic of routingEn.topics) {
      expect(topic.title.trim().length, topic.flow).toBeGreaterThan(0);
      expect(topic.synonyms.length, topic.flow).toBeGreaterThanOrEqual(3);
      expect(topic.examples.length, topic.flow).toBeGreaterThanOrEqual(3);
    }
  });

  it('holds none of the evaluation or held-out messages (or the figures would be meaningless)', () => {
    const known = new Set(routingEn.topics.flatMap((t) => [...t.synonyms, ...t.examples]).map((s) => prepare(s, routingEn.slang)));
    const leaked = [...evalSet, ...heldOutSet].filter((c) => known.has(prepare(c.text, routingEn.slang)));
    expect(leaked.map((c) => c.text)).toEqual([]);
  });

  it('reports the topics whose flow is not registered, for the check after merging', () => {
    expect(routingTopicsMissingFrom(TOPIC_FLOWS)).toEqual([]);
    expect(routingTopicsMissingFrom(['menu', 'danger']).sort()).toEqual(TOPIC_FLOWS.filter((f) => f !== 'danger').sort());
  });
});

describe('ranking', () => {
  for (const topic of routingEn.topics) {
    it(`ranks "${topic.flow}" first for its own title`, () => {
      const { route, ranking } = router.explain(topic.title, 'en');
      if (topic.flow === 'danger') expect(route.kind).toBe('danger');
      else expect(ranking[0]?.flow).toBe(topic.flow);
    });
  }

  it('goes straight to a topic when one clearly wins', () => {
    expect(router.route('what is a child protection plan', 'en')).toEqual({ kind: 'flow', flow: 'plan' });
    expect(router.route('my ex keeps making malicious reports', 'en')).toEqual({ kind: 'flow', flow: 'malicious-reports' });
  });

  it('offers two or three topics when unsure ("Did you mean…")', () => {
    const route = router.route('social worker', 'en');
    expect(route.kind).toBe('suggest');
    if (route.kind !== 'suggest') return;
    expect(route.flows.length).toBeGreaterThanOrEqual(2);
    expect(route.flows.length).toBeLessThanOrEqual(3);
    expect(route.flows).toContain('social-worker-contact');
    expect(route.flows).toContain('social-worker-problems');
  });

  it('says nothing matched for text about something else, gibberish or nothing at all', () => {
    for (const text of ['how do i renew my passport', 'qwertyuiop zxcvb', '', '   ', '🙂🙂', 'ok thanks']) {
      expect(router.route(text, 'en'), JSON.stringify(text)).toEqual({ kind: 'none' });
    }
  });

  it('offers topics that also matched beside the danger triage', () => {
    const route = router.route('my ex keeps making malicious reports and now he is outside', 'en');
    expect(route).toMatchObject({ kind: 'danger' });
    expect(route.kind === 'danger' && route.also).toContain('malicious-reports');
  });

  it('tolerates typos', () => {
    expect(router.explain('child protecton confrence', 'en').ranking[0]?.flow).toBe('conference');
    expect(router.explain('malicous reprots from my ex', 'en').ranking[0]?.flow).toBe('malicious-reports');
  });
});

describe('Welsh', () => {
  it('falls back to the English topics, titles and words until translated', () => {
    expect(routingCatalogue('cy').topics.map((t) => [t.flow, t.title])).toEqual(routingEn.topics.map((t) => [t.flow, t.title]));
    expect(router.route('what is a child protection plan', 'cy')).toEqual({ kind: 'flow', flow: 'plan' });
  });

  it('uses a translated topic’s title and adds its words to the English ones', () => {
    const merged = withEnglishFallback({
      topics: [{ flow: 'plan', title: 'Cynllun amddiffyn plant', synonyms: ['cynllun'], examples: ['Beth yw cynllun amddiffyn plant?'] }],
    });
    const plan = merged.topics.find((t) => t.flow === 'plan')!;
    expect(plan.title).toBe('Cynllun amddiffyn plant');
    expect(plan.synonyms).toContain('cynllun');
    expect(plan.synonyms).toContain('core group');
    expect(merged.topics).toHaveLength(routingEn.topics.length);
    expect(merged.danger).toEqual(expect.arrayContaining([...routingEn.danger]));
  });
});
