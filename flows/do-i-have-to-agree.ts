// "Do I have to agree?" Some of what children's social care asks is voluntary, some can lead
// them to a court if refused, and some needs a parent's consent that can be taken back. Each
// answer says which, from the Children Act 1989, and ends with getting advice before deciding.
import { setup } from 'xstate';
import { ask, defineFlow, doNext, goTo, say, withWords, GLOSSARY_FLOW } from './define.js';
import {
  CHILDREN_ACT_REMOVAL,
  CHILDREN_ACT_S17,
  CHILDREN_ACT_S20,
  CHILDREN_ACT_S47,
  FAQ,
  FORUM_CONFERENCE,
  FORUM_PLAN,
  PLWG_SAFETY_PLANS,
} from './sources.js';

export const doIHaveToAgree = defineFlow(
  'do-i-have-to-agree',
  setup({}).createMachine({
    id: 'do-i-have-to-agree',
    initial: 'start',
    states: {
      start: {
        meta: {
          say: [
            say('do-i-have-to-agree.start.some', { source: CHILDREN_ACT_S47 }),
            ask('do-i-have-to-agree.start.ask'),
          ],
        },
        on: {
          help: 'childInNeed',
          enquiries: 'enquiries',
          accommodation: 'accommodation',
          'safety-agreement': 'safetyAgreement',
          'stay-away': 'stayAway',
          custody: 'custody',
        },
      },

      childInNeed: withWords({
        type: 'final',
        meta: {
          say: [
            say('do-i-have-to-agree.childInNeed.voluntary', { source: CHILDREN_ACT_S17 }),
            say('do-i-have-to-agree.childInNeed.consent', {
              source: FORUM_PLAN,
              evidence: 'your consent is needed to work within the child in need framework',
            }),
            doNext('do-i-have-to-agree.childInNeed.next', { source: CHILDREN_ACT_S17 }),
          ],
        },
      }),

      enquiries: withWords({
        type: 'final',
        meta: {
          say: [
            say('do-i-have-to-agree.enquiries.what', { source: CHILDREN_ACT_S47 }),
            say('do-i-have-to-agree.enquiries.refuse', { source: CHILDREN_ACT_S47 }),
            doNext('do-i-have-to-agree.enquiries.next', {
              contact: 'familyRightsGroup',
              source: FAQ,
              evidence: 'contact an independent specialist advice organisation',
            }),
          ],
        },
      }),

      accommodation: withWords({
        type: 'final',
        meta: {
          say: [
            say('do-i-have-to-agree.accommodation.what', { source: CHILDREN_ACT_S20 }),
            say('do-i-have-to-agree.accommodation.consent', { source: CHILDREN_ACT_S20 }),
            say('do-i-have-to-agree.accommodation.withdraw', { source: CHILDREN_ACT_S20 }),
            doNext('do-i-have-to-agree.accommodation.next', {
              contact: 'familyRightsGroup',
              source: FORUM_CONFERENCE,
              evidence: 'I would recommend that you also contact Child Law Advice',
            }),
          ],
        },
      }),

      safetyAgreement: {
        type: 'final',
        meta: {
          say: [
            say('do-i-have-to-agree.safetyAgreement.what', { source: PLWG_SAFETY_PLANS }),
            say('do-i-have-to-agree.safetyAgreement.notOrder', { source: PLWG_SAFETY_PLANS }),
            say('do-i-have-to-agree.safetyAgreement.elsewhere', { source: PLWG_SAFETY_PLANS }),
            doNext('do-i-have-to-agree.safetyAgreement.next', {
              contact: 'familyRightsGroup',
              source: FAQ,
              evidence: 'contact an independent specialist advice organisation',
            }),
          ],
        },
      },

      // 004: "I was placed in a hotel ... and told ... not to return to the family home".
      stayAway: withWords({
        type: 'final',
        meta: {
          say: [
            say('do-i-have-to-agree.stayAway.happens', {
              source: FORUM_CONFERENCE,
              evidence: 'You were accommodated in a hotel away from your partner',
            }),
            say('do-i-have-to-agree.stayAway.law', { source: CHILDREN_ACT_REMOVAL }),
            say('do-i-have-to-agree.stayAway.advice', {
              source: FORUM_CONFERENCE,
              evidence: 'children’s services have advised him to not allow any unsupervised contact with you',
            }),
            doNext('do-i-have-to-agree.stayAway.next', {
              source: FORUM_CONFERENCE,
              evidence: 'I would suggest you speak with a solicitor immediately',
            }),
          ],
        },
      }),

      // 004: "a Child Protection Conference unless I was willing to give my ex full custody".
      custody: withWords({
        type: 'final',
        meta: {
          say: [
            say('do-i-have-to-agree.custody.happens', {
              source: FORUM_CONFERENCE,
              evidence: 'initiate a Child Protection Conference unless I was willing to give my ex full custody',
            }),
            say('do-i-have-to-agree.custody.noResponsibility', {
              source: FORUM_CONFERENCE,
              evidence: 'Children’s services do not hold any parental responsibility for your son',
            }),
            say('do-i-have-to-agree.custody.conference', {
              source: FORUM_CONFERENCE,
              evidence: 'It is important that you fully understand the concerns that children’s services have',
            }),
            doNext('do-i-have-to-agree.custody.next', {
              source: FORUM_CONFERENCE,
              evidence: 'I would suggest you speak with a solicitor immediately',
            }),
          ],
        },
      }),

      toGlossary: goTo(GLOSSARY_FLOW),
    },
  }),
);
