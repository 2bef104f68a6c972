// What counts as domestic abuse, and who must change. The law's definition (Domestic Abuse Act
// 2021) is wider than violence; children are victims in their own right; and the abuser, not
// the parent who is abused, is the one a plan should ask to change (003, 002's "toxic, not
// abusive").
import { setup } from 'xstate';
import { ask, defineFlow, doNext, goTo, say, withWords, GLOSSARY_FLOW } from './define.js';
import {
  BLOGS,
  DA_ACT_S1,
  DA_ACT_S3,
  EXPLAINER,
  FAQ,
  FORUM_PLAN,
  HELPLINE_PAGE,
  SERIOUS_CRIME_ACT,
} from './sources.js';

export const whatCountsAsAbuse = defineFlow(
  'what-counts-as-abuse',
  setup({}).createMachine({
    id: 'what-counts-as-abuse',
    initial: 'start',
    states: {
      start: {
        meta: {
          say: [
            say('what-counts-as-abuse.start.law', { source: DA_ACT_S1 }),
            say('what-counts-as-abuse.start.responsible', {
              source: BLOGS,
              evidence: 'shift the narrative back to the perpetrator and their responsibility',
            }),
            ask('what-counts-as-abuse.start.ask'),
          ],
        },
        on: {
          control: 'control',
          toxic: 'toxic',
          psychological: 'psychological',
          children: 'children',
          'who-changes': 'whoMustChange',
        },
      },

      control: withWords({
        type: 'final',
        meta: {
          say: [
            say('what-counts-as-abuse.control.what', { source: DA_ACT_S1 }),
            say('what-counts-as-abuse.control.money', { source: DA_ACT_S1 }),
            say('what-counts-as-abuse.control.crime', { source: SERIOUS_CRIME_ACT }),
            doNext('what-counts-as-abuse.control.next', { contact: 'nationalHelpline', source: HELPLINE_PAGE }),
          ],
        },
      }),

      // 002: "a toxic relationship rather than an abusive one".
      toxic: withWords({
        type: 'final',
        meta: {
          say: [
            say('what-counts-as-abuse.toxic.told', {
              source: FORUM_PLAN,
              evidence: 'I was in a toxic relationship rather than an abusive one',
            }),
            say('what-counts-as-abuse.toxic.pattern', {
              source: FORUM_PLAN,
              evidence: 'the pattern of controlling behaviour',
            }),
            say('what-counts-as-abuse.toxic.reports', {
              source: FORUM_PLAN,
              evidence: 'you could ask the organisations to give their reports as soon as possible',
            }),
            doNext('what-counts-as-abuse.toxic.next', { contact: 'nationalHelpline', source: HELPLINE_PAGE }),
          ],
        },
      }),

      // 003: "Understand the psychological impact not just the physical risks".
      psychological: {
        type: 'final',
        meta: {
          say: [
            say('what-counts-as-abuse.psychological.harm', {
              source: BLOGS,
              evidence: 'Understand the psychological impact not just the physical risks',
            }),
            say('what-counts-as-abuse.psychological.ask', {
              source: BLOGS,
              evidence: 'the impact and trauma that is created by the emotional and mental abuse children experience',
            }),
            say('what-counts-as-abuse.psychological.worker', {
              source: FAQ,
              evidence: 'that worker can talk to your child\'s social worker and give more specialist information',
            }),
            doNext('what-counts-as-abuse.psychological.next', {
              source: FAQ,
              evidence: 'Keep a record of the instances of abuse',
            }),
          ],
        },
      },

      children: {
        type: 'final',
        meta: {
          say: [
            say('what-counts-as-abuse.children.law', { source: DA_ACT_S3 }),
            say('what-counts-as-abuse.children.subjected', {
              source: BLOGS,
              evidence: 'children don’t witness abuse but are subjected to it',
            }),
            doNext('what-counts-as-abuse.children.next', {
              source: BLOGS,
              evidence: 'domestic abuse has a devastating impact whatever their age',
            }),
          ],
        },
      },

      // 003: the parent who is abused is watched while the abuser stays out of sight.
      whoMustChange: withWords({
        type: 'final',
        meta: {
          say: [
            say('what-counts-as-abuse.whoMustChange.watched', {
              source: BLOGS,
              evidence: 'many agencies still centre the responsibility for safety on the non-abusive parent',
            }),
            say('what-counts-as-abuse.whoMustChange.plan', {
              source: EXPLAINER,
              evidence: 'is responsible for doing what to protect the child, and within what timescale',
            }),
            say('what-counts-as-abuse.whoMustChange.account', {
              source: BLOGS,
              evidence: 'Hold the perpetrator to account',
            }),
            doNext('what-counts-as-abuse.whoMustChange.next', {
              source: EXPLAINER,
              evidence: 'The core group will also meet regularly to make sure the plan is carried out',
            }),
          ],
        },
      }),

      toGlossary: goTo(GLOSSARY_FLOW),
    },
  }),
);
