// Topic 10: "leave your partner or we remove the children" (000, question 8). Talk it through
// with a domestic abuse worker; ask for the consequences to be made clear; what a letter
// before proceedings means; contact with a partner away from the children; and, because
// leaving can be the most dangerous time, a way to leaving safely.
import { setup } from 'xstate';
import { ask, defineFlow, doNext, goTo, say, withWords, GLOSSARY_FLOW } from './define.js';
import { CARE_26_WEEKS, FAQ, HELPLINE_PAGE, LEGAL_AID, PLO_PRE_PROCEEDINGS } from './sources.js';

export const leaveOrRemove = defineFlow(
  'leave-or-remove',
  setup({}).createMachine({
    id: 'leave-or-remove',
    initial: 'start',
    states: {
      start: {
        meta: {
          say: [
            say('leave-or-remove.start.sometimes', {
              source: FAQ,
              evidence: 'your child\'s social worker may say that your partner should leave the home',
            }),
            ask('leave-or-remove.start.ask'),
          ],
        },
        on: {
          'dont-agree': 'dontAgree',
          consequences: 'consequences',
          'see-partner': 'seePartner',
          'not-safe': 'toLeavingSafely',
        },
      },

      dontAgree: {
        type: 'final',
        meta: {
          say: [
            say('leave-or-remove.dontAgree.talk', {
              source: FAQ,
              evidence: 'If you do not agree with this, try discussing this with a domestic violence support worker',
            }),
            say('leave-or-remove.dontAgree.referral', {
              source: FAQ,
              evidence: 'you should ask for a referral or contact a domestic violence agency yourself',
            }),
            say('leave-or-remove.dontAgree.mind', {
              source: FAQ,
              evidence: 'After discussing your situation with a domestic violence professional',
            }),
            doNext('leave-or-remove.dontAgree.next', { contact: 'nationalHelpline', source: HELPLINE_PAGE }),
          ],
        },
      },

      consequences: withWords({
        type: 'final',
        meta: {
          say: [
            say('leave-or-remove.consequences.ask', {
              source: FAQ,
              evidence: 'ask the social worker to be clear with you what the consequences would be',
            }),
            say('leave-or-remove.consequences.letter', { source: PLO_PRE_PROCEEDINGS }),
            say('leave-or-remove.consequences.court', { source: CARE_26_WEEKS }),
            doNext('leave-or-remove.consequences.next', { source: LEGAL_AID }),
          ],
        },
      }),

      seePartner: withWords({
        type: 'final',
        meta: {
          say: [
            say('leave-or-remove.seePartner.arrange', {
              source: FAQ,
              evidence: 'you may be able to agree arrangements for you to keep in contact with your partner, so long as the children are not involved',
            }),
            say('leave-or-remove.seePartner.legal', {
              source: FAQ,
              evidence: 'such as bail restrictions or injunctions',
            }),
            doNext('leave-or-remove.seePartner.next', {
              source: FAQ,
              evidence: 'as the social worker\'s concern is the safety of the children',
            }),
          ],
        },
      }),

      toLeavingSafely: goTo('leaving-safely'),
      toGlossary: goTo(GLOSSARY_FLOW),
    },
  }),
);
