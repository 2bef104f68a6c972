// "What does this word mean?" Every term the guide uses that a person may not know, in plain
// words, in three short lists. Any state whose words use one of these terms offers this flow
// (the `glossary` choice, see WORDS in define.ts); a test checks that it does.
import { setup } from 'xstate';
import { ask, defineFlow, doNext, say, GLOSSARY_FLOW, type StepMeta } from './define.js';
import {
  CHILDREN_ACT_HARM,
  CHILDREN_ACT_PR,
  CHILDREN_ACT_S17,
  CHILDREN_ACT_S20,
  CHILDREN_ACT_S31,
  CHILDREN_ACT_S47,
  CHILDREN_ACT_S8,
  EXPLAINER,
  FAMILY_LAW_ACT,
  FORUM_CONFERENCE,
  FORUM_PLAN,
  MERLIN,
  MIAM_EXEMPTION,
  PLO_PRE_PROCEEDINGS,
  SAFELIVES_MARAC,
  SERIOUS_CRIME_ACT,
  WT_STRATEGY,
} from './sources.js';

interface Term {
  /** Choice id, and the state is `term-<id>` in camel case (see stateOf). */
  id: string;
  source: string;
  evidence?: string;
  /** What a person might read in the guide that this term explains (lower case). */
  matches: RegExp;
}

/** The terms, in the lists a person picks from. The words are `glossary.<id>` in en.ts. */
export const GLOSSARY_LISTS: Record<'process-words' | 'law-words' | 'abuse-words', Term[]> = {
  'process-words': [
    { id: 'significant-harm', source: CHILDREN_ACT_HARM, matches: /\bsignificant harm\b/i },
    { id: 'child-in-need', source: CHILDREN_ACT_S17, matches: /\bchild in need\b|\bsection 17\b/i },
    { id: 'strategy-discussion', source: WT_STRATEGY, matches: /\bstrategy discussion/i },
    { id: 'section-47', source: CHILDREN_ACT_S47, matches: /\bsection 47\b/i },
    {
      id: 'core-group',
      source: EXPLAINER,
      evidence: 'the ‘core group’ (family members and professionals)',
      matches: /\bcore group\b/i,
    },
    {
      id: 'family-group-conference',
      source: FORUM_PLAN,
      evidence: 'A family group conference can only happen with the consent of a parent',
      matches: /\bfamily group conference/i,
    },
  ],
  'law-words': [
    { id: 'parental-responsibility', source: CHILDREN_ACT_PR, matches: /\bparental responsibility\b/i },
    {
      id: 'private-law',
      source: FORUM_CONFERENCE,
      evidence: 'it is a private law matter',
      matches: /\bprivate law\b/i,
    },
    { id: 'care-proceedings', source: CHILDREN_ACT_S31, matches: /\bcare proceedings\b|\bcare order\b/i },
    { id: 'letter-before-proceedings', source: PLO_PRE_PROCEEDINGS, matches: /\bletter before proceedings\b/i },
    { id: 'section-20', source: CHILDREN_ACT_S20, matches: /\bsection 20\b/i },
    { id: 'injunction', source: FAMILY_LAW_ACT, matches: /\binjunction/i },
    { id: 'miam', source: MIAM_EXEMPTION, matches: /\bmiam\b/i },
    { id: 'prohibited-steps-order', source: CHILDREN_ACT_S8, matches: /\bprohibited steps order/i },
  ],
  'abuse-words': [
    { id: 'coercive-control', source: SERIOUS_CRIME_ACT, matches: /\bcoercive control\b/i },
    { id: 'marac', source: SAFELIVES_MARAC, matches: /\bmarac\b/i },
    { id: 'idva', source: SAFELIVES_MARAC, matches: /\bidva\b/i },
    {
      id: 'advocate',
      source: EXPLAINER,
      evidence: 'The parents should be able to bring an advocate, friend or solicitor to the conference',
      matches: /\badvocate\b/i,
    },
    { id: 'merlin', source: MERLIN, matches: /\bmerlin\b/i },
    {
      id: 'kinship-care',
      source: EXPLAINER,
      evidence: 'This is called kinship care.',
      matches: /\bkinship care\b/i,
    },
  ],
};

export const GLOSSARY_TERMS: readonly Term[] = Object.values(GLOSSARY_LISTS).flat();

const camel = (id: string) => id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
const listState = (list: string) => camel(list);
const termState = (id: string) => `term${camel(`-${id}`)}`;

const lists = Object.fromEntries(
  Object.entries(GLOSSARY_LISTS).map(([list, terms]) => [
    listState(list),
    {
      meta: { say: [ask(`glossary.${list}.ask`)] } satisfies StepMeta,
      on: Object.fromEntries(terms.map((t) => [t.id, termState(t.id)])),
    },
  ]),
);

const terms = Object.fromEntries(
  GLOSSARY_TERMS.map((t) => [
    termState(t.id),
    {
      type: 'final' as const,
      meta: {
        say: [
          say(`glossary.${t.id}`, { source: t.source, ...(t.evidence ? { evidence: t.evidence } : {}) }),
          doNext('glossary.next', {
            source: EXPLAINER,
            evidence: 'The social worker should take time to explain the recommendations to the family.',
          }),
        ],
      } satisfies StepMeta,
      on: { more: 'start' },
    },
  ]),
);

export const glossary = defineFlow(
  GLOSSARY_FLOW,
  setup({}).createMachine({
    id: GLOSSARY_FLOW,
    initial: 'start',
    states: {
      start: {
        meta: { say: [ask('glossary.start.ask')] },
        on: Object.fromEntries(Object.keys(GLOSSARY_LISTS).map((list) => [list, listState(list)])),
      },
      ...lists,
      ...terms,
    },
  }),
);
