// Topic 5: the child protection conference, as a walkthrough: before (the report, who you can
// bring, your safety), during (the chair, what is shared, the vote and its test) and after
// (the plan, the core group, reviews). Step N of M, forwards and backwards.
import { setup } from 'xstate';
import { ask, defineFlow, doNext, say, walkStep } from './define.js';
import { BLOGS, EXPLAINER, FORUM_CONFERENCE, FORUM_PLAN, WORKING_TOGETHER } from './sources.js';

export const conference = defineFlow(
  'conference',
  setup({}).createMachine({
    id: 'conference',
    initial: 'whatItIs',
    states: {
      // Before
      whatItIs: {
        meta: walkStep(
          1,
          [
            say('conference.whatItIs.happens', { source: EXPLAINER }),
            say('conference.whatItIs.why', { source: FORUM_CONFERENCE }),
          ],
          [say('conference.whatItIs.child', { source: EXPLAINER })],
          ask('conference.whatItIs.ask'),
        ),
        on: { next: 'report' },
      },

      report: {
        meta: walkStep(
          2,
          [
            say('conference.report.happens', { source: FORUM_CONFERENCE }),
            say('conference.report.explain', { source: EXPLAINER }),
          ],
          [say('conference.report.do', { source: FORUM_PLAN })],
          ask('conference.report.ask'),
        ),
        on: { previous: 'whatItIs', next: 'bringSomeone' },
      },

      bringSomeone: {
        meta: walkStep(
          3,
          [
            say('conference.bringSomeone.who', { source: EXPLAINER }),
            say('conference.bringSomeone.advocacy', { source: EXPLAINER }),
            say('conference.bringSomeone.daWorker', { source: BLOGS }),
          ],
          [say('conference.bringSomeone.do', { source: FORUM_PLAN })],
          ask('conference.bringSomeone.ask'),
        ),
        on: { previous: 'report', next: 'safety' },
      },

      safety: {
        meta: walkStep(
          4,
          [say('conference.safety.separate', { source: BLOGS })],
          [say('conference.safety.do', { source: BLOGS })],
          ask('conference.safety.ask'),
        ),
        on: { previous: 'bringSomeone', next: 'chair' },
      },

      // During
      chair: {
        meta: walkStep(
          5,
          [say('conference.chair.happens', { source: EXPLAINER })],
          [say('conference.chair.do', { source: EXPLAINER })],
          ask('conference.chair.ask'),
        ),
        on: { previous: 'safety', next: 'sharing' },
      },

      sharing: {
        meta: walkStep(
          6,
          [say('conference.sharing.happens', { source: FORUM_PLAN })],
          [say('conference.sharing.do', { source: FORUM_PLAN })],
          ask('conference.sharing.ask'),
        ),
        on: { previous: 'chair', next: 'decision' },
      },

      decision: {
        meta: walkStep(
          7,
          [
            say('conference.decision.vote', { source: FORUM_PLAN }),
            say('conference.decision.test', { source: WORKING_TOGETHER }),
          ],
          [say('conference.decision.do', { source: FORUM_PLAN })],
          ask('conference.decision.ask'),
        ),
        on: { previous: 'sharing', next: 'plan' },
      },

      // After
      plan: {
        meta: walkStep(
          8,
          [
            say('conference.plan.happens', { source: EXPLAINER }),
            say('conference.plan.coreGroup', { source: WORKING_TOGETHER }),
          ],
          [say('conference.plan.do', { source: FORUM_PLAN })],
          ask('conference.plan.ask'),
        ),
        on: { previous: 'decision', next: 'review' },
      },

      review: {
        meta: walkStep(
          9,
          [say('conference.review.happens', { source: WORKING_TOGETHER })],
          [
            say('conference.review.shorter', { source: FORUM_PLAN }),
            say('conference.review.complain', { source: WORKING_TOGETHER }),
          ],
          ask('conference.review.ask'),
        ),
        on: { previous: 'plan', done: 'end' },
      },

      end: {
        type: 'final',
        meta: {
          say: [
            say('conference.end.attend', { source: FORUM_PLAN }),
            doNext('conference.end.next', { contact: 'familyRightsGroup', source: FORUM_CONFERENCE }),
          ],
        },
      },
    },
  }),
);
