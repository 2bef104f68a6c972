// The child protection process, "what happens next", as a walkthrough a person steps through
// forwards and backwards ("step N of M"). Each step says what happens, what you can do and
// what to ask, with the timescales from Working Together to Safeguard Children 2023 (which say
// what *should* happen). A step that uses a term of the trade offers the glossary.
import { setup } from 'xstate';
import { ask, defineFlow, doNext, goTo, say, walkStep, withWords, GLOSSARY_FLOW } from './define.js';
import {
  CARE_26_WEEKS,
  CHILDREN_ACT_HARM,
  CHILDREN_ACT_S17,
  CHILDREN_ACT_S47,
  EXPLAINER,
  FAQ,
  FORUM_PLAN,
  LEGAL_AID,
  PLO_PRE_PROCEEDINGS,
  WALES,
  WT_CONFERENCE,
  WT_CORE_GROUP,
  WT_REFERRAL,
  WT_REVIEW,
  WT_STRATEGY,
} from './sources.js';

export const processFlow = defineFlow(
  'process',
  setup({}).createMachine({
    id: 'process',
    initial: 'concern',
    states: {
      concern: {
        meta: walkStep(
          1,
          [
            say('process.concern.happens', { source: WT_REFERRAL }),
            say('process.concern.england', { source: WALES }),
          ],
          [say('process.concern.do', { source: FAQ, evidence: 'Keep a record of the instances of abuse' })],
          ask('process.concern.ask'),
        ),
        on: { next: 'strategy' },
      },

      strategy: withWords({
        meta: walkStep(
          2,
          [
            say('process.strategy.who', { source: WT_STRATEGY }),
            say('process.strategy.happens', { source: CHILDREN_ACT_HARM }),
            say('process.strategy.decides', { source: WT_STRATEGY }),
          ],
          [say('process.strategy.do', { source: WT_STRATEGY })],
          ask('process.strategy.ask'),
        ),
        on: { previous: 'concern', next: 'enquiries' },
      }),

      enquiries: withWords({
        meta: walkStep(
          3,
          [
            say('process.enquiries.assessment', { source: CHILDREN_ACT_S17 }),
            say('process.enquiries.section47', { source: CHILDREN_ACT_S47 }),
          ],
          [say('process.enquiries.do', { source: FAQ, evidence: 'Make notes for yourself about appointments and referrals' })],
          ask('process.enquiries.ask'),
        ),
        on: { previous: 'strategy', next: 'initialConference' },
      }),

      initialConference: withWords({
        meta: walkStep(
          4,
          [say('process.initialConference.happens', { source: WT_CONFERENCE })],
          [
            say('process.initialConference.do', {
              source: EXPLAINER,
              evidence: 'The parents should be able to bring an advocate, friend or solicitor to the conference',
            }),
          ],
          ask('process.initialConference.ask'),
        ),
        on: { previous: 'enquiries', next: 'planAndCoreGroup' },
      }),

      planAndCoreGroup: withWords({
        meta: walkStep(
          5,
          [
            say('process.planAndCoreGroup.happens', {
              source: EXPLAINER,
              evidence: 'this will be developed into a full child protection plan by the ‘core group’',
            }),
            say('process.planAndCoreGroup.coreGroup', { source: WT_CORE_GROUP }),
          ],
          [
            say('process.planAndCoreGroup.do', {
              source: FORUM_PLAN,
              evidence: 'Have your diary with you so that you can give your dates to avoid',
            }),
          ],
          ask('process.planAndCoreGroup.ask'),
        ),
        on: { previous: 'initialConference', next: 'reviews' },
      }),

      reviews: {
        meta: walkStep(
          6,
          [say('process.reviews.happens', { source: WT_REVIEW })],
          [
            say('process.reviews.do', {
              source: FORUM_PLAN,
              evidence: 'It might be helpful if they could attend the meeting rather than just put this in a report',
            }),
          ],
          say('process.reviews.ask', {
            source: FORUM_PLAN,
            evidence: 'you could ask that it is only for a further 3 or 4 months instead of the 6 months',
          }),
        ),
        on: { previous: 'planAndCoreGroup', next: 'planEnds' },
      },

      planEnds: withWords({
        meta: walkStep(
          7,
          [
            say('process.planEnds.happens', {
              source: FORUM_PLAN,
              evidence: 'will usually have a vote as to whether the plan should continue',
            }),
            say('process.planEnds.childInNeed', {
              source: FORUM_PLAN,
              evidence: 'your consent is needed to work within the child in need framework',
            }),
          ],
          [
            say('process.planEnds.do', {
              source: FORUM_PLAN,
              evidence: 'you could ask the organisations to give their reports as soon as possible',
            }),
          ],
          ask('process.planEnds.ask'),
        ),
        on: { previous: 'reviews', next: 'preProceedings' },
      }),

      preProceedings: withWords({
        meta: walkStep(
          8,
          [
            say('process.preProceedings.letter', { source: PLO_PRE_PROCEEDINGS }),
            say('process.preProceedings.court', { source: CARE_26_WEEKS }),
          ],
          [say('process.preProceedings.do', { source: LEGAL_AID }), say('process.preProceedings.free', { source: LEGAL_AID })],
          ask('process.preProceedings.ask'),
        ),
        on: { previous: 'planEnds', done: 'end' },
      }),

      end: {
        type: 'final',
        meta: {
          say: [
            say('process.end.diary', {
              source: FORUM_PLAN,
              evidence: 'you know your family better than anyone else',
            }),
            doNext('process.end.next', {
              contact: 'familyRightsGroup',
              source: FORUM_PLAN,
              evidence: 'call our advice line for further advice',
            }),
          ],
        },
      },

      toGlossary: goTo(GLOSSARY_FLOW),
    },
  }),
);
