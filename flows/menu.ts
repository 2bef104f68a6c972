// The main menu: where every conversation starts and where "Start again" returns. Topics are
// grouped the way a worried parent thinks about them, so every topic is at most two taps from
// here (group, then topic). "I'm in danger now" is not listed: the engine offers it on every
// screen of every flow.
import { setup } from 'xstate';
import { ask, defineFlow, goTo, say, GLOSSARY_FLOW } from './define.js';
import { HELPLINE_SAFETY, LIVE_FEAR_FREE, THIS_GUIDE, WALES } from './sources.js';

export const menu = defineFlow(
  'menu',
  setup({}).createMachine({
    id: 'menu',
    initial: 'main',
    states: {
      main: {
        meta: { say: [ask('menu.main.welcome'), ask('menu.main.ask')] },
        on: {
          worried: 'worried',
          involved: 'involved',
          problems: 'problems',
          rights: 'rights',
          support: 'toSupport',
          about: 'about',
        },
      },

      worried: {
        meta: { say: [ask('menu.worried.ask')] },
        on: {
          'scared-to-report': 'toScaredToReport',
          removal: 'toRemoval',
          'one-off': 'toOneOff',
          'leave-or-remove': 'toLeaveOrRemove',
          'leaving-safely': 'toLeavingSafely',
          'what-counts-as-abuse': 'toWhatCountsAsAbuse',
        },
      },

      involved: {
        meta: { say: [ask('menu.involved.ask')] },
        on: {
          'social-worker-contact': 'toSocialWorkerContact',
          process: 'toProcess',
          conference: 'toConference',
          plan: 'toPlan',
        },
      },

      problems: {
        meta: { say: [ask('menu.problems.ask')] },
        on: {
          'social-worker-problems': 'toSocialWorkerProblems',
          delays: 'toDelays',
          'malicious-reports': 'toMaliciousReports',
          'child-taken': 'toChildTaken',
        },
      },

      rights: {
        meta: { say: [ask('menu.rights.ask')], roles: { glossary: 'glossary' } },
        on: {
          'do-i-have-to-agree': 'toDoIHaveToAgree',
          'who-sees-what': 'toWhoSeesWhat',
          'legal-help': 'toLegalHelp',
          glossary: 'toGlossary',
        },
      },

      // Not an outcome: it leads back to the topics, so it needs no "next step" of its own.
      about: {
        meta: {
          say: [
            ask('menu.about.what'),
            say('menu.about.england', { source: WALES }),
            say('menu.about.wales', { source: LIVE_FEAR_FREE }),
            say('menu.about.exit', { source: THIS_GUIDE }),
          ],
          roles: { glossary: 'glossary' },
        },
        on: { 'safer-online': 'saferOnline', glossary: 'toGlossary', topics: 'main' },
      },

      // Beside the quick exit: what quick exit cannot hide, and how to leave fewer traces.
      saferOnline: {
        meta: {
          say: [
            say('menu.saferOnline.private', { source: HELPLINE_SAFETY }),
            say('menu.saferOnline.accounts', { source: HELPLINE_SAFETY }),
            say('menu.saferOnline.location', { source: HELPLINE_SAFETY }),
            say('menu.saferOnline.readAloud', { source: THIS_GUIDE }),
          ],
        },
        on: { topics: 'main' },
      },

      toScaredToReport: goTo('scared-to-report'),
      toRemoval: goTo('removal'),
      toOneOff: goTo('one-off'),
      toLeaveOrRemove: goTo('leave-or-remove'),
      toLeavingSafely: goTo('leaving-safely'),
      toWhatCountsAsAbuse: goTo('what-counts-as-abuse'),
      toDoIHaveToAgree: goTo('do-i-have-to-agree'),
      toWhoSeesWhat: goTo('who-sees-what'),
      toLegalHelp: goTo('legal-help'),
      toGlossary: goTo(GLOSSARY_FLOW),
      toSocialWorkerContact: goTo('social-worker-contact'),
      toProcess: goTo('process'),
      toConference: goTo('conference'),
      toPlan: goTo('plan'),
      toSocialWorkerProblems: goTo('social-worker-problems'),
      toDelays: goTo('delays'),
      toMaliciousReports: goTo('malicious-reports'),
      toChildTaken: goTo('child-taken'),
      toSupport: goTo('support'),
    },
  }),
);
