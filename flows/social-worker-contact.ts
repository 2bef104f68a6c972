// Topic 4: a social worker has contacted me about domestic abuse (001, 004). What kind of
// enquiry this is, what to expect, how to work with the social worker, and how to keep
// contact safe when the abuser may see a phone or letters.
import { setup } from 'xstate';
import { ask, defineFlow, doNext, goTo, say, withWords, GLOSSARY_FLOW } from './define.js';
import {
  CHILDREN_ACT_S17,
  CHILDREN_ACT_S47,
  EXPLAINER,
  FAQ,
  FORUM_CONFERENCE,
  FORUM_PLAN,
  MERLIN,
} from './sources.js';

export const socialWorkerContact = defineFlow(
  'social-worker-contact',
  setup({}).createMachine({
    id: 'social-worker-contact',
    initial: 'start',
    states: {
      start: {
        meta: {
          say: [
            say('social-worker-contact.start.why', {
              source: FORUM_CONFERENCE,
              evidence: 'If children’s services believe that a child in their area is, or may be, at risk of suffering significant harm',
            }),
            say('social-worker-contact.start.notRemoval', {
              source: EXPLAINER,
              evidence: 'This does not mean that your children will be taken from you',
            }),
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

      whatIsIt: withWords({
        type: 'final',
        meta: {
          say: [
            say('social-worker-contact.whatIsIt.assessment', { source: CHILDREN_ACT_S17 }),
            say('social-worker-contact.whatIsIt.section47', { source: CHILDREN_ACT_S47 }),
            say('social-worker-contact.whatIsIt.conference', {
              source: FORUM_CONFERENCE,
              evidence: 'they must complete child protection enquiries which may result in them holding a child protection conference',
            }),
            doNext('social-worker-contact.whatIsIt.next', { source: CHILDREN_ACT_S47 }),
          ],
        },
      }),

      expect: {
        type: 'final',
        meta: {
          say: [
            say('social-worker-contact.expect.see', {
              source: FORUM_CONFERENCE,
              evidence: 'After seeing my son at school, she saw him alone in his bedroom',
            }),
            say('social-worker-contact.expect.concerns', {
              source: FORUM_CONFERENCE,
              evidence: 'It is important that you fully understand the concerns that children’s services have',
            }),
            say('social-worker-contact.expect.advocacy', {
              source: EXPLAINER,
              evidence: 'Children’s services should give the parents and the child information about local advocacy services',
            }),
            doNext('social-worker-contact.expect.next', {
              source: FORUM_PLAN,
              evidence: 'Have your diary with you',
            }),
          ],
        },
      },

      workWith: {
        type: 'final',
        meta: {
          say: [
            say('social-worker-contact.workWith.understand', {
              source: EXPLAINER,
              evidence: 'If you cannot understand it or cannot follow it, tell your Children’s social worker as soon as possible',
            }),
            say('social-worker-contact.workWith.honest', {
              source: FAQ,
              evidence: 'Try to discuss your history honestly with the social worker',
            }),
            say('social-worker-contact.workWith.specialist', {
              source: FAQ,
              evidence: 'that worker can talk to your child\'s social worker and give more specialist information about domestic violence',
            }),
            doNext('social-worker-contact.workWith.next', {
              contact: 'nationalHelpline',
              source: FAQ,
              evidence: 'you should ask for a referral or contact a domestic violence agency yourself',
            }),
          ],
        },
      },

      safeContact: {
        type: 'final',
        meta: {
          say: [
            say('social-worker-contact.safeContact.tell', {
              source: EXPLAINER,
              evidence: 'Is it important to have a \'safety word\' with your social worker?',
            }),
            say('social-worker-contact.safeContact.word', {
              source: EXPLAINER,
              evidence: 'Is it important to have a \'safety word\' with your social worker?',
            }),
            doNext('social-worker-contact.safeContact.next', {
              source: EXPLAINER,
              evidence: 'have a \'safety word\' with your social worker',
            }),
          ],
        },
      },

      merlin: withWords({
        type: 'final',
        meta: {
          say: [
            say('social-worker-contact.merlin.what', { source: MERLIN }),
            say('social-worker-contact.merlin.shared', { source: MERLIN }),
            doNext('social-worker-contact.merlin.next', {
              source: FORUM_CONFERENCE,
              evidence: 'It is important that you fully understand the concerns that children’s services have',
            }),
          ],
        },
      }),

      toProcess: goTo('process'),
      toGlossary: goTo(GLOSSARY_FLOW),
    },
  }),
);
