// Legal help: where you stand, and what is free. Legal aid in care proceedings whatever your
// income; legal aid between parents with evidence of abuse; the MIAM exemption; prohibited
// steps orders; and where a child protection plan stands in law (002 "where do I stand
// legally?").
import { setup } from 'xstate';
import { ask, defineFlow, doNext, goTo, say, withWords, GLOSSARY_FLOW } from './define.js';
import {
  CHILDREN_ACT_S31,
  CHILDREN_ACT_S8,
  FIND_LEGAL_AID,
  FORUM_CONFERENCE,
  FORUM_PLAN,
  LEGAL_AID,
  LEGAL_AID_CARE,
  LEGAL_AID_DA,
  MIAM_EXEMPTION,
  POLICE_999,
} from './sources.js';

export const legalHelp = defineFlow(
  'legal-help',
  setup({}).createMachine({
    id: 'legal-help',
    initial: 'start',
    states: {
      start: {
        meta: {
          say: [say('legal-help.start.free', { source: LEGAL_AID_CARE }), ask('legal-help.start.ask')],
        },
        on: {
          'where-i-stand': 'whereIStand',
          care: 'careProceedings',
          family: 'privateLaw',
          mediation: 'mediation',
          'stop-taking': 'prohibitedSteps',
        },
      },

      // 002: "Do you have any advice on where I stand legally?"
      whereIStand: withWords({
        type: 'final',
        meta: {
          say: [
            say('legal-help.whereIStand.review', {
              source: FORUM_PLAN,
              evidence: 'This decision can only be made at a review child protection conference',
            }),
            say('legal-help.whereIStand.notOrder', { source: CHILDREN_ACT_S31 }),
            say('legal-help.whereIStand.recommendation', {
              source: FORUM_PLAN,
              evidence: 'Remember the social workers report is just a recommendation',
            }),
            say('legal-help.whereIStand.childInNeed', {
              source: FORUM_PLAN,
              evidence: 'your consent is needed to work within the child in need framework',
            }),
            doNext('legal-help.whereIStand.next', {
              contact: 'familyRightsGroup',
              source: FORUM_PLAN,
              evidence: 'call our advice line for further advice',
            }),
          ],
        },
      }),

      careProceedings: withWords({
        type: 'final',
        meta: {
          say: [
            say('legal-help.careProceedings.what', { source: CHILDREN_ACT_S31 }),
            say('legal-help.careProceedings.free', { source: LEGAL_AID_CARE }),
            say('legal-help.careProceedings.letter', { source: LEGAL_AID }),
            doNext('legal-help.careProceedings.next', { source: FIND_LEGAL_AID }),
          ],
        },
      }),

      privateLaw: withWords({
        type: 'final',
        meta: {
          say: [
            say('legal-help.privateLaw.what', {
              source: FORUM_CONFERENCE,
              evidence: 'it is a private law matter for you and your son’s father',
            }),
            say('legal-help.privateLaw.legalAid', { source: LEGAL_AID_DA }),
            doNext('legal-help.privateLaw.next', { source: FIND_LEGAL_AID }),
          ],
        },
      }),

      mediation: withWords({
        type: 'final',
        meta: {
          say: [
            say('legal-help.mediation.miam', { source: MIAM_EXEMPTION }),
            say('legal-help.mediation.exemption', { source: MIAM_EXEMPTION }),
            doNext('legal-help.mediation.next', { source: MIAM_EXEMPTION }),
          ],
        },
      }),

      prohibitedSteps: withWords({
        type: 'final',
        meta: {
          say: [
            say('legal-help.prohibitedSteps.danger', { contact: 'police', source: POLICE_999 }),
            say('legal-help.prohibitedSteps.what', { source: CHILDREN_ACT_S8 }),
            say('legal-help.prohibitedSteps.urgent', { source: CHILDREN_ACT_S8 }),
            doNext('legal-help.prohibitedSteps.next', { source: FIND_LEGAL_AID }),
          ],
        },
      }),

      toGlossary: goTo(GLOSSARY_FLOW),
    },
  }),
);
