// Topic 6: the child protection plan (001, 002): what it must say, what to do if you cannot
// follow it, how it ends or steps down, family group conferences, and a partner moving back.
import { setup } from 'xstate';
import { ask, defineFlow, doNext, goTo, say, withWords, GLOSSARY_FLOW } from './define.js';
import { EXPLAINER, FAQ, FGC_DOMESTIC_ABUSE, FORUM_PLAN, HELPLINE_PAGE } from './sources.js';

export const plan = defineFlow(
  'plan',
  setup({}).createMachine({
    id: 'plan',
    initial: 'start',
    states: {
      start: {
        meta: {
          say: [
            say('plan.start.what', {
              source: EXPLAINER,
              evidence: 'A child protection plan should set out clear actions which aim to ensure the child will be kept safe and well',
            }),
            say('plan.start.notRemoval', {
              source: EXPLAINER,
              evidence: 'This does not mean that your children will be taken from you',
            }),
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
            say('plan.contents.must', {
              source: EXPLAINER,
              evidence: 'responsible for doing what to protect the child, and within what timescale',
            }),
            say('plan.contents.socialWorker', {
              source: EXPLAINER,
              evidence: 'When and in what situations the child will be seen by the social worker',
            }),
            say('plan.contents.ifNotKept', {
              source: EXPLAINER,
              evidence: 'A clear explanation about what will happen if the plan is not kept to',
            }),
            doNext('plan.contents.next', {
              source: EXPLAINER,
              evidence: 'If you cannot understand it or cannot follow it, tell your Children’s social worker',
            }),
          ],
        },
      },

      cantFollow: {
        type: 'final',
        meta: {
          say: [
            say('plan.cantFollow.tell', {
              source: EXPLAINER,
              evidence: 'tell your Children’s social worker as soon as possible so they can change it',
            }),
            say('plan.cantFollow.meetings', {
              source: FORUM_PLAN,
              evidence: 'Have your diary with you so that you can give your dates to avoid',
            }),
            say('plan.cantFollow.visits', {
              source: FORUM_PLAN,
              evidence: 'By law the social worker needs to see your child regularly',
            }),
            doNext('plan.cantFollow.next', {
              source: FORUM_PLAN,
              evidence: 'Have your diary with you',
            }),
          ],
        },
      },

      stepDown: withWords({
        type: 'final',
        meta: {
          say: [
            say('plan.stepDown.review', {
              source: FORUM_PLAN,
              evidence: 'This decision can only be made at a review child protection conference',
            }),
            say('plan.stepDown.test', {
              source: FORUM_PLAN,
              evidence: 'likely to suffer significant harm and that risk is still ongoing',
            }),
            say('plan.stepDown.childInNeed', {
              source: FORUM_PLAN,
              evidence: 'your consent is needed to work within the child in need framework',
            }),
            say('plan.stepDown.shorter', {
              source: FORUM_PLAN,
              evidence: 'you could ask that it is only for a further 3 or 4 months instead of the 6 months',
            }),
            doNext('plan.stepDown.next', {
              source: FORUM_PLAN,
              evidence: 'you could ask the organisations to give their reports as soon as possible',
            }),
          ],
        },
      }),

      familyGroupConference: withWords({
        type: 'final',
        meta: {
          say: [
            say('plan.familyGroupConference.what', {
              source: FORUM_PLAN,
              evidence: 'These type of meetings take a lot of the decision making from the professionals and give it to the family and friends network',
            }),
            say('plan.familyGroupConference.consent', {
              source: FORUM_PLAN,
              evidence: 'A family group conference can only happen with the consent of a parent',
            }),
            say('plan.familyGroupConference.abuser', { source: FGC_DOMESTIC_ABUSE }),
            doNext('plan.familyGroupConference.next', {
              source: FAQ,
              evidence: 'Always ask when you can expect something by',
            }),
          ],
        },
      }),

      partnerBack: {
        type: 'final',
        meta: {
          say: [
            say('plan.partnerBack.plan', {
              source: FORUM_PLAN,
              evidence: 'the social worker does want a plan to be in place to monitor dad moving back in',
            }),
            say('plan.partnerBack.slipping', {
              source: FORUM_PLAN,
              evidence: 'she had originally said this would be before the end of the perpetrator course',
            }),
            say('plan.partnerBack.talk', {
              source: FAQ,
              evidence: 'try discussing this with a domestic violence support worker',
            }),
            doNext('plan.partnerBack.next', { contact: 'nationalHelpline', source: HELPLINE_PAGE }),
          ],
        },
      },

      toGlossary: goTo(GLOSSARY_FLOW),
    },
  }),
);
