// Shared helpers for the content tests: the engine over the real flows, and walks over them.
import { flows, MENU_FLOW, DANGER_FLOW } from '../../flows/index.js';
import { Engine } from '../../server/engine/engine.js';
import { activeLeaves, allStateNodes, metaOf } from '../../server/engine/nodes.js';
import type { Conversation } from '../../server/engine/conversation.js';
import type { MessageSpec, StepMeta } from '../../flows/define.js';
import type { AnyStateNode } from 'xstate';

export { flows, MENU_FLOW, DANGER_FLOW };

export function makeEngine(now?: Date): Engine {
  return new Engine({ flows, menuFlow: MENU_FLOW, dangerFlow: DANGER_FLOW, ...(now ? { now: () => now } : {}) });
}

export const engine = makeEngine();

export const placeKey = (c: Conversation) => `${c.at.flow}:${JSON.stringify(c.at.state.value)}`;

export function mustStart(flow?: string, e: Engine = engine): Conversation {
  const r = e.start('en', flow);
  if (!r.ok) throw new Error(r.message);
  return r.conversation;
}

export function mustChoose(c: Conversation, choice: string, e: Engine = engine): Conversation {
  const r = e.choose(c, choice);
  if (!r.ok) throw new Error(`${placeKey(c)} refused ${choice}: ${r.message}`);
  return r.conversation;
}

/** The state node a conversation is at (flows here have no parallel states). */
export function nodeAt(c: Conversation): AnyStateNode {
  const flow = flows.find((f) => f.id === c.at.flow)!;
  const [leaf] = activeLeaves(flow.machine, c.at.state.value);
  return leaf!;
}

/** Every leaf state (atomic or final) of every flow, with its meta. */
export function allLeaves(): { flow: string; node: AnyStateNode; meta: StepMeta }[] {
  return flows.flatMap((flow) =>
    allStateNodes(flow.machine.root)
      .filter((n) => n.type === 'atomic' || n.type === 'final')
      .map((node) => ({ flow: flow.id, node, meta: metaOf(node)! })),
  );
}

/** Every message of every state, with where it is shown. */
export function allMessages(): { flow: string; state: string; spec: MessageSpec }[] {
  return allLeaves().flatMap(({ flow, node, meta }) =>
    meta.say.map((spec) => ({ flow, state: node.path.join('.'), spec })),
  );
}

/**
 * Breadth-first over what a person can tap from the main menu, excluding the global choices
 * (danger, menu), so the depth is the number of taps the menu needs to reach a place.
 */
export function tapsFromMenu(): Map<string, { taps: number; conversation: Conversation }> {
  const seen = new Map<string, { taps: number; conversation: Conversation }>();
  const queue: { taps: number; conversation: Conversation }[] = [{ taps: 0, conversation: mustStart() }];
  while (queue.length > 0) {
    const item = queue.shift()!;
    const k = placeKey(item.conversation);
    if (seen.has(k)) continue;
    seen.set(k, item);
    for (const choice of engine.choiceIds(item.conversation.at)) {
      if (choice === 'danger' || choice === 'menu') continue;
      queue.push({ taps: item.taps + 1, conversation: mustChoose(item.conversation, choice) });
    }
  }
  return seen;
}
