// Topic 1: danger now. Every number a frightened person needs is on the first screen, so one
// tap from anywhere reaches 999, the Silent Solution and the 24-hour helpline. The questions
// after it only add detail; nobody has to answer anything to see a number.
import { setup } from 'xstate';
import { ask, defineFlow, doNext, say } from './define.js';
import { BSL_999, EMERGENCY_SMS, EXPLAINER, HELPLINE_PAGE, POLICE_999, SILENT_SOLUTION } from './sources.js';

export const danger = defineFlow(
  'danger',
  setup({}).createMachine({
    id: 'danger',
    initial: 'now',
    states: {
      now: {
        meta: {
          say: [
            say('danger.now.call999', { contact: 'police', source: POLICE_999 }),
            say('danger.now.silent', { contact: 'silentSolution', source: SILENT_SOLUTION }),
            say('danger.now.helpline', { contact: 'nationalHelpline', source: HELPLINE_PAGE }),
          ],
        },
        on: {
          'cant-speak': 'silentSolution',
          deaf: 'bsl',
          'not-right-now': 'scared',
        },
      },

      silentSolution: {
        type: 'final',
        meta: {
          say: [
            say('danger.silent.mobile', { contact: 'silentSolution', source: SILENT_SOLUTION }),
            say('danger.silent.location', { source: SILENT_SOLUTION }),
            say('danger.silent.landline', { source: SILENT_SOLUTION }),
            say('danger.silent.trace', { source: SILENT_SOLUTION }),
            doNext('danger.silent.next', { contact: 'nationalHelpline', source: HELPLINE_PAGE }),
          ],
        },
      },

      bsl: {
        type: 'final',
        meta: {
          say: [
            say('danger.bsl.what', { contact: 'bsl999', source: BSL_999 }),
            doNext('danger.bsl.next', { source: EMERGENCY_SMS }),
          ],
        },
      },

      scared: {
        meta: {
          say: [
            say('danger.scared.helpline', { contact: 'nationalHelpline', source: HELPLINE_PAGE }),
            ask('danger.scared.ask'),
          ],
        },
        on: {
          'safety-plan': 'safetyPlan',
        },
      },

      safetyPlan: {
        type: 'final',
        meta: {
          say: [
            say('danger.safetyPlan.risks', { source: EXPLAINER }),
            doNext('danger.safetyPlan.helpline', { contact: 'nationalHelpline', source: HELPLINE_PAGE }),
          ],
        },
      },
    },
  }),
);
