// Topic 9: "it was a one-off, it isn't domestic violence" (000, question 7). One answer: many
// people feel this at first; a referral lets you talk freely; what professionals look for,
// with keeping the children safe from abuse put on the abuser, not on the parent.
import { setup } from 'xstate';
import { defineFlow, doNext, say } from './define.js';
import { FAQ, HELPLINE_PAGE } from './sources.js';

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
            say('one-off.answer.hard', {
              source: FAQ,
              evidence: 'It is hard being told you are a "victim" when you don\'t see yourself as one',
            }),
            say('one-off.answer.atFirst', {
              source: FAQ,
              evidence: 'did not see it that way at first',
            }),
            say('one-off.answer.referral', {
              source: FAQ,
              evidence: 'it is better to agree to a referral to a domestic violence service, so you can speak freely',
            }),
            say('one-off.answer.children', {
              source: FAQ,
              evidence: 'the professionals will want to see you making sure your children do not witness domestic violence',
            }),
            doNext('one-off.answer.next', { contact: 'nationalHelpline', source: HELPLINE_PAGE }),
          ],
        },
      },
    },
  }),
);
