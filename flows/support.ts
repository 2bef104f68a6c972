// Topic 13: support for me. An advocate; Marac and Idva; help if reading and writing are hard;
// a family member minding the children (kinship care); older children; who Family Rights
// Group is; LGBT+ support; and where to go about fostering or adopting (001, 003).
import { setup } from 'xstate';
import { ask, defineFlow, doNext, goTo, say, withWords, GLOSSARY_FLOW } from './define.js';
import {
  BLOGS,
  CHILDLINE,
  EXPLAINER,
  FAQ,
  FORUM_CONFERENCE,
  GALOP_PAGE,
  HELPLINE_PAGE,
  SAFELIVES_MARAC,
} from './sources.js';

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
          marac: 'marac',
          'read-write': 'readWrite',
          'family-minding': 'kinship',
          'older-children': 'olderChildren',
          lgbt: 'lgbt',
          'who-is-frg': 'familyRightsGroup',
          'foster-adopt': 'fosterAdopt',
        },
      },

      advocate: withWords({
        type: 'final',
        meta: {
          say: [
            say('support.advocate.what', {
              source: FAQ,
              evidence: 'Specialist advice organisations can help advocate for you to Children\'s Services',
            }),
            say('support.advocate.local', {
              source: EXPLAINER,
              evidence: 'Children’s services should give the parents and the child information about local advocacy services',
            }),
            say('support.advocate.daService', {
              source: FAQ,
              evidence: 'If you have specialist domestic violence support, that worker can talk to your child\'s social worker',
            }),
            doNext('support.advocate.next', { contact: 'nationalHelpline', source: HELPLINE_PAGE }),
          ],
        },
      }),

      // 003: "Marac (Multi-Agency Risk Assessment Conference) referrals and 3.4% of Idva service referrals".
      marac: withWords({
        type: 'final',
        meta: {
          say: [
            say('support.marac.what', {
              source: BLOGS,
              evidence: 'Marac (Multi-Agency Risk Assessment Conference)',
            }),
            say('support.marac.meeting', { source: SAFELIVES_MARAC }),
            say('support.marac.idva', { source: SAFELIVES_MARAC }),
            doNext('support.marac.next', { contact: 'nationalHelpline', source: HELPLINE_PAGE }),
          ],
        },
      }),

      readWrite: withWords({
        type: 'final',
        meta: {
          say: [
            say('support.readWrite.tell', {
              source: EXPLAINER,
              evidence: 'I can\'t read or write, what support can I get?',
            }),
            say('support.readWrite.advocate', {
              source: EXPLAINER,
              evidence: 'The parents should be able to bring an advocate, friend or solicitor to the conference',
            }),
            doNext('support.readWrite.next', {
              contact: 'familyRightsGroup',
              source: FORUM_CONFERENCE,
              evidence: 'You can also call our advice line',
            }),
          ],
        },
      }),

      kinship: withWords({
        type: 'final',
        meta: {
          say: [
            say('support.kinship.what', {
              source: EXPLAINER,
              evidence: 'would you like a family member to support you by minding the children? This is called kinship care.',
            }),
            say('support.kinship.tell', {
              source: EXPLAINER,
              evidence: 'worry about your children’s safety',
            }),
            doNext('support.kinship.next', {
              contact: 'familyRightsGroup',
              source: EXPLAINER,
              evidence: 'Can a Family Member Mind My Children?',
            }),
          ],
        },
      }),

      olderChildren: {
        type: 'final',
        meta: {
          say: [
            say('support.olderChildren.harm', {
              source: BLOGS,
              evidence: 'often older children are not seen as in need of protection or intervention',
            }),
            say('support.olderChildren.ask', {
              source: BLOGS,
              evidence: 'domestic abuse has a devastating impact whatever their age',
            }),
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
            say('support.familyRightsGroup.what', {
              source: FAQ,
              evidence: 'contact an independent specialist advice organisation, either Family Rights Group',
            }),
            doNext('support.familyRightsGroup.next', {
              contact: 'familyRightsGroup',
              source: FAQ,
              evidence: 'For advice, please contact',
            }),
          ],
        },
      },

      fosterAdopt: {
        type: 'final',
        meta: {
          say: [
            say('support.fosterAdopt.scope', { source: EXPLAINER, evidence: 'Can I Adopt?' }),
            doNext('support.fosterAdopt.next', {
              source: EXPLAINER,
              evidence: 'became foster carers or adopt children from their own communities',
            }),
          ],
        },
      },

      toGlossary: goTo(GLOSSARY_FLOW),
    },
  }),
);
