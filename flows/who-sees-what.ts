// "Who sees what I say?" What social care share and with whom, what a school is told after a
// domestic abuse call-out (Operation Encompass), keeping a new address out of papers the abuser
// may see, reading your own records, and keeping your own notes where the abuser cannot.
import { setup } from 'xstate';
import { ask, defineFlow, doNext, say } from './define.js';
import { HELPLINE_PAGE, HELPLINE_SAFETY, INFO_SHARING, KCSIE_ENCOMPASS, LOCAL_PROCEDURES, RIGHT_OF_ACCESS } from './sources.js';

export const whoSeesWhat = defineFlow(
  'who-sees-what',
  setup({}).createMachine({
    id: 'who-sees-what',
    initial: 'start',
    states: {
      start: {
        meta: { say: [ask('who-sees-what.start.ask')] },
        on: {
          sharing: 'sharing',
          school: 'school',
          address: 'address',
          records: 'records',
          notes: 'notes',
        },
      },

      sharing: {
        type: 'final',
        meta: {
          say: [
            say('who-sees-what.sharing.who', { source: INFO_SHARING }),
            say('who-sees-what.sharing.tell', { source: INFO_SHARING }),
            say('who-sees-what.sharing.needed', { source: INFO_SHARING }),
            doNext('who-sees-what.sharing.next', { source: INFO_SHARING }),
          ],
        },
      },

      school: {
        type: 'final',
        meta: {
          say: [
            say('who-sees-what.school.encompass', { source: KCSIE_ENCOMPASS }),
            say('who-sees-what.school.why', { source: KCSIE_ENCOMPASS }),
            doNext('who-sees-what.school.next', { source: KCSIE_ENCOMPASS }),
          ],
        },
      },

      address: {
        type: 'final',
        meta: {
          say: [
            say('who-sees-what.address.ask', { source: LOCAL_PROCEDURES }),
            say('who-sees-what.address.papers', { source: LOCAL_PROCEDURES }),
            doNext('who-sees-what.address.next', { source: LOCAL_PROCEDURES }),
          ],
        },
      },

      records: {
        type: 'final',
        meta: {
          say: [
            say('who-sees-what.records.right', { source: RIGHT_OF_ACCESS }),
            say('who-sees-what.records.month', { source: RIGHT_OF_ACCESS }),
            say('who-sees-what.records.correct', { source: RIGHT_OF_ACCESS }),
            doNext('who-sees-what.records.next', { source: RIGHT_OF_ACCESS }),
          ],
        },
      },

      notes: {
        type: 'final',
        meta: {
          say: [
            say('who-sees-what.notes.where', { source: HELPLINE_SAFETY }),
            say('who-sees-what.notes.phone', { source: HELPLINE_SAFETY }),
            doNext('who-sees-what.notes.next', { contact: 'nationalHelpline', source: HELPLINE_PAGE }),
          ],
        },
      },
    },
  }),
);
