// The engine over every flow, with no network: every state is reachable from the main menu,
// every screen offers a way on, and Back, Start again and the danger choice work everywhere.
import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { flows, MENU_FLOW, DANGER_FLOW } from '../flows/index.js';
import { catalogue } from '../flows/content/index.js';
import { Engine, DANGER_CHOICE, MENU_CHOICE, type TextRouter } from '../server/engine/engine.js';
import { allStateNodes } from '../server/engine/nodes.js';
import { checkFlows } from '../server/engine/check.js';
import type { Conversation } from '../server/engine/conversation.js';
import { CHOICE_ROLES } from '../server/protocol.js';

const engine = new Engine({ flows, menuFlow: MENU_FLOW, dangerFlow: DANGER_FLOW });
const key = (c: Conversation) => `${c.at.flow}:${JSON.stringify(c.at.state.value)}`;

function mustStart(flow?: string): Conversation {
  const r = engine.start('en', flow);
  if (!r.ok) throw new Error(r.message);
  return r.conversation;
}

function mustChoose(c: Conversation, choice: string): Conversation {
  const r = engine.choose(c, choice);
  if (!r.ok) throw new Error(`${key(c)} refused ${choice}: ${r.message}`);
  return r.conversation;
}

/** Every place a person can reach from the main menu, with the conversation that got there. */
function walkFromMenu(): Map<string, Conversation> {
  const seen = new Map<string, Conversation>();
  const queue = [mustStart()];
  while (queue.length > 0) {
    const c = queue.shift()!;
    if (seen.has(key(c))) continue;
    seen.set(key(c), c);
    for (const choice of engine.choiceIds(c.at)) queue.push(mustChoose(c, choice));
  }
  return seen;
}

const reachable = walkFromMenu();

describe('the flows', () => {
  it('have no content problems (keys, contacts, labels, hand-overs)', () => {
    expect(checkFlows(flows, catalogue)).toEqual([]);
  });

  for (const flow of flows) {
    it(`${flow.id}: every state of the machine is reachable within the flow`, () => {
      const paths = getShortestPaths(flow.machine);
      const reached = new Set(paths.map((p) => JSON.stringify(p.state.value)));
      const leaves = allStateNodes(flow.machine.root).filter((n) => n.type === 'atomic' || n.type === 'final');
      const unreachable = leaves.filter((n) => ![...reached].some((v) => v.includes(JSON.stringify(n.key))));
      expect(unreachable.map((n) => n.id)).toEqual([]);
    });
  }

  it('every flow is reachable from the main menu', () => {
    const flowsReached = new Set([...reachable.values()].map((c) => c.at.flow));
    expect([...flowsReached].sort()).toEqual(flows.map((f) => f.id).sort());
  });
});

describe('every place a person can reach', () => {
  const places = [...reachable.entries()];

  it('was walked (the walk is not empty)', () => {
    expect(places.length).toBeGreaterThan(3);
  });

  for (const [where, c] of places) {
    describe(where, () => {
      const step = engine.render(c, 'token');

      it('shows at least one message and, unless final, a choice of its own', () => {
        expect(step.messages.length).toBeGreaterThan(0);
        expect(step.messages.every((m) => m.text.trim().length > 0)).toBe(true);
        const own = step.choices.filter((ch) => !ch.global);
        if (!step.final) expect(own.length).toBeGreaterThan(0);
        expect(step.choices.length).toBeGreaterThan(0);
        expect(step.choices.every((ch) => ch.label.trim().length > 0)).toBe(true);
      });

      it('offers the danger triage in one tap, or is the triage', () => {
        if (c.at.flow === DANGER_FLOW) {
          expect(step.choices.map((ch) => ch.id)).not.toContain(DANGER_CHOICE);
        } else {
          const next = mustChoose(c, DANGER_CHOICE);
          const shown = engine.render(next, 't');
          expect(shown.flow).toBe(DANGER_FLOW);
          const numbers = shown.messages.map((m) => m.contact?.tel);
          expect(numbers).toContain('999');
          expect(numbers).toContain('08082000247');
          expect(shown.messages.some((m) => m.contact?.id === 'silentSolution')).toBe(true);
          expect(shown.canGoBack).toBe(true);
        }
      });

      it('Back undoes each answer in turn, back to the start', () => {
        let current = c;
        for (let i = c.history.length - 1; i >= 0; i--) {
          const r = engine.back(current);
          if (!r.ok) throw new Error(r.message);
          expect(r.conversation.at).toEqual(c.history[i]);
          current = r.conversation;
        }
        expect(engine.back(current)).toMatchObject({ ok: false, code: 'cannot_go_back' });
      });

      it('Start again returns to the main menu with every answer forgotten', () => {
        const fresh = engine.restart(c).conversation;
        expect(fresh.history).toEqual([]);
        expect(key(fresh)).toBe(key(mustStart()));
      });

      it('refuses a choice that is not on screen and changes nothing', () => {
        const r = engine.choose(c, 'not-a-choice');
        expect(r).toMatchObject({ ok: false, code: 'unknown_choice' });
        expect(engine.choose(c, '__proto__')).toMatchObject({ ok: false, code: 'unknown_choice' });
        expect(engine.choose(c, 'constructor')).toMatchObject({ ok: false, code: 'unknown_choice' });
      });

      it('survives a JSON round trip (what a session store does)', () => {
        const copy = JSON.parse(JSON.stringify(c)) as Conversation;
        expect(engine.render(copy, 'token')).toEqual(step);
        for (const choice of engine.choiceIds(c.at)) {
          expect(key(mustChoose(copy, choice))).toBe(key(mustChoose(c, choice)));
        }
      });
    });
  }
});

describe('choice roles over the real flows', () => {
  const shown = [...reachable.values()].flatMap((c) => engine.render(c, 't').choices.map((choice) => ({ c, choice })));

  it('every choice has a role from the agreed list', () => {
    for (const { choice } of shown) expect(CHOICE_ROLES).toContain(choice.role);
  });

  it('the engine’s own choices are danger and menu; walkthrough steps and the glossary say what they are', () => {
    const expected: Record<string, string> = { danger: 'danger', menu: 'menu', next: 'next', previous: 'previous', glossary: 'glossary' };
    for (const { c, choice } of shown) {
      if (Object.hasOwn(expected, choice.id)) expect(choice.role, `${key(c)} ${choice.id}`).toBe(expected[choice.id]);
    }
  });

  it('a choice that leads into another topic is a topic, one that stays in the flow is not', () => {
    const roles = new Set<string>();
    for (const { c, choice } of shown) {
      if (['danger', 'menu', 'glossary'].includes(choice.role)) continue;
      const to = mustChoose(c, choice.id);
      expect(choice.role === 'topic', `${key(c)} ${choice.id}`).toBe(to.at.flow !== c.at.flow);
      roles.add(choice.role);
    }
    expect([...roles].sort()).toEqual(['answer', 'next', 'previous', 'topic']);
  });
});

describe('the engine', () => {
  it('starts a named flow, and refuses an unknown one', () => {
    expect(engine.render(mustStart(DANGER_FLOW), 't').flow).toBe(DANGER_FLOW);
    expect(engine.start('en', 'no-such-flow')).toMatchObject({ ok: false, code: 'unknown_flow' });
  });

  it('offers "ask about something else" on outcomes outside the menu', () => {
    const outcome = [...reachable.values()].find((c) => c.at.flow !== MENU_FLOW && engine.render(c, 't').final)!;
    expect(outcome).toBeDefined();
    expect(engine.choiceIds(outcome.at)).toContain(MENU_CHOICE);
    expect(mustChoose(outcome, MENU_CHOICE).at.flow).toBe(MENU_FLOW);
  });

  it('answers typed text it cannot place honestly: stays put, offers the menu and the helpline', () => {
    const c = mustChoose(mustStart(), 'about');
    const outcome = engine.say(c, 'he took my son');
    expect(outcome.conversation.at).toEqual(c.at);
    expect(outcome.conversation.history).toEqual(c.history);
    const step = engine.render(outcome.conversation, 't', outcome.notices);
    expect(step.messages[0]!.text).toMatch(/did not understand/);
    expect(step.messages[1]!.contact).toMatchObject({ id: 'police', tel: '999' });
    expect(step.messages[2]!.contact).toMatchObject({ id: 'nationalHelpline', tel: '08082000247' });
    expect(step.choices[0]).toMatchObject({ id: 'topic:menu', offer: true });
    expect(step.node).toBe('about');
  });

  it('hands typed text to the router when one is given', () => {
    const router: TextRouter = { route: (t) => (t.includes('knife') ? { kind: 'danger' } : { kind: 'none' }) };
    const routed = new Engine({ flows, menuFlow: MENU_FLOW, dangerFlow: DANGER_FLOW, router });
    const start = mustStart();
    const outcome = routed.say(start, 'he has a knife');
    expect(outcome.conversation.at.flow).toBe(DANGER_FLOW);
    expect(outcome.conversation.history).toEqual([start.at]);
  });

  it('keeps history bounded however long a conversation runs', () => {
    let c = mustStart();
    const loop = ['about', DANGER_CHOICE, 'cant-speak', MENU_CHOICE];
    for (let i = 0; i < 200; i++) c = mustChoose(c, loop[i % loop.length]!);
    expect(c.history.length).toBe(50);
    expect(engine.back(c)).toMatchObject({ ok: true });
  });

  it('refuses to start with a broken flow', () => {
    const broken = { ...flows[0]!, id: 'menu' };
    expect(() => new Engine({ flows: [broken, broken], menuFlow: MENU_FLOW, dangerFlow: DANGER_FLOW })).toThrow(/share the id/);
  });
});

describe('stored conversations and changed flows', () => {
  it('a conversation made by these flows is carried on as it is, JSON round trip included', () => {
    for (const c of reachable.values()) {
      const stored = JSON.parse(JSON.stringify(c));
      expect(engine.revive(stored)).toBe(stored);
    }
  });

  it('one made by other flows is checked place by place, and carried on when every place fits', () => {
    for (const c of reachable.values()) {
      const stored = { ...JSON.parse(JSON.stringify(c)), version: 'other flows' };
      expect(engine.revive(stored)).toEqual({ ...stored, version: engine.version });
    }
  });

  it('a place, a history entry or an offer the flows no longer have does not fit', () => {
    const c = { ...mustChoose(mustStart(), DANGER_CHOICE), version: 'other flows' };
    expect(engine.revive({ ...c, at: { flow: 'gone', state: { value: 'main' } } })).toBeUndefined();
    expect(engine.revive({ ...c, at: { flow: DANGER_FLOW, state: { value: 'renamed' } } })).toBeUndefined();
    expect(engine.revive({ ...c, at: { flow: DANGER_FLOW, state: { value: { now: 'deeper' } } } })).toBeUndefined();
    expect(engine.revive({ ...c, at: { flow: DANGER_FLOW, state: { value: null as never } } })).toBeUndefined();
    expect(engine.revive({ ...c, history: [{ flow: MENU_FLOW, state: { value: 'renamed' } }] })).toBeUndefined();
    expect(engine.revive({ ...c, offers: ['gone'] })).toBeUndefined();
  });
});
