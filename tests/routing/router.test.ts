// The router's ranking and decisions, without a server: every answer is reachable by its own
// words, unsure text offers a short choice, text about nothing the guide knows says so, and
// the same text always gets the same answer.
import { describe, expect, it } from 'vitest';
import type { AnyStateNode } from 'xstate';
import { Router, sharedRouter } from '../../server/routing/router.js';
import { routingCatalogue, routingTopicsMissingFrom, withEnglishFallback } from '../../server/routing/catalogue.js';
import { routingEn } from '../../flows/content/routing.en.js';
import { notAnswersEn } from '../../flows/content/routing-answers.en.js';
import { flows } from '../../flows/index.js';
import { allStateNodes, metaOf } from '../../server/engine/nodes.js';
import { prepare } from '../../server/routing/normalise.js';
import { heldOutAnswers } from './held-out-answers.js';
import { heldOutFresh } from './held-out-fresh.js';
import { heldOutThird } from './held-out-third.js';
import { heldOutFourth } from './held-out-fourth.js';
import { heldOutFifth } from './held-out-fifth.js';
import { heldOutSixth } from './held-out-sixth.js';
import { heldOutSeventh } from './held-out-seventh.js';
import { heldOutEighth } from './held-out-eighth.js';
import { heldOutNinth } from './held-out-ninth.js';
import { heldOutTenth } from './held-out-tenth.js';
import { heldOutEleventh } from './held-out-eleventh.js';
import { heldOutTwelfth } from './held-out-twelfth.js';
import { heldOutThirteenth } from './held-out-thirteenth.js';

const router = sharedRouter();
const TOPIC_FLOWS = [
  'danger', 'scared-to-report', 'removal', 'social-worker-contact', 'conference', 'process', 'plan',
  'delays', 'social-worker-problems', 'one-off', 'leave-or-remove', 'child-taken', 'malicious-reports', 'support',
  'do-i-have-to-agree', 'who-sees-what', 'leaving-safely', 'what-counts-as-abuse', 'legal-help', 'glossary',
];
const leafStates = new Set(
  flows.flatMap((flow) =>
    allStateNodes(flow.machine.root)
      .filter((n: AnyStateNode) => (n.type === 'atomic' || n.type === 'final') && !metaOf(n)?.goto)
      .map((n: AnyStateNode) => `${flow.id}.${n.path.join('.')}`),
  ),
);

describe('the routing catalogue', () => {
  it('names each topic of the content map once', () => {
    expect(routingEn.topics.map((t) => t.flow)).toEqual(TOPIC_FLOWS);
  });

  it('names only answer states that exist, each once, with a title, key terms and an example', () => {
    const states = routingEn.answers.map((a) => a.state);
    expect(states.filter((s) => !leafStates.has(s))).toEqual([]);
    expect(new Set(states).size).toBe(states.length);
    for (const answer of routingEn.answers) {
      expect(answer.title.trim().length, answer.state).toBeGreaterThan(0);
      expect(answer.terms.length, answer.state).toBeGreaterThanOrEqual(3);
      expect(answer.examples.length, answer.state).toBeGreaterThanOrEqual(1);
    }
  });

  it('makes every leaf state outside the menu an answer, unless it is listed as deliberately not one', () => {
    const answers = new Set(routingEn.answers.map((a) => a.state));
    const left = [...leafStates].filter((s) => !s.startsWith('menu.') && !answers.has(s) && !notAnswersEn.includes(s));
    expect(left).toEqual([]);
    expect(notAnswersEn.filter((s) => !leafStates.has(s) || answers.has(s))).toEqual([]);
  });

  it('labels its training messages with answers it declares, danger or none; at least 600 of them', () => {
    const states = new Set(routingEn.answers.map((a) => a.state));
    const labels = Object.keys(routingEn.training);
    expect(labels.filter((l) => l !== 'danger' && l !== 'none' && !states.has(l))).toEqual([]);
    expect([...states].filter((s) => !labels.includes(s))).toEqual([]);
    expect(Object.values(routingEn.training).flat().length).toBeGreaterThanOrEqual(600);
  });

  it('holds none of the held-out messages (or the held-out figures would mean nothing)', () => {
    const known = new Set(
      [
        ...Object.values(routingEn.training).flat(),
        ...routingEn.answers.flatMap((a) => [a.title, ...a.terms, ...a.examples]),
      ].map((s) => prepare(s, routingEn.slang)),
    );
    const leaked = [...heldOutAnswers, ...heldOutThird].filter((c) => known.has(prepare(c.text, routingEn.slang)));
    expect(leaked.map((c) => c.text)).toEqual([]);
    // The fourth set's writer read the flows' words, where an answer's title is the choice that
    // leads to it ("Is my case hopeless?"): three of its messages are such titles, and a person
    // typing a choice they saw is a fair test. Only what was written for the router may not hold it.
    const learnt = new Set(
      [...Object.values(routingEn.training).flat(), ...routingEn.answers.flatMap((a) => [...a.terms, ...a.examples])].map((s) =>
        prepare(s, routingEn.slang),
      ),
    );
    expect([...heldOutFourth, ...heldOutFifth].filter((c) => learnt.has(prepare(c.text, routingEn.slang))).map((c) => c.text)).toEqual([]);
    // The sixth to tenth sets' writers never saw the key terms, and a two-word question can be one ("core
    // group"): a term is the catalogue's own word, like a title. The eleventh's to thirteenth's writers read the
    // terms and titles, as a person reads the choices. Messages learnt from and answers' examples may not
    // hold any of these sets.
    const learntMessages = new Set(
      [...Object.values(routingEn.training).flat(), ...routingEn.answers.flatMap((a) => a.examples)].map((s) => prepare(s, routingEn.slang)),
    );
    expect([...heldOutSixth, ...heldOutSeventh, ...heldOutEighth, ...heldOutNinth, ...heldOutTenth, ...heldOutEleventh, ...heldOutTwelfth, ...heldOutThirteenth].filter((c) => learntMessages.has(prepare(c.text, routingEn.slang))).map((c) => c.text)).toEqual([]);
  });

  it('reports the flows it names that are not registered, for the check after merging', () => {
    expect(routingTopicsMissingFrom(TOPIC_FLOWS)).toEqual([]);
    expect(routingTopicsMissingFrom(['menu', 'danger']).sort()).toEqual(TOPIC_FLOWS.filter((f) => f !== 'danger').sort());
  });
});

describe('ranking', () => {
  it('ranks each answer first for its own title', () => {
    const wrong = routingEn.answers
      .map((a) => ({ state: a.state, got: router.explain(a.title, 'en').ranking.find((r) => r.state !== 'none' && r.state !== 'danger')?.state }))
      .filter((r) => r.got !== r.state);
    expect(wrong).toEqual([]);
  });

  it('goes straight to the answer when one clearly wins', () => {
    expect(router.route('what is a child protection plan', 'en')).toEqual({ kind: 'answer', state: 'plan.start' });
    expect(router.route('my ex keeps making malicious reports', 'en')).toEqual({ kind: 'answer', state: 'malicious-reports.answer' });
  });

  it('offers two or three answers when unsure ("Did you mean…")', () => {
    const route = router.route('meeting', 'en');
    expect(route.kind).toBe('suggest');
    if (route.kind !== 'suggest') return;
    expect(route.offers.length).toBeGreaterThanOrEqual(2);
    expect(route.offers.length).toBeLessThanOrEqual(3);
  });

  it('says nothing matched for text about something else, gibberish or nothing at all', () => {
    for (const text of ['how do i renew my passport', 'qwertyuiop zxcvb', '', '   ', '🙂🙂']) {
      expect(router.route(text, 'en'), JSON.stringify(text)).toEqual({ kind: 'none' });
    }
  });

  it('offers answers that also matched beside the danger triage', () => {
    const route = router.route('my ex keeps making malicious reports and now he is outside', 'en');
    expect(route).toMatchObject({ kind: 'danger' });
    expect(route.kind === 'danger' && route.also).toContain('malicious-reports.answer');
  });

  it('tolerates typos', () => {
    expect(router.explain('who is the conferance chair', 'en').ranking[0]?.state).toBe('conference.chair');
    expect(router.route('my ex keeps making malicous reprots', 'en')).toEqual({ kind: 'answer', state: 'malicious-reports.answer' });
    const top3 = router.explain('child protecton confrence', 'en').ranking.slice(0, 3).map((r) => r.state);
    expect(top3).toContain('conference.whatItIs');
  });

  it('gives the same answer to the same text, from a router trained afresh', () => {
    const again = new Router();
    for (const text of ['what happens at a conference', 'can my mum have the kids', 'he took my son', 'social worker']) {
      expect(again.explain(text, 'en')).toEqual(router.explain(text, 'en'));
    }
  });
});

describe('Welsh', () => {
  it('falls back to the English topics, answers and words until translated', () => {
    expect(routingCatalogue('cy').topics.map((t) => [t.flow, t.title])).toEqual(routingEn.topics.map((t) => [t.flow, t.title]));
    expect(routingCatalogue('cy').answers).toBe(routingEn.answers);
    expect(router.route('what is a child protection plan', 'cy')).toEqual({ kind: 'answer', state: 'plan.start' });
  });

  it('uses a translated answer’s title and adds its words to the English ones', () => {
    const merged = withEnglishFallback({
      answers: [{ state: 'plan.start', title: 'Beth yw cynllun amddiffyn plant?', terms: ['cynllun'], examples: ['Beth yw cynllun amddiffyn plant?'] }],
    });
    const plan = merged.answers.find((a) => a.state === 'plan.start')!;
    expect(plan.title).toBe('Beth yw cynllun amddiffyn plant?');
    expect(plan.terms).toContain('cynllun');
    expect(plan.terms).toContain('child protection plan');
    expect(merged.answers).toHaveLength(routingEn.answers.length);
    expect(merged.danger).toEqual(expect.arrayContaining([...routingEn.danger]));
  });
});

describe('hearing danger without routing (for typed text over the rate limit)', () => {
  it('hears danger exactly when routing would open the triage, on every message the project holds', () => {
    const texts = [
      ...Object.values(routingEn.training).flat(),
      ...[heldOutAnswers, heldOutFresh, heldOutThird].flatMap((set) => set.map((c) => c.text)),
      '', '   ', 'kill the weeds', 'HE HAS A KNIFE!!!', 'x'.repeat(500),
    ];
    expect(texts.length).toBeGreaterThan(2000);
    const differ = texts.filter((text) => router.hearsDanger(text, 'en') !== (router.route(text, 'en').kind === 'danger'));
    expect(differ).toEqual([]);
    // Both ways, so the check cannot pass by hearing nothing.
    expect(texts.filter((text) => router.hearsDanger(text, 'en')).length).toBeGreaterThan(500);
    expect(texts.filter((text) => !router.hearsDanger(text, 'en')).length).toBeGreaterThan(1000);
  });
});
