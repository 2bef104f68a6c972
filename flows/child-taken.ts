// Topic 11: my child was taken by the other parent, or contact is being decided for me (003,
// 004). Children's services hold no parental responsibility: it is a private law matter, so
// the steps are a solicitor, a child arrangements order and, where it applies, a MIAM and its
// domestic abuse exemption. 999 comes first: a child taken can be a child in danger.
import { setup } from 'xstate';
import { ask, defineFlow, doNext, goTo, say, withWords, GLOSSARY_FLOW } from './define.js';
import { BLOGS, CHILDREN_ACT_S31, FORUM_CONFERENCE, HELPLINE_PAGE, MIAM_EXEMPTION, POLICE_999 } from './sources.js';

export const childTaken = defineFlow(
  'child-taken',
  setup({}).createMachine({
    id: 'child-taken',
    initial: 'start',
    states: {
      start: withWords({
        meta: {
          say: [
            say('child-taken.start.danger', { contact: 'police', source: POLICE_999 }),
            say('child-taken.start.noResponsibility', {
              source: FORUM_CONFERENCE,
              evidence: 'they do not have the legal authority to make decisions about contact',
            }),
            say('child-taken.start.advice', { source: CHILDREN_ACT_S31 }),
            say('child-taken.start.privateLaw', {
              source: FORUM_CONFERENCE,
              evidence: 'it is a private law matter for you and your son’s father',
            }),
            ask('child-taken.start.ask'),
          ],
        },
        on: {
          'get-child-back': 'solicitor',
          mediation: 'mediation',
          'pushed-contact': 'pushedContact',
        },
      }),

      solicitor: {
        type: 'final',
        meta: {
          say: [
            say('child-taken.solicitor.now', {
              source: FORUM_CONFERENCE,
              evidence: 'I would suggest you speak with a solicitor immediately',
            }),
            say('child-taken.solicitor.order', {
              source: FORUM_CONFERENCE,
              evidence: 'This order will set out who your son should live with',
            }),
            say('child-taken.solicitor.find', {
              source: FORUM_CONFERENCE,
              evidence: 'You can use the Law Society ‘find a solicitor’ tool',
            }),
            doNext('child-taken.solicitor.next', {
              contact: 'familyRightsGroup',
              source: FORUM_CONFERENCE,
              evidence: 'I would recommend that you also contact Child Law Advice',
            }),
          ],
        },
      },

      mediation: withWords({
        type: 'final',
        meta: {
          say: [
            say('child-taken.mediation.usually', { source: MIAM_EXEMPTION }),
            say('child-taken.mediation.exceptions', {
              source: FORUM_CONFERENCE,
              evidence: 'except where there is evidenced domestic violence or child abuse or the application is urgent',
            }),
            doNext('child-taken.mediation.next', {
              source: FORUM_CONFERENCE,
              evidence: 'they can also advise you further on mediation',
            }),
          ],
        },
      }),

      // 003: "My first social worker told me to maintain contact between my daughter and my ex-partner".
      pushedContact: {
        type: 'final',
        meta: {
          say: [
            say('child-taken.pushedContact.happens', {
              source: BLOGS,
              evidence: 'My first social worker told me to maintain contact between my daughter and my ex-partner',
            }),
            say('child-taken.pushedContact.tell', {
              source: BLOGS,
              evidence: 'He didn’t ask me what I thought was in her best interests',
            }),
            say('child-taken.pushedContact.risk', {
              source: BLOGS,
              evidence: 'stopping contact would escalate the risk from my ex-partner towards us',
            }),
            say('child-taken.pushedContact.court', {
              source: BLOGS,
              evidence: 'a family court issued an order that meant my daughter never had to see her father again',
            }),
            doNext('child-taken.pushedContact.next', { contact: 'nationalHelpline', source: HELPLINE_PAGE }),
          ],
        },
      },

      toGlossary: goTo(GLOSSARY_FLOW),
    },
  }),
);
