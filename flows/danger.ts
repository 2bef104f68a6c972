// Topic 1: danger now. Every number a frightened person needs is on the first screen, so one
// tap from anywhere reaches 999, the Silent Solution and the 24-hour helpline. The questions
// after it only add detail; nobody has to answer anything to see a number.
import { setup } from 'xstate';
import { defineFlow, say } from './define.js';

const POLICE_GUIDANCE = 'Police guidance on the Silent Solution (999, then 55)';
const HELPLINE_PAGE = 'National Domestic Abuse Helpline, its own page';

export const danger = defineFlow(
  'danger',
  setup({}).createMachine({
    id: 'danger',
    initial: 'now',
    states: {
      now: {
        meta: {
          say: [
            say('danger.now.call999', { contact: 'police' }),
            say('danger.now.silent', { contact: 'silentSolution', source: POLICE_GUIDANCE }),
            say('danger.now.helpline', { contact: 'nationalHelpline', source: HELPLINE_PAGE }),
          ],
        },
        on: {
          'cant-speak': 'silentSolution',
          'not-right-now': 'scared',
        },
      },

      silentSolution: {
        type: 'final',
        meta: {
          say: [
            say('danger.silent.mobile', { contact: 'silentSolution', source: POLICE_GUIDANCE }),
            say('danger.silent.location', { source: POLICE_GUIDANCE }),
            say('danger.silent.landline', { source: POLICE_GUIDANCE }),
            say('danger.silent.trace', { source: POLICE_GUIDANCE }),
          ],
        },
      },

      scared: {
        meta: {
          say: [
            say('danger.scared.helpline', { contact: 'nationalHelpline', source: HELPLINE_PAGE }),
            say('danger.scared.ask'),
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
            say('danger.safetyPlan.risks', { source: '001_84396bc594555b3b.txt' }),
            say('danger.safetyPlan.helpline', { contact: 'nationalHelpline', source: HELPLINE_PAGE }),
          ],
        },
      },
    },
  }),
);
