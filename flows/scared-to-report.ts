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
            say('scared-to-report.start.safety', {
              source: FAQ,
              evidence: 'The most important thing is the safety of you and your children',
            }),
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
            say('scared-to-report.heldAgainst.common', {
              source: FAQ,
              evidence: 'If you fear that following reporting the domestic violence, this will be held against you',
            }),
            say('scared-to-report.heldAgainst.advice', {
              source: FAQ,
              evidence: 'contact an independent specialist advice organisation',
            }),
            say('scared-to-report.heldAgainst.rightsOfWomen', {
              source: FAQ,
              evidence: 'either Family Rights Group, Rights of Women or a domestic violence agency',
            }),
            doNext('scared-to-report.heldAgainst.next', {
              contact: 'familyRightsGroup',
              source: FAQ,
              evidence: 'For advice, please contact',
            }),
          ],
        },
      },

      catch22: {
        type: 'final',
        meta: {
          say: [
            say('scared-to-report.catch22.stuck', {
              source: FAQ,
              evidence: 'if you don\'t report then you\'ll be seen as failing to protect but if you do, then it is evidence of continuing risk',
            }),
            say('scared-to-report.catch22.matters', {
              source: FAQ,
              evidence: 'you and your children\'s safety is what matters most',
            }),
            say('scared-to-report.catch22.advocate', {
              source: FAQ,
              evidence: 'Specialist advice organisations can help advocate for you to Children\'s Services so that you are not blamed',
            }),
            doNext('scared-to-report.catch22.next', { contact: 'nationalHelpline', source: HELPLINE_PAGE }),
          ],
        },
      },

      toRemoval: goTo('removal'),
    },
  }),
);
