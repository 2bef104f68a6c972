// Topic 7: I am keeping to the plan but the professionals are not doing their part, or take
// too long (000, last question). Practical steps first, then the manager, then a complaint.
import { setup } from 'xstate';
import { ask, defineFlow, doNext, say } from './define.js';
import { COMPLAINTS, FAQ, OMBUDSMAN, WORKING_TOGETHER } from './sources.js';

export const delays = defineFlow(
  'delays',
  setup({}).createMachine({
    id: 'delays',
    initial: 'start',
    states: {
      start: {
        meta: {
          say: [say('delays.start.frustrating', { source: FAQ }), ask('delays.start.ask')],
        },
        on: {
          'what-to-do': 'whatToDo',
          complain: 'complain',
        },
      },

      whatToDo: {
        type: 'final',
        meta: {
          say: [
            say('delays.whatToDo.notes', { source: FAQ }),
            say('delays.whatToDo.when', { source: FAQ }),
            say('delays.whatToDo.selfRefer', { source: FAQ }),
            doNext('delays.whatToDo.next', { source: FAQ }),
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
