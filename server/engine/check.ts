// Content errors are found when the server starts, not when a frightened person reaches the
// broken screen: every state must say something, every key and contact must exist, every
// hand-over must lead to a real flow.
import type { Flow } from '../../flows/define.js';
import { contacts, getContact } from '../../flows/contacts.js';
import { hasText } from '../../flows/content/index.js';
import { allStateNodes, metaOf } from './engine.js';
import { SAY_NONE, SAY_SUGGEST } from './text-keys.js';

/**
 * Catalogue keys the engine itself shows (global choices, answers to typed text, closed-line
 * fallback). Labels of topics offered for typed text (`routing.topic.<flow>`) come on top.
 */
export const ENGINE_TEXT_KEYS = [
  'choice.danger',
  'choice.menu',
  SAY_SUGGEST,
  ...SAY_NONE,
  'contact.closed',
  'contact.unconfirmed',
] as const;

export function checkFlows(flows: readonly Flow[]): string[] {
  const problems: string[] = [];
  for (const key of ENGINE_TEXT_KEYS) {
    if (!hasText(key)) problems.push(`the engine's content key "${key}" is missing`);
  }
  for (const contact of Object.values(contacts) as { id: string; whenClosed?: string }[]) {
    if (contact.whenClosed !== undefined && !getContact(contact.whenClosed)) {
      problems.push(`contact "${contact.id}" falls back to unknown contact "${contact.whenClosed}"`);
    }
  }
  const ids = new Set(flows.map((f) => f.id));
  for (const flow of flows) {
    for (const node of allStateNodes(flow.machine.root)) {
      const where = `${flow.id}: state "${node.path.join('.')}"`;
      const meta = metaOf(node);
      if (node.type === 'compound' || node.type === 'parallel') continue;
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
      for (const event of Object.keys(node.config.on ?? {})) {
        if (event === '*' || event.startsWith('xstate.')) problems.push(`${where} uses a wildcard or internal event "${event}"`);
        if (!hasText(`${flow.id}.choice.${event}`) && !hasText(`choice.${event}`)) {
          problems.push(`${where} offers "${event}" with no label ("${flow.id}.choice.${event}")`);
        }
      }
    }
    problems.push(...checkSteps(flow));
  }
  return problems;
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
