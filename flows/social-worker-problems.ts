// Topic 8: problems with the social worker (000, questions 3 to 6 and 9): not believed, not
// understood, a male social worker, not getting along, the past raised again, or complaining.
import { setup } from 'xstate';
import { ask, defineFlow, doNext, say } from './define.js';
import { COMPLAINTS, FAQ, OMBUDSMAN, POLICE_999, WORKING_TOGETHER } from './sources.js';

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
          'my-past': 'myPast',
          complain: 'complain',
        },
      },

      notBelieved: {
        type: 'final',
        meta: {
          say: [
            say('social-worker-problems.notBelieved.danger', { contact: 'police', source: POLICE_999 }),
            say('social-worker-problems.notBelieved.upsetting', { source: FAQ }),
            say('social-worker-problems.notBelieved.record', { source: FAQ }),
            say('social-worker-problems.notBelieved.explain', { source: FAQ }),
            doNext('social-worker-problems.notBelieved.next', { contact: 'nationalHelpline', source: FAQ }),
          ],
        },
      },

      notUnderstood: {
        type: 'final',
        meta: {
          say: [
            say('social-worker-problems.notUnderstood.training', { source: FAQ }),
            say('social-worker-problems.notUnderstood.manager', { source: FAQ }),
            say('social-worker-problems.notUnderstood.reasons', { source: FAQ }),
            doNext('social-worker-problems.notUnderstood.next', { source: FAQ }),
          ],
        },
      },

      maleWorker: {
        type: 'final',
        meta: {
          say: [
            say('social-worker-problems.maleWorker.ask', { source: FAQ }),
            say('social-worker-problems.maleWorker.reasons', { source: FAQ }),
            doNext('social-worker-problems.maleWorker.next', { source: FAQ }),
          ],
        },
      },

      dontGetAlong: {
        type: 'final',
        meta: {
          say: [
            say('social-worker-problems.dontGetAlong.notAlone', { source: FAQ }),
            say('social-worker-problems.dontGetAlong.talk', { source: FAQ }),
            doNext('social-worker-problems.dontGetAlong.next', { source: FAQ }),
          ],
        },
      },

      myPast: {
        type: 'final',
        meta: {
          say: [
            say('social-worker-problems.myPast.hard', { source: FAQ }),
            say('social-worker-problems.myPast.movedOn', { source: FAQ }),
            doNext('social-worker-problems.myPast.next', { source: FAQ }),
          ],
        },
      },

      complain: {
        type: 'final',
        meta: {
          say: [
            say('complaints.manager', { source: FAQ }),
            say('complaints.stages', { source: COMPLAINTS }),
            say('complaints.ombudsman', { source: OMBUDSMAN }),
            say('complaints.conference', { source: WORKING_TOGETHER }),
            doNext('complaints.next', { source: FAQ }),
          ],
        },
      },
    },
  }),
);
