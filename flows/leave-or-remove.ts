// Topic 10: "leave your partner or we remove the children" (000, question 8). Talk it through
// with a domestic abuse worker; ask for the consequences to be made clear; what a letter
// before proceedings means; contact with a partner away from the children.
import { setup } from 'xstate';
import { ask, defineFlow, doNext, say } from './define.js';
import { CARE_26_WEEKS, FAQ, LEGAL_AID, PUBLIC_LAW_OUTLINE } from './sources.js';

export const leaveOrRemove = defineFlow(
  'leave-or-remove',
  setup({}).createMachine({
    id: 'leave-or-remove',
    initial: 'start',
    states: {
      start: {
        meta: {
          say: [say('leave-or-remove.start.sometimes', { source: FAQ }), ask('leave-or-remove.start.ask')],
        },
        on: {
          'dont-agree': 'dontAgree',
          consequences: 'consequences',
          'see-partner': 'seePartner',
        },
      },

      dontAgree: {
        type: 'final',
        meta: {
          say: [
            say('leave-or-remove.dontAgree.talk', { source: FAQ }),
            say('leave-or-remove.dontAgree.referral', { source: FAQ }),
            say('leave-or-remove.dontAgree.mind', { source: FAQ }),
            doNext('leave-or-remove.dontAgree.next', { contact: 'nationalHelpline', source: FAQ }),
          ],
        },
      },

      consequences: {
        type: 'final',
        meta: {
          say: [
            say('leave-or-remove.consequences.ask', { source: FAQ }),
            say('leave-or-remove.consequences.letter', { source: PUBLIC_LAW_OUTLINE }),
            say('leave-or-remove.consequences.court', { source: CARE_26_WEEKS }),
            doNext('leave-or-remove.consequences.next', { source: LEGAL_AID }),
          ],
        },
      },

      seePartner: {
        type: 'final',
        meta: {
          say: [
            say('leave-or-remove.seePartner.arrange', { source: FAQ }),
            say('leave-or-remove.seePartner.legal', { source: FAQ }),
            doNext('leave-or-remove.seePartner.next', { source: FAQ }),
          ],
        },
      },
    },
  }),
);
