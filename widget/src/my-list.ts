// The "My list" screen: the server sends it as a step whose messages carry `listGroup` (group
// headings and items) and `listItem` (items), with a `list-remove` choice per item. Here it is
// drawn as headed lists, each item with its Remove button, and a Print button that prints the
// list alone (print.ts). Recognised by fields and roles, never by flow or choice ids.
import type { ChoiceOut, MessageOut, StepFrame } from '../../server/protocol.js';
import { h } from './dom.js';
import { printOnly } from './print.js';
import { words } from './words.js';

/** Whether a step is the list's screen with something on it. */
export function isListScreen(step: StepFrame): boolean {
  return step.messages.some((m) => m.listItem !== undefined);
}

/** The choices drawn beside the items rather than with the others. */
export function placedInList(step: StepFrame, choice: ChoiceOut): boolean {
  return choice.role === 'list-remove' && choice.item !== undefined && step.messages.some((m) => m.listItem === choice.item);
}

export interface ListParts {
  /** How the widget draws an ordinary message (text, call link, source). */
  message: (m: MessageOut) => HTMLElement;
  /** A button that sends a choice, as every other choice button does. */
  choiceButton: (c: ChoiceOut) => HTMLButtonElement;
  /** The neutral title printed above the list (`data-print-title`). */
  printTitle: string;
  /** Tells the server a list was printed (counted, never its content). */
  printed: () => void;
}

/** The list's messages: intro lines as usual, then each group under its heading. */
export function listContent(step: StepFrame, parts: ListParts): Node[] {
  const nodes: Node[] = [];
  let list: HTMLElement | undefined;
  for (const m of step.messages) {
    if (m.listGroup === undefined) {
      nodes.push(parts.message(m));
      list = undefined;
    } else if (m.listItem === undefined) {
      list = h('ul', { class: 'items' });
      nodes.push(h('h3', null, m.text), list);
    } else {
      const remove = step.choices.find((c) => c.role === 'list-remove' && c.item === m.listItem);
      const button = remove && parts.choiceButton(remove);
      if (button) {
        button.textContent = words.remove;
        button.setAttribute('aria-label', remove.label);
      }
      if (!list) nodes.push((list = h('ul', { class: 'items' })));
      list.append(h('li', null, parts.message(m), button));
    }
  }
  nodes.push(h('button', { type: 'button', class: 'print', onclick: () => print(step, parts) }, words.printList));
  return nodes;
}

function print(step: StepFrame, parts: ListParts): void {
  const groups: { heading: string; items: string[] }[] = [];
  for (const m of step.messages) {
    if (m.listGroup === undefined) continue;
    if (m.listItem === undefined) groups.push({ heading: m.text, items: [] });
    else groups.at(-1)?.items.push(printed(m));
  }
  printOnly(parts.printTitle, groups);
  parts.printed();
}

/** An item as it reads on paper: a number with its hours (whether it is open now would go stale). */
function printed(m: MessageOut): string {
  const c = m.contact;
  return c ? `${m.text} ${c.name}: ${c.number}. ${c.hours}.` : m.text;
}
