// Every path of every flow, walked with @xstate/graph: each one ends at an outcome that says
// what to do next (or hands over to another flow), nothing is a dead end, and every topic
// is at most two taps from the main menu.
import { describe, expect, it } from 'vitest';
import { getAdjacencyMap, getSimplePaths } from 'xstate/graph';
import { activeLeaves, eventsAt, metaOf } from '../../server/engine/nodes.js';
import { allLeaves, engine, flows, mustChoose, mustStart, placeKey, tapsFromMenu } from './support.js';

const TOPIC_FLOWS = [
  'danger',
  'scared-to-report',
  'removal',
  'social-worker-contact',
  'conference',
  'process',
  'plan',
  'delays',
  'social-worker-problems',
  'one-off',
  'leave-or-remove',
  'child-taken',
  'malicious-reports',
  'support',
  'do-i-have-to-agree',
  'who-sees-what',
  'leaving-safely',
  'what-counts-as-abuse',
  'legal-help',
  'glossary',
];

let pathsWalked = 0;

describe('every path of every flow', () => {
  for (const flow of flows) {
    it(`${flow.id}: every simple path ends at an outcome with a next step, or hands over`, () => {
      const paths = getSimplePaths(flow.machine);
      expect(paths.length).toBeGreaterThan(0);
      const ends = paths.filter((p) => p.state.status === 'done');
      expect(ends.length).toBeGreaterThan(0);
      for (const path of paths) {
        const [leaf] = activeLeaves(flow.machine, path.state.value);
        const meta = metaOf(leaf!)!;
        const own = eventsAt([leaf!]);
        const where = `${flow.id}: ${path.steps.map((s) => s.event.type).join(' → ')} → ${leaf!.key}`;
        if (leaf!.type === 'final') {
          if (meta.goto) {
            expect(flows.map((f) => f.id), where).toContain(meta.goto);
          } else {
            const nexts = meta.say.filter((m) => m.kind === 'next');
            expect(nexts.length, `${where} ends with nothing to do next`).toBeGreaterThan(0);
            expect(meta.say.at(-1)!.kind, `${where}: the next step comes last`).toBe('next');
          }
        } else {
          expect(own.length, `${where} is a dead end`).toBeGreaterThan(0);
        }
      }
      pathsWalked += ends.length;
    });
  }

  it('the engine offers at every state exactly the events XState’s graph follows', () => {
    for (const flow of flows) {
      for (const { state, transitions } of Object.values(getAdjacencyMap(flow.machine, {}))) {
        if (state.status === 'done') continue;
        const graph = Object.values(transitions as Record<string, { event: { type: string } }>).map((t) => t.event.type);
        const own = engine.choiceIds({ flow: flow.id, state: { value: state.value } }).filter((id) => id !== 'danger' && id !== 'menu');
        expect([...own].sort(), `${flow.id} ${JSON.stringify(state.value)}`).toEqual(graph.sort());
      }
    }
  });

  it('walked every path (the count is reported, and is not zero)', () => {
    expect(pathsWalked).toBeGreaterThan(40);
    console.info(`content: ${flows.length} flows, ${allLeaves().length} states, ${pathsWalked} complete paths walked`);
  });

  it('from every state some path still reaches an outcome (no loops without a way out)', () => {
    for (const flow of flows) {
      const all = getSimplePaths(flow.machine);
      for (const path of all) {
        const onward = getSimplePaths(flow.machine, { fromState: path.state });
        expect(onward.some((p) => p.state.status === 'done'), `${flow.id}: stuck after ${JSON.stringify(path.state.value)}`).toBe(true);
      }
    }
  });
});

describe('the main menu', () => {
  const reached = tapsFromMenu();

  it('reaches every topic flow in at most two taps (danger in one, from every screen)', () => {
    const fewest = new Map<string, number>();
    for (const { taps, conversation } of reached.values()) {
      const f = conversation.at.flow;
      fewest.set(f, Math.min(fewest.get(f) ?? Infinity, taps));
    }
    for (const id of TOPIC_FLOWS.filter((f) => f !== 'danger')) {
      expect(fewest.get(id), `${id} from the menu`).toBeLessThanOrEqual(2);
    }
    expect(engine.choiceIds(mustStart().at)).toContain('danger');
    expect(mustChoose(mustStart(), 'danger').at.flow).toBe('danger');
  });

  it('keeps every menu short: no screen offers more than 8 choices of its own', () => {
    const long = allLeaves()
      .filter(({ node }) => Object.keys(node.config.on ?? {}).length > 8)
      .map(({ flow, node }) => `${flow}.${node.key}: ${Object.keys(node.config.on ?? {}).length}`);
    expect(long).toEqual([]);
    expect(Object.keys(flows.find((f) => f.id === 'menu')!.machine.root.states.main!.config.on ?? {}).length).toBeLessThanOrEqual(6);
  });

  it('has exactly the fixed flow ids (typed-text routing names them)', () => {
    expect(flows.map((f) => f.id).sort()).toEqual(['menu', ...TOPIC_FLOWS].sort());
  });

  it('reaches every state of every flow by tapping (no orphan content)', () => {
    const keys = new Set([...reached.keys()]);
    // The danger flow is reached through the global choice; walk it too.
    const dangerWalk = [mustStart('danger')];
    for (const c of dangerWalk) {
      keys.add(placeKey(c));
      for (const ch of engine.choiceIds(c.at)) {
        if (ch === 'menu') continue;
        const next = mustChoose(c, ch);
        if (!keys.has(placeKey(next))) dangerWalk.push(next);
      }
    }
    const missing = allLeaves()
      .filter(({ meta }) => !meta.goto)
      .map(({ flow, node }) => `${flow}:${JSON.stringify(node.key)}`)
      .filter((k) => !keys.has(k));
    expect(missing).toEqual([]);
  });
});
