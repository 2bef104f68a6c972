// Topic 5: the child protection conference, as a walkthrough: before (the report, who you can
// bring, your safety), during (the chair, what is shared, the vote and its test) and after
// (the plan, the core group, reviews). Step N of M, forwards and backwards.
import { setup } from 'xstate';
import { ask, defineFlow, doNext, goTo, say, walkStep, withWords, GLOSSARY_FLOW } from './define.js';
import {
  BLOGS,
  EXPLAINER,
  FORUM_CONFERENCE,
  FORUM_PLAN,
  LOCAL_PROCEDURES,
  CONFERENCE_COMPLAINTS,
  WT_CONFERENCE,
  WT_CORE_GROUP,
  WT_REVIEW,
} from './sources.js';

export const conference = defineFlow(
  'conference',
  setup({}).createMachine({
    id: 'conference',
    initial: 'whatItIs',
    states: {
      // Before
      whatItIs: withWords({
        meta: walkStep(
          1,
          [
            say('conference.whatItIs.happens', {
              source: EXPLAINER,
              evidence: 'A formal meeting between a child’s family and children’s services',
            }),
            say('conference.whatItIs.why', { source: WT_CONFERENCE }),
          ],
          [
            say('conference.whatItIs.child', {
              source: EXPLAINER,
              evidence: 'If a child is attending, they can bring an advocate.',
            }),
          ],
          ask('conference.whatItIs.ask'),
        ),
        on: { next: 'report' },
      }),

      report: {
        meta: walkStep(
          2,
          [
            say('conference.report.happens', {
              source: FORUM_CONFERENCE,
              evidence: 'You should receive a copy of this report several days prior to the conference taking place',
            }),
            say('conference.report.explain', {
              source: EXPLAINER,
              evidence: 'The social worker should take time to explain the recommendations to the family.',
            }),
          ],
          [
            say('conference.report.do', {
              source: FORUM_PLAN,
              evidence: 'Her report should be accurate so get her to amend any errors',
            }),
          ],
          ask('conference.report.ask'),
        ),
        on: { previous: 'whatItIs', next: 'bringSomeone' },
      },

      bringSomeone: withWords({
        meta: walkStep(
          3,
          [
            say('conference.bringSomeone.who', {
              source: EXPLAINER,
              evidence: 'they can assist the parent but are not a full participant',
            }),
            say('conference.bringSomeone.advocacy', {
              source: EXPLAINER,
              evidence: 'Children’s services should give the parents and the child information about local advocacy services',
            }),
            say('conference.bringSomeone.daWorker', {
              source: BLOGS,
              evidence: 'Ensuring that the victim is supported throughout',
            }),
          ],
          [
            say('conference.bringSomeone.do', {
              source: FORUM_PLAN,
              evidence: 'It might be helpful if they could attend the meeting rather than just put this in a report',
            }),
          ],
          ask('conference.bringSomeone.ask'),
        ),
        on: { previous: 'report', next: 'safety' },
      }),

      safety: {
        meta: walkStep(
          4,
          [say('conference.safety.separate', { source: LOCAL_PROCEDURES })],
          [say('conference.safety.do', { source: LOCAL_PROCEDURES })],
          ask('conference.safety.ask'),
        ),
        on: { previous: 'bringSomeone', next: 'chair' },
      },

      // During
      chair: {
        meta: walkStep(
          5,
          [
            say('conference.chair.happens', {
              source: EXPLAINER,
              evidence: 'The conference chair should meet the parents before the conference starts',
            }),
          ],
          [
            say('conference.chair.do', {
              source: EXPLAINER,
              evidence: 'to make sure they understand why it is being held and what will happen',
            }),
          ],
          ask('conference.chair.ask'),
        ),
        on: { previous: 'safety', next: 'sharing' },
      },

      sharing: {
        meta: walkStep(
          6,
          [
            say('conference.sharing.happens', {
              source: FORUM_PLAN,
              evidence: 'The professionals who attend will usually share information about your family',
            }),
          ],
          [
            say('conference.sharing.do', {
              source: FORUM_PLAN,
              evidence: 'it is important that you are present at the meetings so that your voice is heard',
            }),
          ],
          ask('conference.sharing.ask'),
        ),
        on: { previous: 'chair', next: 'decision' },
      },

      decision: withWords({
        meta: walkStep(
          7,
          [
            say('conference.decision.vote', {
              source: FORUM_PLAN,
              evidence: 'will usually have a vote as to whether the plan should continue',
            }),
            say('conference.decision.test', {
              source: FORUM_PLAN,
              evidence: 'likely to suffer significant harm and that risk is still ongoing',
            }),
          ],
          [
            say('conference.decision.do', {
              source: FORUM_PLAN,
              evidence: 'Remember the social workers report is just a recommendation',
            }),
          ],
          ask('conference.decision.ask'),
        ),
        on: { previous: 'sharing', next: 'plan' },
      }),

      // After
      plan: withWords({
        meta: walkStep(
          8,
          [
            say('conference.plan.happens', {
              source: EXPLAINER,
              evidence: 'A lead social worker will be appointed to the case',
            }),
            say('conference.plan.coreGroup', { source: WT_CORE_GROUP }),
          ],
          [
            say('conference.plan.do', {
              source: FORUM_PLAN,
              evidence: 'Have your diary with you so that you can give your dates to avoid',
            }),
          ],
          ask('conference.plan.ask'),
        ),
        on: { previous: 'decision', next: 'review' },
      }),

      review: {
        meta: walkStep(
          9,
          [say('conference.review.happens', { source: WT_REVIEW })],
          [
            say('conference.review.shorter', {
              source: FORUM_PLAN,
              evidence: 'you could ask that it is only for a further 3 or 4 months instead of the 6 months',
            }),
            say('conference.review.complain', { source: CONFERENCE_COMPLAINTS }),
          ],
          ask('conference.review.ask'),
        ),
        on: { previous: 'plan', done: 'end' },
      },

      end: {
        type: 'final',
        meta: {
          say: [
            say('conference.end.attend', {
              source: FORUM_PLAN,
              evidence: 'it is important that you are present at the meetings so that your voice is heard',
            }),
            doNext('conference.end.next', {
              contact: 'familyRightsGroup',
              source: FORUM_CONFERENCE,
              evidence: 'You can also call our advice line',
            }),
          ],
        },
      },

      toGlossary: goTo(GLOSSARY_FLOW),
    },
  }),
);
