// Topic 8: problems with the social worker (000 questions 3 to 6 and 9, 002, 004): not believed,
// not understood, a male social worker, not getting along, the past raised again (yours or a
// partner's), other professionals siding with the social worker, or complaining.
import { setup } from 'xstate';
import { ask, defineFlow, doNext, say } from './define.js';
import { FAQ, FORUM_CONFERENCE, FORUM_PLAN, POLICE_999 } from './sources.js';
import { complaintOutcome } from './complaints.js';

export const socialWorkerProblems = defineFlow(
  'social-worker-problems',
  setup({}).createMachine({
    id: 'social-worker-problems',
    initial: 'start',
    states: {
      start: {
        meta: { say: [ask('social-worker-problems.start.ask')] },
        on: {
          'not-believed': 'notBelieved',
          'not-understood': 'notUnderstood',
          'male-worker': 'maleWorker',
          'dont-get-along': 'dontGetAlong',
          'others-agree': 'othersAgree',
          'my-past': 'myPast',
          'partner-past': 'partnerPast',
          complain: 'complain',
        },
      },

      notBelieved: {
        type: 'final',
        meta: {
          say: [
            say('social-worker-problems.notBelieved.danger', { contact: 'police', source: POLICE_999 }),
            say('social-worker-problems.notBelieved.upsetting', {
              source: FAQ,
              evidence: 'It is very upsetting to feel your child is at risk of harm but that professionals do not agree with you',
            }),
            say('social-worker-problems.notBelieved.record', {
              source: FAQ,
              evidence: 'Keep a record of the instances of abuse',
            }),
            say('social-worker-problems.notBelieved.explain', {
              source: FAQ,
              evidence: 'ask any professionals working with you to help you explain your concerns to the social worker',
            }),
            doNext('social-worker-problems.notBelieved.next', {
              contact: 'nationalHelpline',
              source: FAQ,
              evidence: 'contact a domestic violence specialist organisation to find out what support you may be offered',
            }),
          ],
        },
      },

      notUnderstood: {
        type: 'final',
        meta: {
          say: [
            say('social-worker-problems.notUnderstood.training', {
              source: FAQ,
              evidence: 'All child care social workers should have had some training in domestic violence',
            }),
            say('social-worker-problems.notUnderstood.manager', {
              source: FAQ,
              evidence: 'you could politely ask the social worker\'s manager if there is a social worker available with more experience',
            }),
            say('social-worker-problems.notUnderstood.reasons', {
              source: FAQ,
              evidence: 'you can ask what the reasons are for any decision',
            }),
            doNext('social-worker-problems.notUnderstood.next', {
              source: FAQ,
              evidence: 'If you are very unhappy with the social worker, then you can make a complaint',
            }),
          ],
        },
      },

      maleWorker: {
        type: 'final',
        meta: {
          say: [
            say('social-worker-problems.maleWorker.ask', {
              source: FAQ,
              evidence: 'You can request a change of social worker with your social worker\'s manager',
            }),
            say('social-worker-problems.maleWorker.reasons', {
              source: FAQ,
              evidence: 'Make sure you explain your reasons carefully',
            }),
            doNext('social-worker-problems.maleWorker.next', {
              source: FAQ,
              evidence: 'ask the manager to explain the reasons in writing',
            }),
          ],
        },
      },

      dontGetAlong: {
        type: 'final',
        meta: {
          say: [
            say('social-worker-problems.dontGetAlong.notAlone', {
              source: FAQ,
              evidence: 'they feel blamed for the situation, or disbelieved',
            }),
            say('social-worker-problems.dontGetAlong.talk', {
              source: FAQ,
              evidence: 'Try to talk about your feelings directly with the social worker, who may not realise how you feel',
            }),
            doNext('social-worker-problems.dontGetAlong.next', {
              source: FAQ,
              evidence: 'that worker can talk to your child\'s social worker',
            }),
          ],
        },
      },

      // 002: "In the core meeting the HV said she agreed with SW".
      othersAgree: {
        type: 'final',
        meta: {
          say: [
            say('social-worker-problems.othersAgree.role', {
              source: FORUM_PLAN,
              evidence: 'The health visitor, being from a statutory agency, plays a very important role in the child protection process',
            }),
            say('social-worker-problems.othersAgree.ask', {
              source: FORUM_PLAN,
              evidence: 'Ask her why she thinks the child protection plan should continue',
            }),
            say('social-worker-problems.othersAgree.support', {
              source: FORUM_PLAN,
              evidence: 'It might be helpful if they could attend the meeting rather than just put this in a report',
            }),
            doNext('social-worker-problems.othersAgree.next', {
              source: FORUM_PLAN,
              evidence: 'you could make sure it reflects the positive information about you',
            }),
          ],
        },
      },

      myPast: {
        type: 'final',
        meta: {
          say: [
            say('social-worker-problems.myPast.hard', {
              source: FAQ,
              evidence: 'No one likes to have their past discussed',
            }),
            say('social-worker-problems.myPast.movedOn', {
              source: FAQ,
              evidence: 'professionals should recognise when you have been able to learn from the past, and have moved on',
            }),
            doNext('social-worker-problems.myPast.next', {
              source: FAQ,
              evidence: 'also to be able to recognise what is no longer relevant',
            }),
          ],
        },
      },

      // 004: "my partner had committed a serious crime in 1998".
      partnerPast: {
        type: 'final',
        meta: {
          say: [
            say('social-worker-problems.partnerPast.concern', {
              source: FORUM_CONFERENCE,
              evidence: 'due to the nature of the crime committed by your partner',
            }),
            say('social-worker-problems.partnerPast.context', {
              source: FORUM_CONFERENCE,
              evidence: 'She finally listened to my partner who explained everything that happened 24 years ago',
            }),
            say('social-worker-problems.partnerPast.report', {
              source: FORUM_CONFERENCE,
              evidence: 'these should be outlined in the report prepared by the social worker for the conference',
            }),
            doNext('social-worker-problems.partnerPast.next', {
              contact: 'familyRightsGroup',
              source: FORUM_CONFERENCE,
              evidence: 'You can also call our advice line',
            }),
          ],
        },
      },

      complain: complaintOutcome,
    },
  }),
);
