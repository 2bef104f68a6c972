// Topic 6: the child protection plan (001, 002): what it must say, what to do if you cannot
// follow it, how it ends or steps down, family group conferences, and a partner moving back.
import { setup } from 'xstate';
import { ask, defineFlow, doNext, say } from './define.js';
import { EXPLAINER, FAQ, FORUM_PLAN, HELPLINE_PAGE } from './sources.js';

export const plan = defineFlow(
  'plan',
  setup({}).createMachine({
    id: 'plan',
    initial: 'start',
    states: {
      start: {
        meta: {
          say: [
            say('plan.start.what', { source: EXPLAINER }),
            say('plan.start.notRemoval', { source: EXPLAINER }),
            ask('plan.start.ask'),
          ],
        },
        on: {
          contents: 'contents',
          'cant-follow': 'cantFollow',
          'end-or-step-down': 'stepDown',
          'family-group-conference': 'familyGroupConference',
          'partner-back': 'partnerBack',
        },
      },

      contents: {
        type: 'final',
        meta: {
          say: [
            say('plan.contents.must', { source: EXPLAINER }),
            say('plan.contents.socialWorker', { source: EXPLAINER }),
            say('plan.contents.ifNotKept', { source: EXPLAINER }),
            doNext('plan.contents.next', { source: EXPLAINER }),
          ],
        },
      },

      cantFollow: {
        type: 'final',
        meta: {
          say: [
            say('plan.cantFollow.tell', { source: EXPLAINER }),
            say('plan.cantFollow.meetings', { source: FORUM_PLAN }),
            say('plan.cantFollow.visits', { source: FORUM_PLAN }),
            doNext('plan.cantFollow.next', { source: FORUM_PLAN }),
          ],
        },
      },

      stepDown: {
        type: 'final',
        meta: {
          say: [
            say('plan.stepDown.review', { source: FORUM_PLAN }),
            say('plan.stepDown.test', { source: FORUM_PLAN }),
            say('plan.stepDown.childInNeed', { source: FORUM_PLAN }),
            say('plan.stepDown.shorter', { source: FORUM_PLAN }),
            doNext('plan.stepDown.next', { source: FORUM_PLAN }),
          ],
        },
      },

      familyGroupConference: {
        type: 'final',
        meta: {
          say: [
            say('plan.familyGroupConference.what', { source: FORUM_PLAN }),
            say('plan.familyGroupConference.consent', { source: FORUM_PLAN }),
            doNext('plan.familyGroupConference.next', { source: FAQ }),
          ],
        },
      },

      partnerBack: {
        type: 'final',
        meta: {
          say: [
            say('plan.partnerBack.plan', { source: FORUM_PLAN }),
            say('plan.partnerBack.talk', { source: FAQ }),
            doNext('plan.partnerBack.next', { contact: 'nationalHelpline', source: HELPLINE_PAGE }),
          ],
        },
      },
    },
  }),
);
