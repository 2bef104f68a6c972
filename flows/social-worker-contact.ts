// Topic 4: a social worker has contacted me about domestic abuse (001, 004). What kind of
// enquiry this is, what to expect, how to work with the social worker, and how to keep
// contact safe when the abuser may see a phone or letters.
import { setup } from 'xstate';
import { ask, defineFlow, doNext, goTo, say } from './define.js';
import { CHILDREN_ACT, EXPLAINER, FAQ, FORUM_CONFERENCE, FORUM_PLAN, HELPLINE_PAGE, WORKING_TOGETHER } from './sources.js';

export const socialWorkerContact = defineFlow(
  'social-worker-contact',
  setup({}).createMachine({
    id: 'social-worker-contact',
    initial: 'start',
    states: {
      start: {
        meta: {
          say: [
            say('social-worker-contact.start.why', { source: FORUM_CONFERENCE }),
            say('social-worker-contact.start.notRemoval', { source: EXPLAINER }),
            ask('social-worker-contact.start.ask'),
          ],
        },
        on: {
          'what-is-it': 'whatIsIt',
          expect: 'expect',
          'work-with': 'workWith',
          'safe-contact': 'safeContact',
          merlin: 'merlin',
          'next-steps': 'toProcess',
        },
      },

      whatIsIt: {
        type: 'final',
        meta: {
          say: [
            say('social-worker-contact.whatIsIt.assessment', { source: CHILDREN_ACT }),
            say('social-worker-contact.whatIsIt.section47', { source: CHILDREN_ACT }),
            say('social-worker-contact.whatIsIt.conference', { source: FORUM_CONFERENCE }),
            doNext('social-worker-contact.whatIsIt.next', { source: WORKING_TOGETHER }),
          ],
        },
      },

      expect: {
        type: 'final',
        meta: {
          say: [
            say('social-worker-contact.expect.see', { source: FORUM_CONFERENCE }),
            say('social-worker-contact.expect.concerns', { source: FORUM_CONFERENCE }),
            say('social-worker-contact.expect.advocacy', { source: EXPLAINER }),
            doNext('social-worker-contact.expect.next', { source: FORUM_PLAN }),
          ],
        },
      },

      workWith: {
        type: 'final',
        meta: {
          say: [
            say('social-worker-contact.workWith.understand', { source: EXPLAINER }),
            say('social-worker-contact.workWith.honest', { source: FAQ }),
            say('social-worker-contact.workWith.specialist', { source: FAQ }),
            doNext('social-worker-contact.workWith.next', { contact: 'nationalHelpline', source: FAQ }),
          ],
        },
      },

      safeContact: {
        type: 'final',
        meta: {
          say: [
            say('social-worker-contact.safeContact.tell', { source: EXPLAINER }),
            say('social-worker-contact.safeContact.word', { source: EXPLAINER }),
            doNext('social-worker-contact.safeContact.next', { source: EXPLAINER }),
          ],
        },
      },

      merlin: {
        type: 'final',
        meta: {
          say: [
            say('social-worker-contact.merlin.what', { source: WORKING_TOGETHER }),
            say('social-worker-contact.merlin.shared', { source: WORKING_TOGETHER }),
            doNext('social-worker-contact.merlin.next', { source: FORUM_CONFERENCE }),
          ],
        },
      },

      toProcess: goTo('process'),
    },
  }),
);
