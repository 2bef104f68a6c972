// Staying or leaving safely (001 "Are you scared of ending the relationship?", 003 "leaving an
// abusive relationship is incredibly risky"). Separating can raise the danger, so 999 comes
// first; then practical safety-plan steps, where to go, "they say they have changed", and what
// to say when social care want you to leave but it is not safe.
import { setup } from 'xstate';
import { ask, defineFlow, doNext, say } from './define.js';
import {
  BLOGS,
  EXPLAINER,
  FAQ,
  FORUM_PLAN,
  HELPLINE_PAGE,
  HELPLINE_SAFETY,
  POLICE_999,
  SHELTER_HOUSING,
} from './sources.js';

export const leavingSafely = defineFlow(
  'leaving-safely',
  setup({}).createMachine({
    id: 'leaving-safely',
    initial: 'start',
    states: {
      start: {
        meta: {
          say: [
            say('leaving-safely.start.call999', { contact: 'police', source: POLICE_999 }),
            say('leaving-safely.start.risky', {
              source: BLOGS,
              evidence: 'leaving an abusive relationship is incredibly risky',
            }),
            say('leaving-safely.start.either', {
              source: EXPLAINER,
              evidence: 'Whether you choose to stay in the relationship or leave, there are safety issues and risks to think about',
            }),
            ask('leaving-safely.start.ask'),
          ],
        },
        on: {
          plan: 'plan',
          help: 'help',
          scared: 'scared',
          changed: 'changed',
          'told-to-leave': 'toldToLeave',
        },
      },

      plan: {
        type: 'final',
        meta: {
          say: [
            say('leaving-safely.plan.phone', { source: HELPLINE_SAFETY }),
            say('leaving-safely.plan.documents', { source: HELPLINE_SAFETY }),
            say('leaving-safely.plan.codeWord', { source: HELPLINE_SAFETY }),
            say('leaving-safely.plan.children', { source: HELPLINE_SAFETY }),
            doNext('leaving-safely.plan.next', { contact: 'nationalHelpline', source: HELPLINE_PAGE }),
          ],
        },
      },

      help: {
        type: 'final',
        meta: {
          say: [
            say('leaving-safely.help.refuge', { source: HELPLINE_PAGE }),
            say('leaving-safely.help.housing', { source: SHELTER_HOUSING }),
            doNext('leaving-safely.help.next', {
              source: BLOGS,
              evidence: 'the non-abusive parent has to be supported and offered real solutions that will make them safer',
            }),
          ],
        },
      },

      scared: {
        type: 'final',
        meta: {
          say: [
            say('leaving-safely.scared.common', {
              source: EXPLAINER,
              evidence: 'Are You Scared of Ending the Relationship?',
            }),
            say('leaving-safely.scared.steps', { source: HELPLINE_SAFETY }),
            say('leaving-safely.scared.tell', { source: HELPLINE_SAFETY }),
            doNext('leaving-safely.scared.next', { contact: 'nationalHelpline', source: HELPLINE_PAGE }),
          ],
        },
      },

      // 001: "If my husband promises not to be abusive, can I let him back into the home?"
      changed: {
        type: 'final',
        meta: {
          say: [
            say('leaving-safely.changed.promises', {
              source: FORUM_PLAN,
              evidence: 'My partner has completed a perpetrator course',
            }),
            say('leaving-safely.changed.plan', {
              source: FORUM_PLAN,
              evidence: 'the social worker does want a plan to be in place to monitor dad moving back in',
            }),
            say('leaving-safely.changed.worker', {
              source: FAQ,
              evidence: 'try discussing this with a domestic violence support worker',
            }),
            doNext('leaving-safely.changed.next', { contact: 'nationalHelpline', source: HELPLINE_PAGE }),
          ],
        },
      },

      // 003: "Survivors often talk about being asked to leave the abusive relationship".
      toldToLeave: {
        type: 'final',
        meta: {
          say: [
            say('leaving-safely.toldToLeave.asked', {
              source: BLOGS,
              evidence: 'Survivors often talk about being asked to leave the abusive relationship and go to a place of safety',
            }),
            say('leaving-safely.toldToLeave.tell', {
              source: BLOGS,
              evidence: 'Know what will make victims safer and not put them at further risk',
            }),
            say('leaving-safely.toldToLeave.help', {
              source: BLOGS,
              evidence: 'offered real solutions that will make them safer',
            }),
            doNext('leaving-safely.toldToLeave.next', { contact: 'nationalHelpline', source: HELPLINE_PAGE }),
          ],
        },
      },
    },
  }),
);
