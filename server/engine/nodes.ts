// Reading a flow machine's state nodes: which leaves a state value points at, what they show,
// and which events they accept. The engine, the start-up check and the content tests all read
// flows this way, so they agree on what a screen offers.
import type { AnyStateMachine, AnyStateNode, StateValue } from 'xstate';
import type { StepMeta } from '../../flows/define.js';

export function metaOf(node: AnyStateNode): StepMeta | undefined {
  return node.meta as StepMeta | undefined;
}

/** The atomic or final state nodes a state value points at. */
export function activeLeaves(machine: AnyStateMachine, value: StateValue): AnyStateNode[] {
  return leavesUnder(machine.root, value);
}

function leavesUnder(node: AnyStateNode, value: StateValue): AnyStateNode[] {
  if (typeof value === 'string') return [childOf(node, value)];
  return Object.entries(value).flatMap(([key, sub]) =>
    sub === undefined ? [childOf(node, key)] : leavesUnder(childOf(node, key), sub as StateValue),
  );
}

export function childOf(node: AnyStateNode, key: string): AnyStateNode {
  const child = Object.hasOwn(node.states, key) ? node.states[key] : undefined;
  if (!child) throw new Error(`state "${key}" does not exist in "${node.id}"`);
  return child;
}

export function leafMetas(machine: AnyStateMachine, value: StateValue): StepMeta[] {
  return activeLeaves(machine, value)
    .map(metaOf)
    .filter((m): m is StepMeta => m !== undefined);
}

export function allStateNodes(node: AnyStateNode): AnyStateNode[] {
  return Object.values(node.states).flatMap((child) => [child, ...allStateNodes(child)]);
}

/** A node, then its parent, and so on up to (not including) the machine's root. */
export function selfAndAncestors(node: AnyStateNode): AnyStateNode[] {
  const line: AnyStateNode[] = [];
  for (let n: AnyStateNode | undefined = node; n && n.parent; n = n.parent) line.push(n);
  return line;
}

/**
 * The events the leaves accept, as XState resolves them: each leaf's own `on` first, then its
 * ancestors' (nearest first), each event once. A leaf's own handler wins over an ancestor's
 * for the same event; the event is offered once either way.
 */
export function eventsAt(leaves: readonly AnyStateNode[]): string[] {
  const events = new Set<string>();
  for (const leaf of leaves) {
    for (const node of selfAndAncestors(leaf)) {
      for (const event of Object.keys(node.config.on ?? {})) events.add(event);
    }
  }
  return [...events];
}
