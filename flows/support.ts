// Topic 13: support for me. An advocate; help if reading and writing are hard; a family
// member minding the children (kinship care); older children; who Family Rights Group is;
// LGBT+ support; and where to go about fostering or adopting (001, 003).
import { setup } from 'xstate';
import { ask, defineFlow, doNext, say } from './define.js';
import { BLOGS, CHILDLINE, EXPLAINER, FAQ, FORUM_CONFERENCE, GALOP_PAGE, HELPLINE_PAGE } from './sources.js';

export const support = defineFlow(
  'support',
  setup({}).createMachine({
    id: 'support',
    initial: 'start',
    states: {
      start: {
        meta: { say: [ask('support.start.ask')] },
        on: {
          advocate: 'advocate',
          'read-write': 'readWrite',
          'family-minding': 'kinship',
          'older-children': 'olderChildren',
          lgbt: 'lgbt',
          'who-is-frg': 'familyRightsGroup',
          'foster-adopt': 'fosterAdopt',
        },
      },

      advocate: {
        type: 'final',
        meta: {
          say: [
            say('support.advocate.what', { source: FAQ }),
            say('support.advocate.local', { source: EXPLAINER }),
            say('support.advocate.daService', { source: FAQ }),
            doNext('support.advocate.next', { contact: 'nationalHelpline', source: HELPLINE_PAGE }),
          ],
        },
      },

      readWrite: {
        type: 'final',
        meta: {
          say: [
            say('support.readWrite.tell', { source: EXPLAINER }),
            say('support.readWrite.advocate', { source: EXPLAINER }),
            doNext('support.readWrite.next', { contact: 'familyRightsGroup', source: FORUM_CONFERENCE }),
          ],
        },
      },

      kinship: {
        type: 'final',
        meta: {
          say: [
            say('support.kinship.what', { source: EXPLAINER }),
            say('support.kinship.tell', { source: EXPLAINER }),
            doNext('support.kinship.next', { contact: 'familyRightsGroup', source: EXPLAINER }),
          ],
        },
      },

      olderChildren: {
        type: 'final',
        meta: {
          say: [
            say('support.olderChildren.harm', { source: BLOGS }),
            say('support.olderChildren.ask', { source: BLOGS }),
            doNext('support.olderChildren.next', { source: CHILDLINE }),
          ],
        },
      },

      lgbt: {
        type: 'final',
        meta: {
          say: [
            say('support.lgbt.galop', { contact: 'galop', source: GALOP_PAGE }),
            doNext('support.lgbt.next', { contact: 'nationalHelpline', source: HELPLINE_PAGE }),
          ],
        },
      },

      familyRightsGroup: {
        type: 'final',
        meta: {
          say: [
            say('support.familyRightsGroup.what', { source: FAQ }),
            doNext('support.familyRightsGroup.next', { contact: 'familyRightsGroup', source: FAQ }),
          ],
        },
      },

      fosterAdopt: {
        type: 'final',
        meta: {
          say: [
            say('support.fosterAdopt.scope', { source: EXPLAINER }),
            doNext('support.fosterAdopt.next', { source: EXPLAINER }),
          ],
        },
      },
    },
  }),
);
