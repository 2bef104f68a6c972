// Topic 2: scared to contact the police or the social worker (000, first question). Safety
// comes first, so the first screen offers 999; then the two fears parents name: that
// reporting will be held against them, and the "catch 22" of reporting or not.
import { setup } from 'xstate';
import { ask, defineFlow, doNext, goTo, say } from './define.js';
import { FAQ, HELPLINE_PAGE, POLICE_999 } from './sources.js';

export const scaredToReport = defineFlow(
  'scared-to-report',
  setup({}).createMachine({
    id: 'scared-to-report',
    initial: 'start',
    states: {
      start: {
        meta: {
          say: [
            say('scared-to-report.start.risk', { contact: 'police', source: POLICE_999 }),
            say('scared-to-report.start.safety', { source: FAQ }),
            ask('scared-to-report.start.ask'),
          ],
        },
        on: {
          'held-against-me': 'heldAgainst',
          'catch-22': 'catch22',
          'partner-threat': 'toRemoval',
        },
      },

      heldAgainst: {
        type: 'final',
        meta: {
          say: [
            say('scared-to-report.heldAgainst.common', { source: FAQ }),
            say('scared-to-report.heldAgainst.advice', { source: FAQ }),
            say('scared-to-report.heldAgainst.rightsOfWomen', { source: FAQ }),
            doNext('scared-to-report.heldAgainst.next', { contact: 'familyRightsGroup', source: FAQ }),
          ],
        },
      },

      catch22: {
        type: 'final',
        meta: {
          say: [
            say('scared-to-report.catch22.stuck', { source: FAQ }),
            say('scared-to-report.catch22.matters', { source: FAQ }),
            say('scared-to-report.catch22.advocate', { source: FAQ }),
            doNext('scared-to-report.catch22.next', { contact: 'nationalHelpline', source: HELPLINE_PAGE }),
          ],
        },
      },

      toRemoval: goTo('removal'),
    },
  }),
);
