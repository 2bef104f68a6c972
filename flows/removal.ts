// Topic 3: "my partner says the children will be taken if I report", and "could my children
// be removed?" (000, 001, 004). The threat is named as the abuser's tool of control; the facts
// say what a plan means and every way a child can come to live elsewhere, without promising
// any outcome.
import { setup } from 'xstate';
import { ask, defineFlow, doNext, goTo, say, withWords, GLOSSARY_FLOW } from './define.js';
import {
  CHILDREN_ACT_REMOVAL,
  EXPLAINER,
  FAQ,
  FORUM_CONFERENCE,
  HELPLINE_PAGE,
  PLWG_SAFETY_PLANS,
  POLICE_999,
} from './sources.js';

export const removal = defineFlow(
  'removal',
  setup({}).createMachine({
    id: 'removal',
    initial: 'start',
    states: {
      start: {
        meta: {
          say: [
            say('removal.start.common', {
              source: FAQ,
              evidence: 'Threats of this kind are common in domestic violence situations',
            }),
            say('removal.start.control', {
              source: FAQ,
              evidence: 'It\'s very important that it does not deter you from seeing help',
            }),
            ask('removal.start.ask'),
          ],
        },
        on: {
          'could-they': 'couldThey',
          hopeless: 'hopeless',
          'manage-threat': 'manageThreat',
          letter: 'toLeaveOrRemove',
        },
      },

      couldThey: withWords({
        type: 'final',
        meta: {
          say: [
            say('removal.couldThey.plan', {
              source: EXPLAINER,
              evidence: 'This does not mean that your children will be taken from you',
            }),
            say('removal.couldThey.court', { source: CHILDREN_ACT_REMOVAL }),
            say('removal.couldThey.agree', { source: PLWG_SAFETY_PLANS }),
            say('removal.couldThey.police', { source: CHILDREN_ACT_REMOVAL }),
            doNext('removal.couldThey.next', {
              contact: 'familyRightsGroup',
              source: FAQ,
              evidence: 'contact an independent specialist advice organisation',
            }),
          ],
        },
      }),

      // 004: "Is this a hopeless case?"
      hopeless: {
        type: 'final',
        meta: {
          say: [
            say('removal.hopeless.purpose', {
              source: FORUM_CONFERENCE,
              evidence: 'a child protection plan will be put in place to mitigate this risk and keep your son safe',
            }),
            say('removal.hopeless.positive', {
              source: FORUM_CONFERENCE,
              evidence: 'It is positive that you say that the social worker has noted that your son appears a happy boy',
            }),
            say('removal.hopeless.understand', {
              source: FORUM_CONFERENCE,
              evidence: 'It is important that you fully understand the concerns that children’s services have',
            }),
            doNext('removal.hopeless.next', {
              contact: 'familyRightsGroup',
              source: FORUM_CONFERENCE,
              evidence: 'You can also call our advice line',
            }),
          ],
        },
      },

      manageThreat: {
        type: 'final',
        meta: {
          say: [
            say('removal.manageThreat.danger', { contact: 'police', source: POLICE_999 }),
            say('removal.manageThreat.helpline', {
              source: FAQ,
              evidence: 'You can discuss how to manage your situation by contacting a domestic violence helpline',
            }),
            doNext('removal.manageThreat.next', { contact: 'nationalHelpline', source: HELPLINE_PAGE }),
          ],
        },
      },

      toLeaveOrRemove: goTo('leave-or-remove'),
      toGlossary: goTo(GLOSSARY_FLOW),
    },
  }),
);
