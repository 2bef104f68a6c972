// Content errors are found when the server starts, not when a frightened person reaches the
// broken screen: every state must say something, every key and contact must exist, every
// hand-over must lead to a real flow.
import type { Flow } from '../../flows/define.js';
import { getContact } from '../../flows/contacts.js';
import { hasText } from '../../flows/content/index.js';
import { allStateNodes, metaOf } from './engine.js';

export function checkFlows(flows: readonly Flow[]): string[] {
  const problems: string[] = [];
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
        if (!hasText(`${flow.id}.choice.${event}`) && !hasText(`choice.${event}`)) {
          problems.push(`${where} offers "${event}" with no label ("${flow.id}.choice.${event}")`);
        }
      }
    }
  }
  return problems;
}
