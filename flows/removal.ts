// Topic 3: "my partner says the children will be taken if I report", and "could my children
// be removed?" (000, 001). The threat is named as the abuser's tool of control; the facts say
// what a plan means and who can decide removal, without promising any outcome.
import { setup } from 'xstate';
import { ask, defineFlow, doNext, goTo, say } from './define.js';
import { CHILDREN_ACT_REMOVAL, EXPLAINER, FAQ, HELPLINE_PAGE, POLICE_999 } from './sources.js';

export const removal = defineFlow(
  'removal',
  setup({}).createMachine({
    id: 'removal',
    initial: 'start',
    states: {
      start: {
        meta: {
          say: [
            say('removal.start.common', { source: FAQ }),
            say('removal.start.control', { source: FAQ }),
            ask('removal.start.ask'),
          ],
        },
        on: {
          'could-they': 'couldThey',
          'manage-threat': 'manageThreat',
          letter: 'toLeaveOrRemove',
        },
      },

      couldThey: {
        type: 'final',
        meta: {
          say: [
            say('removal.couldThey.plan', { source: EXPLAINER }),
            say('removal.couldThey.court', { source: CHILDREN_ACT_REMOVAL }),
            say('removal.couldThey.police', { source: CHILDREN_ACT_REMOVAL }),
            doNext('removal.couldThey.next', { contact: 'familyRightsGroup', source: FAQ }),
          ],
        },
      },

      manageThreat: {
        type: 'final',
        meta: {
          say: [
            say('removal.manageThreat.danger', { contact: 'police', source: POLICE_999 }),
            say('removal.manageThreat.helpline', { source: FAQ }),
            doNext('removal.manageThreat.next', { contact: 'nationalHelpline', source: HELPLINE_PAGE }),
          ],
        },
      },

      toLeaveOrRemove: goTo('leave-or-remove'),
    },
  }),
);
