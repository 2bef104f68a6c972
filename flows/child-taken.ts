// Topic 11: my child was taken by the other parent, or contact is being decided for me (004).
// Children's services hold no parental responsibility: it is a private law matter, so the
// steps are a solicitor, a child arrangements order and, where it applies, mediation.
import { setup } from 'xstate';
import { ask, defineFlow, doNext, say } from './define.js';
import { FORUM_CONFERENCE } from './sources.js';

export const childTaken = defineFlow(
  'child-taken',
  setup({}).createMachine({
    id: 'child-taken',
    initial: 'start',
    states: {
      start: {
        meta: {
          say: [
            say('child-taken.start.noResponsibility', { source: FORUM_CONFERENCE }),
            say('child-taken.start.privateLaw', { source: FORUM_CONFERENCE }),
            ask('child-taken.start.ask'),
          ],
        },
        on: {
          'get-child-back': 'solicitor',
          mediation: 'mediation',
        },
      },

      solicitor: {
        type: 'final',
        meta: {
          say: [
            say('child-taken.solicitor.now', { source: FORUM_CONFERENCE }),
            say('child-taken.solicitor.order', { source: FORUM_CONFERENCE }),
            say('child-taken.solicitor.find', { source: FORUM_CONFERENCE }),
            doNext('child-taken.solicitor.next', { contact: 'familyRightsGroup', source: FORUM_CONFERENCE }),
          ],
        },
      },

      mediation: {
        type: 'final',
        meta: {
          say: [
            say('child-taken.mediation.usually', { source: FORUM_CONFERENCE }),
            say('child-taken.mediation.exceptions', { source: FORUM_CONFERENCE }),
            doNext('child-taken.mediation.next', { source: FORUM_CONFERENCE }),
          ],
        },
      },
    },
  }),
);
