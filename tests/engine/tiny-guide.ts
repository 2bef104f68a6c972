// A tiny guide of its own (flows and catalogue), so engine tests drive the engine without the
// real content: four flows, two locales, three contacts with made-up numbers.
import { setup, type AnyStateNodeConfig } from 'xstate';
import { ask, defineFlow, doNext, goTo, say, type Flow } from '../../flows/define.js';
import type { Catalogue } from '../../flows/catalogue.js';
import { Engine, type EngineOptions } from '../../server/engine/engine.js';

export const tinyMenu = defineFlow(
  'menu',
  setup({}).createMachine({
    id: 'menu',
    initial: 'start',
    states: {
      start: {
        meta: { say: [ask('menu.start')], roles: { whatWord: 'glossary' } },
        on: { toTopic: 'toTopic', toWalk: 'toWalk', whatWord: 'word' },
      },
      word: { type: 'final', meta: { say: [doNext('menu.word', { source: 'doc.txt' })] } },
      toTopic: goTo('topic'),
      toWalk: goTo('walk'),
    },
  }),
);

export const tinyDanger = defineFlow(
  'danger',
  setup({}).createMachine({
    id: 'danger',
    initial: 'now',
    states: {
      now: { type: 'final', meta: { say: [doNext('danger.now', { contact: 'police', source: 'Police' })] } },
    },
  }),
);

/** A topic whose parent state offers "help" on every step inside it; `second` has its own. */
export const tinyTopic = defineFlow(
  'topic',
  setup({}).createMachine({
    id: 'topic',
    initial: 'part',
    states: {
      part: {
        on: { help: 'help' },
        initial: 'first',
        states: {
          first: { meta: { say: [ask('topic.first')] }, on: { onward: 'second' } },
          second: { meta: { say: [ask('topic.second')] }, on: { help: 'ownHelp', toMenu: 'toMenu' } },
          ownHelp: {
            type: 'final',
            meta: { say: [doNext('topic.ownHelp', { contact: 'familyRightsGroup', source: 'doc.txt' })] },
          },
          toMenu: goTo('menu'),
        },
      },
      help: { type: 'final', meta: { say: [say('topic.help', { source: 'doc.txt, other.txt' }), doNext('topic.next')] } },
    },
  }),
);

export const tinyWalk = defineFlow(
  'walk',
  setup({}).createMachine({
    id: 'walk',
    initial: 'one',
    states: {
      one: { meta: { step: 1, say: [ask('walk.one')] }, on: { next: 'two' } },
      two: { meta: { step: 2, say: [ask('walk.two')] }, on: { previous: 'one', done: 'end' } },
      end: { type: 'final', meta: { say: [doNext('walk.end')] } },
    },
  }),
);

export const tinyFlows: readonly Flow[] = [tinyMenu, tinyDanger, tinyTopic, tinyWalk];

const en: Record<string, string> = {
  'menu.start': 'Tiny menu.',
  'menu.word': 'A word explained.',
  'menu.choice.toTopic': 'A topic',
  'menu.choice.toWalk': 'A walk',
  'menu.choice.whatWord': 'What does it mean?',
  'danger.now': 'Tiny danger.',
  'topic.first': 'First part.',
  'topic.second': 'Second part.',
  'topic.ownHelp': 'Help of the second part.',
  'topic.help': 'Help of the whole topic.',
  'topic.next': 'Do this next.',
  'topic.choice.onward': 'Onward',
  'topic.choice.help': 'Help',
  'topic.choice.toMenu': 'Other topics',
  'walk.one': 'Step one.',
  'walk.two': 'Step two.',
  'walk.end': 'Walked.',
  'walk.choice.done': 'Done',
  'choice.next': 'Next',
  'choice.previous': 'Previous',
  'choice.danger': 'Danger now',
  'choice.menu': 'All topics',
  'routing.suggest': 'Did you mean…',
  'routing.allTopics': 'All topics',
  'routing.none': 'Not understood.',
  'routing.none.danger': 'In danger, call.',
  'routing.none.helpline': 'Or the line.',
  'routing.topic.menu': 'The menu',
  'routing.topic.topic': 'The topic',
  'routing.topic.walk': 'The walk',
  'contact.closed': 'That line is closed; this one is open.',
  'contact.unconfirmed': 'Hours unknown; this one is open.',
  'list.choice.open': 'My list',
  'list.choice.add': 'Keep it',
  'list.choice.remove': 'Drop',
  'list.choice.clear': 'Drop all',
  'list.intro': 'Your list.',
  'list.empty': 'Nothing kept.',
  'list.group.ask': 'To ask',
  'list.group.do': 'To do',
  'list.group.call': 'To call',
  'list.added': 'Kept.',
  'list.addedChecklist': 'All kept.',
  'list.full': 'Full.',
  'list.removed': 'Dropped.',
  'list.cleared': 'All dropped.',
};

export const tinyCatalogue: Catalogue = {
  baseLocale: 'en',
  texts: { en, cy: { 'menu.start': 'Dewislen fach.', 'choice.next': 'Nesaf' } },
  contacts: {
    police: { id: 'police', name: 'Tiny police', display: '01', tel: '01', hours: 'always', hoursText: 'Always', source: 'fixture' },
    nationalHelpline: {
      id: 'nationalHelpline',
      name: 'Tiny helpline',
      display: '02',
      tel: '02',
      hours: 'always',
      hoursText: 'Always',
      source: 'fixture line page',
    },
    familyRightsGroup: {
      id: 'familyRightsGroup',
      name: 'Tiny day line',
      display: '03',
      tel: '03',
      hours: [{ days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' }],
      hoursText: 'Weekdays, 9 to 5',
      source: 'fixture',
      whenClosed: 'nationalHelpline',
    },
  },
  sourceTitles: { 'doc.txt': 'A tiny document', 'other.txt': 'Another one' },
};

export function tinyEngine(options: Partial<EngineOptions> = {}): Engine {
  return new Engine({ flows: tinyFlows, menuFlow: 'menu', dangerFlow: 'danger', catalogue: tinyCatalogue, ...options });
}

// Second versions of the tiny guide, as a deploy might change it under stored conversations.

/** The topic as `change` rewrites its `part` state's children. */
type States = Record<string, AnyStateNodeConfig>;

function topicWith(change: (states: States) => States): Flow {
  const states: States = {
    first: { meta: { say: [ask('topic.first')] }, on: { onward: 'second' } },
    second: { meta: { say: [ask('topic.second')] }, on: { help: 'ownHelp', toMenu: 'toMenu' } },
    ownHelp: { type: 'final', meta: { say: [doNext('topic.ownHelp', { contact: 'familyRightsGroup', source: 'doc.txt' })] } },
    toMenu: goTo('menu'),
  };
  return defineFlow(
    'topic',
    setup({}).createMachine({
      id: 'topic',
      initial: 'part',
      states: {
        part: { on: { help: 'help' }, initial: 'first', states: change(states) as never },
        help: { type: 'final', meta: { say: [say('topic.help', { source: 'doc.txt, other.txt' }), doNext('topic.next')] } },
      },
    }),
  );
}

const withTopic = (topic: Flow) => tinyFlows.map((f) => (f.id === 'topic' ? topic : f));

export const secondVersions = {
  /** `part.second` now has steps inside it: a place there would show nothing. */
  leafBecameCompound: withTopic(
    topicWith((states) => ({
      ...states,
      second: {
        initial: 'inner',
        states: { inner: { meta: { say: [ask('topic.second')] }, on: { toMenu: '#topic.part.toMenu' } } },
      },
    })),
  ),
  /** `part.ownHelp` is gone; `second` no longer leads there. */
  stateRemoved: withTopic(
    topicWith(({ ownHelp: _gone, ...states }) => ({
      ...states,
      second: { meta: { say: [ask('topic.second')] }, on: { toMenu: 'toMenu' } },
    })),
  ),
  /** A new state beside the others: every old place still exists and is still a screen. */
  stateAdded: withTopic(
    topicWith((states) => ({ ...states, extra: { type: 'final', meta: { say: [doNext('topic.next')] } } })),
  ),
  /** The walkthrough is gone, and the menu no longer offers it. */
  flowRemoved: [
    defineFlow(
      'menu',
      setup({}).createMachine({
        id: 'menu',
        initial: 'start',
        states: {
          start: { meta: { say: [ask('menu.start')], roles: { whatWord: 'glossary' } }, on: { toTopic: 'toTopic', whatWord: 'word' } },
          word: { type: 'final', meta: { say: [doNext('menu.word', { source: 'doc.txt' })] } },
          toTopic: goTo('topic'),
        },
      }),
    ),
    tinyDanger,
    tinyTopic,
  ] as readonly Flow[],
};

/** The tiny catalogue with Welsh withdrawn. */
export const englishOnly: Catalogue = { ...tinyCatalogue, texts: { en: tinyCatalogue.texts.en! } };
