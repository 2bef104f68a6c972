// Every question in the five seed documents has a home: this table lists each one, quoted,
// with the flow and state that answer it. The test checks the quote really is in that seed,
// that the state exists and states sourced facts, that every line of a seed ending in a
// question mark is covered, and that the answering state is reachable from the main menu.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { metaOf } from '../../server/engine/nodes.js';
import { flows, placeKey, mustStart, mustChoose, engine, tapsFromMenu } from './support.js';

const SEEDS_DIR = fileURLToPath(new URL('../../docs/seeds/', import.meta.url));
const F000 = '000_f722d388c7537744.txt';
const F001 = '001_84396bc594555b3b.txt';
const F002 = '002_e100dcf0e102df7a.txt';
const F003 = '003_bc501053db67baa4.txt';
const F004 = '004_92908fe7ad067a3c.txt';

/** [seed, quote, flow, state] */
const SEED_QUESTIONS: readonly [string, string, string, string][] = [
  // 000: FAQs on child protection (questions and the statements used as questions)
  [F000, "I am scared to contact the police or the social worker as I don't want the situation to be held against me", 'scared-to-report', 'heldAgainst'],
  [F000, 'My partner has told me the children will be taken from me if I report the violence', 'removal', 'start'],
  [F000, "The social worker doesn't believe my child is in danger, but I feel s/he is, what can I do?", 'social-worker-problems', 'notBelieved'],
  [F000, "What happens if I feel the social worker doesn't understand what I am going through?", 'social-worker-problems', 'notUnderstood'],
  [F000, "My child's social worker is male and I feel very uncomfortable with this", 'social-worker-problems', 'maleWorker'],
  [F000, "I don't feel that the social worker is being honest with me and we don't get along", 'social-worker-problems', 'dontGetAlong'],
  [F000, 'I don\'t see what happened between me and my partner as a "domestic violence" situation, it was a one off', 'one-off', 'answer'],
  [F000, "I don't want to end my relationship with my partner but the social worker says I have to or they will remove my children", 'leave-or-remove', 'dontAgree'],
  [F000, "The social worker keeps bringing up issues from my past and I don't think this is relevant", 'social-worker-problems', 'myPast'],
  [F000, "I am keeping to my part of the child protection plan but the professionals don't do their part or take too long", 'delays', 'whatToDo'],
  [F000, 'What can I do?', 'delays', 'whatToDo'],
  // 001: what child protection, a plan and a conference are; its list of common questions
  [F001, 'What is child protection?', 'plan', 'start'],
  [F001, 'What is a child protection plan?', 'plan', 'contents'],
  [F001, 'What is a child protection conference?', 'conference', 'whatItIs'],
  [F001, 'What should the social worker do before the Child Protection conference?', 'conference', 'report'],
  [F001, 'My partner has told me the children will be taken if I report the abuse. Is this true?', 'removal', 'couldThey'],
  [F001, 'A social worker has contacted me about domestic abuse - what can I do?', 'social-worker-contact', 'expect'],
  [F001, 'Could my children be removed from me?', 'removal', 'couldThey'],
  [F001, "I can't read or write, what support can I get?", 'support', 'readWrite'],
  [F001, "Is it important to have a 'safety word' with your social worker?", 'social-worker-contact', 'safeContact'],
  [F001, 'What is a Merlin report?', 'social-worker-contact', 'merlin'],
  [F001, 'How can I get an advocate to support me?', 'support', 'advocate'],
  [F001, 'If my husband promises not to be abusive, can I let him back into the home?', 'leaving-safely', 'changed'],
  [F001, 'Who is Family Rights Group?', 'support', 'familyRightsGroup'],
  [F001, 'Top Tips: how to work with a social worker', 'social-worker-contact', 'workWith'],
  [F001, 'Can I Adopt?', 'support', 'fosterAdopt'],
  [F001, 'Are You Scared of Ending the Relationship?', 'leaving-safely', 'scared'],
  [F001, 'Can a Family Member Mind My Children?', 'support', 'kinship'],
  // 002: continuing a plan or stepping down
  [F002, 'what the procedure is for continuing a child protection plan or reducing to a child in need', 'plan', 'stepDown'],
  [F002, 'Do you have any advice on where I stand legally?', 'legal-help', 'whereIStand'],
  [F002, 'I was also originally told the FGC was optional', 'plan', 'familyGroupConference'],
  [F002, 'I’m going to find it difficult keeping up with core group meetings', 'plan', 'cantFollow'],
  [F002, 'I was in a toxic relationship rather than an abusive one', 'what-counts-as-abuse', 'toxic'],
  [F002, 'After the FGC my partner is supposedly going to be allowed to return to the family home', 'plan', 'partnerBack'],
  [F002, 'In the core meeting the HV said she agreed with SW', 'social-worker-problems', 'othersAgree'],
  [F002, 'The test for this is does the conference suspect that your child is suffering significant harm or likely to suffer significant harm and that risk is still ongoing?', 'conference', 'decision'],
  // 003: survivors' and practitioners' blogs (their concerns, as parents would ask them)
  [F003, 'My ex-partner kept making malicious reports and calls to my social worker', 'malicious-reports', 'answer'],
  [F003, 'stopping contact would escalate the risk from my ex-partner towards us', 'malicious-reports', 'answer'],
  [F003, 'often older children are not seen as in need of protection or intervention', 'support', 'olderChildren'],
  [F003, 'there will be occasions where having a domestic abuse worker present in a meeting with a perpetrator is unsafe', 'conference', 'safety'],
  [F003, 'Survivors often talk about being asked to leave the abusive relationship', 'leaving-safely', 'toldToLeave'],
  [F003, 'My first social worker told me to maintain contact between my daughter and my ex-partner', 'child-taken', 'pushedContact'],
  [F003, 'many agencies still centre the responsibility for safety on the non-abusive parent', 'what-counts-as-abuse', 'whoMustChange'],
  [F003, 'Understand the psychological impact not just the physical risks', 'what-counts-as-abuse', 'psychological'],
  [F003, 'leaving an abusive relationship is incredibly risky', 'leaving-safely', 'start'],
  [F003, 'Marac (Multi-Agency Risk Assessment Conference) referrals and 3.4% of Idva service referrals', 'support', 'marac'],
  [F003, 'talked about the fear of having their children removed from them', 'removal', 'couldThey'],
  // 004: a conference, and a child taken by the other parent
  [F004, 'Is this a hopeless case?', 'removal', 'hopeless'],
  [F004, 'he took my child away saying that he had information from social services', 'child-taken', 'start'],
  [F004, 'informed me that my partner had committed a serious crime in 1998', 'social-worker-problems', 'partnerPast'],
  [F004, 'I was placed in a hotel away from my son and partner and told that I was being watched, and not to return to the family home', 'do-i-have-to-agree', 'stayAway'],
  [F004, 'mediation which is usually required before going to court', 'child-taken', 'mediation'],
  [F004, 'she was going to initiate a Child Protection Conference unless I was willing to give my ex full custody', 'do-i-have-to-agree', 'custody'],
];

/** Compare text as a reader would: straight quotes, single spaces, any case. */
const norm = (s: string) =>
  s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

const seeds = Object.fromEntries(
  readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => [f, readFileSync(SEEDS_DIR + f, 'utf8')]),
);

describe('every seed question has a home', () => {
  it('reads all five seeds', () => {
    expect(Object.keys(seeds).sort()).toEqual([F000, F001, F002, F003, F004]);
  });

  for (const [seed, quote, flowId, state] of SEED_QUESTIONS) {
    it(`${seed}: "${quote.slice(0, 70)}" → ${flowId} / ${state}`, () => {
      expect(norm(seeds[seed]!), 'the quote is in the seed').toContain(norm(quote));
      const flow = flows.find((f) => f.id === flowId);
      expect(flow, `flow ${flowId}`).toBeDefined();
      const node = flow!.machine.root.states[state];
      expect(node, `state ${state} in ${flowId}`).toBeDefined();
      const facts = metaOf(node!)!.say.filter((m) => m.kind !== 'prompt' && m.source);
      expect(facts.length, 'the answering state states sourced facts').toBeGreaterThan(0);
    });
  }

  it('every line of a seed that ends in a question mark is in the table', () => {
    const quotes = SEED_QUESTIONS.map(([seed, q]) => [seed, norm(q)] as const);
    const uncovered: string[] = [];
    for (const [file, body] of Object.entries(seeds)) {
      for (const line of body.split('\n')) {
        if (!line.trim().endsWith('?')) continue;
        if (!quotes.some(([seed, q]) => seed === file && norm(line).includes(q))) uncovered.push(`${file}: ${line.trim()}`);
      }
    }
    expect(uncovered).toEqual([]);
  });

  it('every answering state is reachable by tapping from the main menu (danger: by its global choice)', () => {
    const reached = new Set(tapsFromMenu().keys());
    const queue = [mustStart('danger')];
    while (queue.length > 0) {
      const c = queue.shift()!;
      reached.add(placeKey(c));
      for (const choice of engine.choiceIds(c.at)) {
        const next = choice === 'menu' ? undefined : mustChoose(c, choice);
        if (next && !reached.has(placeKey(next))) queue.push(next);
      }
    }
    for (const [, , flowId, state] of SEED_QUESTIONS) {
      expect(reached.has(`${flowId}:${JSON.stringify(state)}`), `${flowId}/${state}`).toBe(true);
    }
    console.info(`content: ${SEED_QUESTIONS.length} seed questions mapped to ${new Set(SEED_QUESTIONS.map((q) => q[2] + q[3])).size} states`);
  });
});
