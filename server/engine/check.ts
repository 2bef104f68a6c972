// Content errors are found when the server starts, not when a frightened person reaches the
// broken screen: every state must say something, every key and contact must exist, every
// hand-over must lead to a real flow.
import { CHOICE_ROLES, type Flow } from '../../flows/define.js';
import type { Catalogue } from '../../flows/catalogue.js';
import { allStateNodes, metaOf } from './nodes.js';
import { Words } from './words.js';
import { SAY_ALL_TOPICS, SAY_NONE, SAY_SUGGEST } from './text-keys.js';
import { LIST_TEXT_KEYS } from './my-list.js';

/**
 * Catalogue keys the engine itself shows (global choices, answers to typed text, closed-line
 * fallback). Labels of topics offered for typed text (`routing.topic.<flow>`) come on top.
 */
export const ENGINE_TEXT_KEYS = [
  'choice.danger',
  'choice.menu',
  SAY_SUGGEST,
  SAY_ALL_TOPICS,
  ...SAY_NONE,
  'contact.closed',
  'contact.unconfirmed',
  ...LIST_TEXT_KEYS,
];

export function checkFlows(flows: readonly Flow[], catalogue: Catalogue): string[] {
  const words = new Words(catalogue);
  const hasText = (key: string) => words.has(key);
  const getContact = (id: string) => words.contact(id);
  const problems: string[] = [];
  for (const key of ENGINE_TEXT_KEYS) {
    if (!hasText(key)) problems.push(`the engine's content key "${key}" is missing`);
  }
  for (const contact of Object.values(catalogue.contacts)) {
    if (contact.whenClosed !== undefined && !getContact(contact.whenClosed)) {
      problems.push(`contact "${contact.id}" falls back to unknown contact "${contact.whenClosed}"`);
    }
  }
  const ids = new Set(flows.map((f) => f.id));
  for (const flow of flows) {
    for (const node of allStateNodes(flow.machine.root)) {
      const where = `${flow.id}: state "${node.path.join('.')}"`;
      const meta = metaOf(node);
      problems.push(...checkRoles(where, node.config.on ?? {}, meta?.roles));
      if (node.type === 'compound' || node.type === 'parallel') {
        problems.push(...checkLabels(where, flow.id, node.config.on ?? {}, words));
        continue;
      }
      if (!meta || !Array.isArray(meta.say)) {
        problems.push(`${where} has no meta.say`);
        continue;
      }
      if (meta.goto !== undefined) {
        if (!ids.has(meta.goto)) problems.push(`${where} hands over to unknown flow "${meta.goto}"`);
        continue;
      }
      if (meta.say.length === 0) problems.push(`${where} shows no message`);
      for (const m of meta.say) {
        if (!hasText(m.text)) problems.push(`${where} uses missing content key "${m.text}"`);
        if (m.contact !== undefined && !getContact(m.contact)) {
          problems.push(`${where} names unknown contact "${m.contact}"`);
        }
      }
      problems.push(...checkLabels(where, flow.id, node.config.on ?? {}, words));
    }
    problems.push(...checkSteps(flow));
  }
  return problems;
}

/** Every event a state (leaf or parent) accepts is a choice: a real name, with a label. */
function checkLabels(where: string, flowId: string, on: object, words: Words): string[] {
  const problems: string[] = [];
  for (const event of Object.keys(on)) {
    if (event === '*' || event.startsWith('xstate.')) problems.push(`${where} uses a wildcard or internal event "${event}"`);
    if (!words.hasChoiceLabel(flowId, event)) {
      problems.push(`${where} offers "${event}" with no label ("${flowId}.choice.${event}")`);
    }
  }
  return problems;
}

/** Declared roles name the state's own events and come from the agreed vocabulary. */
function checkRoles(where: string, on: object, roles: Readonly<Record<string, string>> | undefined): string[] {
  if (!roles) return [];
  return Object.entries(roles).flatMap(([event, role]) => [
    ...(Object.hasOwn(on, event) ? [] : [`${where} gives a role to "${event}", which it does not offer`]),
    ...((CHOICE_ROLES as readonly string[]).includes(role) ? [] : [`${where} gives "${event}" an unknown role "${role}"`]),
  ]);
}

/** A walkthrough's steps are numbered 1…M, once each, so "step N of M" never skips or repeats. */
function checkSteps(flow: Flow): string[] {
  const steps = allStateNodes(flow.machine.root)
    .map((n) => metaOf(n)?.step)
    .filter((s): s is number => s !== undefined)
    .sort((a, b) => a - b);
  const expected = steps.map((_, i) => i + 1);
  return steps.join() === expected.join() ? [] : [`${flow.id}: walkthrough steps are ${steps.join(', ')}, not 1 to ${steps.length}`];
}
