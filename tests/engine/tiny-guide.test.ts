// The engine over a tiny guide of its own (tests/engine/tiny-guide.ts): it shows only what its
// catalogue holds, gives every choice its role, offers the transitions parent states declare
// as XState takes them, and says what each answer did.
import { describe, expect, it } from 'vitest';
import { getAdjacencyMap } from 'xstate/graph';
import type { Conversation } from '../../server/engine/conversation.js';
import { checkFlows } from '../../server/engine/check.js';
import type { Engine, Result, TextRouter } from '../../server/engine/engine.js';
import type { Place } from '../../server/engine/conversation.js';
import { defineFlow, goTo } from '../../flows/define.js';
import { setup } from 'xstate';
import { tinyCatalogue, tinyEngine, tinyFlows, tinyMenu } from './tiny-guide.js';

const engine = tinyEngine();

function must(r: Result): Conversation {
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r.conversation;
}

const step = (c: Conversation, e: Engine = engine) => e.render(c, 'token');
const choices = (c: Conversation) => step(c).choices.map(({ id, role, global }) => ({ id, role, ...(global ? { global } : {}) }));

describe('an engine over a catalogue of its own', () => {
  it('shows the catalogue’s words and no real content', () => {
    const menu = step(must(engine.start('en')));
    expect(menu.messages.map((m) => m.text)).toEqual(['Tiny menu.']);
    expect(menu.choices.map((c) => c.label)).toEqual(['A topic', 'A walk', 'What does it mean?', 'Danger now']);
  });

  it('falls back to the base locale key by key', () => {
    const menu = step(must(engine.start('cy')));
    expect(menu.messages.map((m) => m.text)).toEqual(['Dewislen fach.']);
    expect(menu.choices.at(-1)!.label).toBe('Danger now');
  });

  it('shows the catalogue’s contacts and source titles', () => {
    const danger = step(must(engine.choose(must(engine.start('en')), 'danger')));
    expect(danger.messages[0]).toMatchObject({ text: 'Tiny danger.', contact: { name: 'Tiny police', number: '01' } });
    const topic = must(engine.start('en', 'topic'));
    const help = step(must(engine.choose(topic, 'help')));
    expect(help.messages[0]).toMatchObject({ source: 'doc.txt, other.txt', sourceTitle: 'A tiny document; Another one' });
  });

  it('offers the catalogue’s own line instead of a closed one', () => {
    // A Sunday: the day line is closed, so its fallback (the tiny helpline) follows it.
    const sunday = tinyEngine({ now: () => new Date('2026-11-29T12:00:00Z') });
    const second = must(sunday.choose(must(sunday.start('en', 'topic')), 'onward'));
    const shown = step(must(sunday.choose(second, 'help')), sunday);
    expect(shown.messages.map((m) => m.contact?.number)).toEqual(['03', '02']);
    expect(shown.messages[1]!.text).toBe('That line is closed; this one is open.');
  });

  it('refuses flows whose words are not in its catalogue', () => {
    const stray = defineFlow(
      'stray',
      setup({}).createMachine({ id: 'stray', initial: 'a', states: { a: { type: 'final', meta: { say: [{ text: 'nowhere' }] } } } }),
    );
    expect(() => tinyEngine({ flows: [...tinyFlows, stray] })).toThrow(/missing content key "nowhere"/);
  });
});

describe('choice roles', () => {
  const menu = must(engine.start('en'));

  it('a hand-over enters a topic, a declared role is kept, the engine’s own are danger and menu', () => {
    expect(choices(menu)).toEqual([
      { id: 'toTopic', role: 'topic' },
      { id: 'toWalk', role: 'topic' },
      { id: 'whatWord', role: 'glossary' },
      { id: 'danger', role: 'danger', global: true },
    ]);
    const word = must(engine.choose(menu, 'whatWord'));
    expect(choices(word)).toEqual([{ id: 'danger', role: 'danger', global: true }]);
    const help = must(engine.choose(must(engine.start('en', 'topic')), 'help'));
    // Its "what to do next" can be kept on My list (tests/engine/my-list.test.ts).
    expect(choices(help)).toEqual([
      { id: 'list:add', role: 'list-add' },
      { id: 'menu', role: 'menu', global: true },
      { id: 'danger', role: 'danger', global: true },
    ]);
  });

  it('walkthrough steps are next and previous; a hand-over to the menu is menu', () => {
    const one = must(engine.choose(menu, 'toWalk'));
    expect(choices(one).map((c) => c.role)).toEqual(['next', 'list-add', 'danger']);
    const two = must(engine.choose(one, 'next'));
    expect(choices(two).map((c) => [c.id, c.role])).toEqual([
      ['previous', 'previous'],
      ['done', 'answer'],
      ['list:add', 'list-add'],
      ['danger', 'danger'],
    ]);
    const second = must(engine.choose(must(engine.start('en', 'topic')), 'onward'));
    expect(choices(second).find((c) => c.id === 'toMenu')!.role).toBe('menu');
  });

  it('topics suggested for typed text are offers', () => {
    const router: TextRouter = { route: () => ({ kind: 'suggest', offers: ['topic', 'walk'] }) };
    const routed = tinyEngine({ router });
    const { conversation } = routed.say(must(routed.start('en')), 'anything');
    expect(step(conversation, routed).choices.filter((c) => c.offer)).toEqual([
      { id: 'topic:topic', label: 'The topic', role: 'offer', offer: true },
      { id: 'topic:walk', label: 'The walk', role: 'offer', offer: true },
    ]);
  });
});

describe('transitions a parent state declares', () => {
  const first = must(engine.start('en', 'topic'));
  const second = must(engine.choose(first, 'onward'));

  it('are offered inside it, after the leaf’s own', () => {
    expect(engine.choiceIds(first.at)).toEqual(['onward', 'help', 'danger']);
    expect(step(must(engine.choose(first, 'help'))).node).toBe('help');
  });

  it('lose to the leaf’s own handler for the same event, which is offered once', () => {
    expect(engine.choiceIds(second.at)).toEqual(['help', 'toMenu', 'danger']);
    expect(step(must(engine.choose(second, 'help'))).node).toBe('part.ownHelp');
  });

  it('are what XState’s graph finds at every state of every tiny flow', () => {
    for (const flow of tinyFlows) {
      for (const { state, transitions } of Object.values(getAdjacencyMap(flow.machine, {}))) {
        if (state.status === 'done') continue;
        const place: Place = { flow: flow.id, state: { value: state.value } };
        const graph = Object.values(transitions as Record<string, { event: { type: string } }>).map((t) => t.event.type);
        const own = engine.choiceIds(place).filter((id) => id !== 'danger' && id !== 'menu');
        expect(own.sort(), `${flow.id} ${JSON.stringify(state.value)}`).toEqual(graph.sort());
      }
    }
  });

  it('need labels like any other choice', () => {
    const unlabelled = defineFlow(
      'topic',
      setup({}).createMachine({
        id: 'topic',
        initial: 'part',
        states: {
          part: { on: { unheard: 'out' }, initial: 'a', states: { a: { meta: { say: [{ text: 'topic.first' }] }, on: { onward: 'b' } }, b: goTo('menu') } },
          out: goTo('menu'),
        },
      }),
    );
    const problems = checkFlows([tinyMenu, unlabelled], tinyCatalogue);
    expect(problems).toContain('topic: state "part" offers "unheard" with no label ("topic.choice.unheard")');
  });

  it('a role given to an event the state does not offer is a problem', () => {
    const wrong = defineFlow(
      'menu',
      setup({}).createMachine({
        id: 'menu',
        initial: 'a',
        states: { a: { type: 'final', meta: { say: [{ text: 'menu.start' }], roles: { nothing: 'glossary' } } } },
      }),
    );
    expect(checkFlows([wrong], tinyCatalogue)).toEqual(['menu: state "a" gives a role to "nothing", which it does not offer']);
  });
});

describe('what each answer did (for the metrics)', () => {
  it('start enters the first flow and arrives at its first place', () => {
    const r = engine.start('en');
    expect(r.ok && r.events).toEqual([{ type: 'entered', flow: 'menu' }, { type: 'arrived', flow: 'menu', node: 'start' }]);
  });

  it('a choice within a flow arrives; reaching a final place finishes the flow', () => {
    const first = must(engine.start('en', 'topic'));
    const r = engine.choose(first, 'onward');
    expect(r.ok && r.events).toEqual([{ type: 'arrived', flow: 'topic', node: 'part.second' }]);
    const end = engine.choose(must(r), 'help');
    expect(end.ok && end.events).toEqual([
      { type: 'arrived', flow: 'topic', node: 'part.ownHelp' },
      { type: 'finished', flow: 'topic', node: 'part.ownHelp' },
    ]);
  });

  it('a hand-over enters the next flow; Back and Start again are moves too', () => {
    const menu = must(engine.start('en'));
    const handed = engine.choose(menu, 'toWalk');
    expect(handed.ok && handed.events).toEqual([{ type: 'entered', flow: 'walk' }, { type: 'arrived', flow: 'walk', node: 'one' }]);
    const back = engine.back(must(handed));
    expect(back.ok && back.events).toEqual([{ type: 'entered', flow: 'menu' }, { type: 'arrived', flow: 'menu', node: 'start' }]);
    expect(engine.restart(must(back)).events).toEqual([]);
  });

  it('typed text that leads nowhere did nothing', () => {
    const menu = must(engine.start('en'));
    expect(engine.say(menu, 'anything').events).toEqual([]);
  });
});
