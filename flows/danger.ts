// Topic 1: danger now. Every number a frightened person needs is on the first screen, so one
// tap from anywhere reaches 999, the Silent Solution and the 24-hour helpline. The questions
// after it only add detail; nobody has to answer anything to see a number.
import { setup } from 'xstate';
import { ask, defineFlow, doNext, goTo, say } from './define.js';
import {
  BSL_999,
  EMERGENCY_SMS,
  EXPLAINER,
  HELPLINE_PAGE,
  HELPLINE_SAFETY,
  POLICE_999,
  SILENT_SOLUTION,
  THIS_GUIDE,
} from './sources.js';

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
            say('danger.silent.noSound', { source: SILENT_SOLUTION }),
            say('danger.silent.location', { source: SILENT_SOLUTION }),
            say('danger.silent.landline', { source: SILENT_SOLUTION }),
            say('danger.silent.landlineOpen', { source: SILENT_SOLUTION }),
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
            say('danger.scared.safeCall', { source: HELPLINE_SAFETY }),
            say('danger.scared.callLog', { source: THIS_GUIDE }),
            ask('danger.scared.ask'),
          ],
        },
        on: {
          'safety-plan': 'safetyPlan',
          'leaving-safely': 'toLeavingSafely',
        },
      },

      safetyPlan: {
        type: 'final',
        meta: {
          say: [
            say('danger.safetyPlan.risks', {
              source: EXPLAINER,
              evidence: 'Whether you choose to stay in the relationship or leave, there are safety issues and risks to think about',
            }),
            say('danger.safetyPlan.steps', { source: HELPLINE_SAFETY }),
            say('danger.safetyPlan.children', { source: HELPLINE_SAFETY }),
            doNext('danger.safetyPlan.helpline', { contact: 'nationalHelpline', source: HELPLINE_PAGE }),
          ],
        },
      },

      toLeavingSafely: goTo('leaving-safely'),
    },
  }),
);
