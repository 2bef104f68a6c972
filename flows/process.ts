// The child protection process, "what happens next", as a walkthrough a person steps through
// forwards and backwards ("step N of M"). Each step says what happens, what you can do and
// what to ask, with the timescales from Working Together to Safeguard Children 2023.
import { setup } from 'xstate';
import { ask, defineFlow, doNext, say, walkStep } from './define.js';
import {
  CARE_26_WEEKS,
  CHILDREN_ACT,
  EXPLAINER,
  FAQ,
  FORUM_PLAN,
  LEGAL_AID,
  PUBLIC_LAW_OUTLINE,
  WALES,
  WORKING_TOGETHER,
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
            say('process.concern.happens', { source: WORKING_TOGETHER }),
            say('process.concern.england', { source: WALES }),
          ],
          [say('process.concern.do', { source: FAQ })],
          ask('process.concern.ask'),
        ),
        on: { next: 'enquiries' },
      },

      enquiries: {
        meta: walkStep(
          2,
          [
            say('process.enquiries.assessment', { source: CHILDREN_ACT }),
            say('process.enquiries.section47', { source: CHILDREN_ACT }),
          ],
          [say('process.enquiries.do', { source: FAQ })],
          ask('process.enquiries.ask'),
        ),
        on: { previous: 'concern', next: 'initialConference' },
      },

      initialConference: {
        meta: walkStep(
          3,
          [say('process.initialConference.happens', { source: WORKING_TOGETHER })],
          [say('process.initialConference.do', { source: EXPLAINER })],
          ask('process.initialConference.ask'),
        ),
        on: { previous: 'enquiries', next: 'planAndCoreGroup' },
      },

      planAndCoreGroup: {
        meta: walkStep(
          4,
          [
            say('process.planAndCoreGroup.happens', { source: EXPLAINER }),
            say('process.planAndCoreGroup.coreGroup', { source: WORKING_TOGETHER }),
          ],
          [say('process.planAndCoreGroup.do', { source: FORUM_PLAN })],
          ask('process.planAndCoreGroup.ask'),
        ),
        on: { previous: 'initialConference', next: 'reviews' },
      },

      reviews: {
        meta: walkStep(
          5,
          [say('process.reviews.happens', { source: WORKING_TOGETHER })],
          [say('process.reviews.do', { source: FORUM_PLAN })],
          say('process.reviews.ask', { source: FORUM_PLAN }),
        ),
        on: { previous: 'planAndCoreGroup', next: 'planEnds' },
      },

      planEnds: {
        meta: walkStep(
          6,
          [
            say('process.planEnds.happens', { source: FORUM_PLAN }),
            say('process.planEnds.childInNeed', { source: FORUM_PLAN }),
          ],
          [say('process.planEnds.do', { source: FORUM_PLAN })],
          ask('process.planEnds.ask'),
        ),
        on: { previous: 'reviews', next: 'preProceedings' },
      },

      preProceedings: {
        meta: walkStep(
          7,
          [
            say('process.preProceedings.letter', { source: PUBLIC_LAW_OUTLINE }),
            say('process.preProceedings.court', { source: CARE_26_WEEKS }),
          ],
          [say('process.preProceedings.do', { source: LEGAL_AID })],
          ask('process.preProceedings.ask'),
        ),
        on: { previous: 'planEnds', done: 'end' },
      },

      end: {
        type: 'final',
        meta: {
          say: [
            say('process.end.diary', { source: FORUM_PLAN }),
            doNext('process.end.next', { contact: 'familyRightsGroup', source: FORUM_PLAN }),
          ],
        },
      },
    },
  }),
);
