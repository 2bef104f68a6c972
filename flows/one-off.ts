// Topic 9: "it was a one-off, it isn't domestic violence" (000, question 7). One answer: many
// people feel this at first; a referral lets you talk freely; what professionals look for.
import { setup } from 'xstate';
import { defineFlow, doNext, say } from './define.js';
import { FAQ } from './sources.js';

export const oneOff = defineFlow(
  'one-off',
  setup({}).createMachine({
    id: 'one-off',
    initial: 'answer',
    states: {
      answer: {
        type: 'final',
        meta: {
          say: [
            say('one-off.answer.hard', { source: FAQ }),
            say('one-off.answer.atFirst', { source: FAQ }),
            say('one-off.answer.referral', { source: FAQ }),
            say('one-off.answer.children', { source: FAQ }),
            doNext('one-off.answer.next', { contact: 'nationalHelpline', source: FAQ }),
          ],
        },
      },
    },
  }),
);
