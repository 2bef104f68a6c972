// The main menu: where every conversation starts and where "Start again" returns. Topics are
// grouped the way a worried parent thinks about them, so every topic is at most two taps from
// here (group, then topic). "I'm in danger now" is not listed: the engine offers it on every
// screen of every flow.
import { setup } from 'xstate';
import { ask, defineFlow, goTo, say } from './define.js';
import { WALES } from './sources.js';

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

      // Not an outcome: it leads back to the topics, so it needs no "next step" of its own.
      about: {
        meta: {
          say: [
            ask('menu.about.what'),
            say('menu.about.england', { source: WALES }),
            ask('menu.about.exit'),
          ],
        },
        on: { topics: 'main' },
      },

      toScaredToReport: goTo('scared-to-report'),
      toRemoval: goTo('removal'),
      toOneOff: goTo('one-off'),
      toLeaveOrRemove: goTo('leave-or-remove'),
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
