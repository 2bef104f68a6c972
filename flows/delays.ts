// Topic 7: I am keeping to the plan but the professionals are not doing their part, or take
// too long (000, last question). Practical steps first, then the manager, then a complaint.
import { setup } from 'xstate';
import { ask, defineFlow, doNext, say } from './define.js';
import { FAQ } from './sources.js';
import { complaintOutcome } from './complaints.js';

export const delays = defineFlow(
  'delays',
  setup({}).createMachine({
    id: 'delays',
    initial: 'start',
    states: {
      start: {
        meta: {
          say: [
            say('delays.start.frustrating', {
              source: FAQ,
              evidence: 'It can be very frustrating when delays happen through no fault of your own',
            }),
            ask('delays.start.ask'),
          ],
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
            say('delays.whatToDo.notes', {
              source: FAQ,
              evidence: 'Make notes for yourself about appointments and referrals and keep track of what is outstanding',
            }),
            say('delays.whatToDo.when', {
              source: FAQ,
              evidence: 'Always ask when you can expect something by',
            }),
            say('delays.whatToDo.selfRefer', {
              source: FAQ,
              evidence: 'ask if you can refer yourself',
            }),
            doNext('delays.whatToDo.next', {
              source: FAQ,
              evidence: 'If delays continue, you can consider contacting your social worker\'s manager',
            }),
          ],
        },
      },

      complain: complaintOutcome,
    },
  }),
);
