// The main menu: where every conversation starts and where "Start again" returns. Each topic
// is at most two taps from here. "I'm in danger now" is not listed: the engine offers it on
// every screen of every flow.
import { setup } from 'xstate';
import { defineFlow, say } from './define.js';

export const menu = defineFlow(
  'menu',
  setup({}).createMachine({
    id: 'menu',
    initial: 'main',
    states: {
      main: {
        meta: { say: [say('menu.main.welcome'), say('menu.main.ask')] },
        on: {
          about: 'about',
        },
      },

      about: {
        type: 'final',
        meta: {
          say: [
            say('menu.about.what'),
            say('menu.about.england'),
            say('menu.about.exit'),
          ],
        },
      },
    },
  }),
);
