// What each choice on a screen is for (its `role` on the wire), worked out from how the flow
// is written so a reviewer never has to label the obvious: `next` and `previous` step through a
// walkthrough, `glossary` explains a word, a choice that hands over to another flow enters a
// topic, anything else is an answer, unless a state says otherwise in `meta.roles`.
import type { AnyStateNode } from 'xstate';
import type { ChoiceRole } from '../../flows/define.js';
import { metaOf, selfAndAncestors } from './nodes.js';

/** A role a state declares for one of its events: the leaf's own word first, then its ancestors'. */
export function declaredRole(leaves: readonly AnyStateNode[], event: string): ChoiceRole | undefined {
  for (const leaf of leaves) {
    for (const node of selfAndAncestors(leaf)) {
      const roles = metaOf(node)?.roles;
      if (roles && Object.hasOwn(roles, event)) return roles[event];
    }
  }
  return undefined;
}

/** Choices whose id says what they are for: walkthrough steps, and the glossary (WORDS in flows/define.ts). */
const NAMED_ROLES: Readonly<Record<string, ChoiceRole>> = { next: 'next', previous: 'previous', glossary: 'glossary' };

export interface RoleContext {
  leaves: readonly AnyStateNode[];
  event: string;
  /** The flow the choice hands over to, if it does. */
  handsOverTo: string | undefined;
  menuFlow: string;
  dangerFlow: string;
}

export function roleOf({ leaves, event, handsOverTo, menuFlow, dangerFlow }: RoleContext): ChoiceRole {
  const declared = declaredRole(leaves, event);
  if (declared) return declared;
  if (Object.hasOwn(NAMED_ROLES, event)) return NAMED_ROLES[event]!;
  if (handsOverTo === menuFlow) return 'menu';
  if (handsOverTo === dangerFlow) return 'danger';
  if (handsOverTo !== undefined) return 'topic';
  return 'answer';
}
