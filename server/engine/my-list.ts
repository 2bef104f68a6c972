// "My list" in the engine: which messages a screen lets a person keep, the list choices a
// screen offers, what each does to the conversation, and the list's own screen. The list is
// only item ids (catalogue keys) in the conversation, so it lives and dies with it: same store,
// same idle expiry, forgotten at once by quick exit.
import type { AnyStateNode } from 'xstate';
import type { Flow, MessageSpec } from '../../flows/define.js';
import { LIST_GROUPS, LIST_LIMIT, type Checklist, type ListGroup } from '../../flows/my-list.js';
import { CHOICE_MAX_CHARS, type ChoiceOut, type MessageOut } from '../protocol.js';
import { conversationOf, type Conversation, type ListNote, type Place } from './conversation.js';
import { allStateNodes, metaOf } from './nodes.js';
import type { Words } from './words.js';
import { deepFreeze } from './freeze.js';

/** Choice ids; only their roles tell a front end what they are for. */
export const LIST_OPEN = 'list';
const ADD = 'list:add';
const ADD_CHECKLIST = 'list:add:';
const REMOVE = 'list:remove:';
const CLEAR = 'list:clear';

/** The list's screen, as a step frame names it. */
export const LIST_VIEW = { flow: 'my-list', node: 'list' } as const;

/** Words the list shows, checked at start and counted as used by the content tests. */
export const LIST_TEXT_KEYS = [
  'list.choice.open',
  'list.choice.add',
  'list.choice.remove',
  'list.choice.clear',
  'list.intro',
  'list.empty',
  ...LIST_GROUPS.map((g) => `list.group.${g}`),
  ...(['added', 'addedChecklist', 'full', 'removed', 'cleared'] satisfies ListNote[]).map((n) => `list.${n}`),
];

interface Item {
  spec: MessageSpec;
  group: ListGroup;
}

/** What a place lets a person keep, and the checklists it offers: worked out once per place. */
interface PlaceItems {
  here: readonly string[];
  checklists: readonly Checklist[];
  /** The choices while the list is empty, by locale: most screens, most of the time. */
  whenEmpty: Map<string, readonly ChoiceOut[]>;
}

/** What a list choice did: the conversation after it, and how many items it added. */
export interface ListChange {
  conversation: Conversation;
  added: number;
}

/**
 * The messages a state lets a person keep: the question a walkthrough step ends with, and any
 * "what to do next" (a person to call when it offers a contact).
 */
function keepable(node: AnyStateNode): Item[] {
  const meta = metaOf(node);
  if (!meta) return [];
  return meta.say.flatMap((spec): Item[] => {
    if (spec.kind === 'next') return [{ spec, group: spec.contact ? 'call' : 'do' }];
    if (spec.kind === 'prompt' && meta.step !== undefined) return [{ spec, group: 'ask' }];
    return [];
  });
}

export class MyList {
  /** Every item a list may hold, by id (its catalogue key). */
  private readonly items = new Map<string, Item>();
  /** Items each state offers, by "flow\nstate path". */
  private readonly byState = new Map<string, readonly string[]>();
  private readonly checklists: readonly Checklist[];
  /** Places are shared objects (PlaceMemo), so this is worked out once for each. */
  private readonly atPlace = new WeakMap<Place, PlaceItems>();
  /** The list's choices as shown, by locale and id: the same object every time. */
  private readonly labelled = new Map<string, ChoiceOut>();
  /** The list's own lines by locale and key, and its items' lines for the current minute. */
  private readonly lineWords = new Map<string, MessageOut>();
  /** Each list's items this engine knows (see held). */
  private readonly heldIn = new WeakMap<readonly string[], readonly string[]>();
  private lines = { minute: -1, byItem: new Map<string, MessageOut>() };

  constructor(
    flows: readonly Flow[],
    /** Flows whose screens offer nothing to keep: the danger triage keeps to its numbers. */
    skip: readonly string[],
    private readonly words: Words,
    /** The leaf states a place is at (the engine reads its machines). */
    private readonly leavesOf: (at: Place) => readonly AnyStateNode[],
  ) {
    this.checklists = words.catalogue.checklists ?? [];
    for (const flow of flows) {
      if (skip.includes(flow.id)) continue;
      for (const node of allStateNodes(flow.machine.root)) {
        const items = keepable(node);
        if (items.length === 0) continue;
        for (const item of items) this.items.set(item.spec.text, item);
        this.byState.set(stateKey(flow.id, node), items.map((i) => i.spec.text));
      }
    }
    for (const list of this.checklists) for (const item of list.items) this.items.set(item.text, { spec: item, group: item.group });
  }

  /** Problems with the list's words and ids, for the start-up check. */
  problems(): string[] {
    // LIST_TEXT_KEYS are among the engine's own, which checkFlows checks.
    const keys = this.checklists.flatMap((c) => [c.label, ...c.items.map((i) => i.text)]);
    return [
      ...keys.filter((k) => !this.words.has(k)).map((k) => `My list's content key "${k}" is missing`),
      ...[...this.items.keys()]
        .filter((id) => REMOVE.length + id.length > CHOICE_MAX_CHARS)
        .map((id) => `the list item "${id}" is too long a key for a choice id`),
    ];
  }

  /** Whether a stored list could be one this engine made (a deploy may drop items: they are skipped). */
  fits(conversation: Conversation): boolean {
    const { list } = conversation;
    return list === undefined || (Array.isArray(list) && list.length <= LIST_LIMIT && list.every((id) => typeof id === 'string'));
  }

  /**
   * The list choices on an ordinary screen: add what it shows, add a checklist, open the list.
   * Asked on every step shown, so what depends only on the place is worked out once.
   */
  choices(conversation: Conversation): readonly ChoiceOut[] {
    const place = this.itemsAt(conversation.at);
    if (conversation.list?.length) return this.choicesWith(conversation, place);
    let known = place.whenEmpty.get(conversation.locale);
    if (!known) {
      known = Object.freeze(this.choicesWith(conversation, place));
      place.whenEmpty.set(conversation.locale, known);
    }
    return known;
  }

  private choicesWith(conversation: Conversation, { here, checklists }: PlaceItems): ChoiceOut[] {
    const { locale } = conversation;
    const count = this.held(conversation).length;
    const room = count < LIST_LIMIT;
    const out: ChoiceOut[] = [];
    if (room && this.anyNotHeld(conversation, here)) out.push(this.choice(locale, ADD, 'list.choice.add', 'list-add'));
    for (const list of checklists) {
      if (room && this.anyNewIn(conversation, list)) out.push(this.checklistChoice(conversation, list));
    }
    if (count > 0) out.push(this.choice(locale, LIST_OPEN, 'list.choice.open', 'list', true));
    return out;
  }

  /** The choices on the list's own screen: remove each item, clear, add a checklist. */
  viewChoices(conversation: Conversation): ChoiceOut[] {
    const { locale } = conversation;
    const held = this.held(conversation);
    const out: ChoiceOut[] = [];
    for (const id of held) out.push(this.removeChoice(locale, id));
    if (held.length > 0) out.push(this.choice(locale, CLEAR, 'list.choice.clear', 'list-clear'));
    if (held.length < LIST_LIMIT) {
      for (const list of this.checklists) if (this.anyNewIn(conversation, list)) out.push(this.checklistChoice(conversation, list));
    }
    return out;
  }

  /**
   * A list choice, if `choice` is one and is offered now; undefined if it is no list choice at
   * all. Only offered choices are accepted: a stale tap (the item already removed) is refused.
   */
  choose(conversation: Conversation, choice: string): ListChange | 'refused' | undefined {
    if (choice !== LIST_OPEN && !choice.startsWith('list:')) return undefined;
    const offered = conversation.listView ? this.viewChoices(conversation) : this.choices(conversation);
    if (!offered.some((c) => c.id === choice)) return 'refused';
    const held = this.held(conversation);
    if (choice === LIST_OPEN) {
      return { conversation: conversationOf(conversation, conversation.list, true, undefined), added: 0 };
    }
    if (choice === CLEAR) return { conversation: withList(conversation, [], 'cleared'), added: 0 };
    if (choice.startsWith(REMOVE)) {
      const id = choice.slice(REMOVE.length);
      return { conversation: withList(conversation, held.filter((i) => i !== id), 'removed'), added: 0 };
    }
    const fresh =
      choice === ADD
        ? this.notHeld(conversation, this.itemsAt(conversation.at).here)
        : this.newIn(conversation, this.checklists.find((c) => ADD_CHECKLIST + c.id === choice)!);
    const room = LIST_LIMIT - held.length;
    const adding = fresh.slice(0, room);
    const note: ListNote = adding.length < fresh.length ? 'full' : choice === ADD ? 'added' : 'addedChecklist';
    return { conversation: withList(conversation, [...held, ...adding], note), added: adding.length };
  }

  /**
   * The list's screen: a line on where it is kept, then the items under their group headings.
   * `minute` is the minute `render` renders for: an item's line (a contact open now or not)
   * holds for that minute, so lines are shared, frozen, until the next.
   */
  viewMessages(conversation: Conversation, minute: number, render: (spec: MessageSpec) => MessageOut[]): MessageOut[] {
    const { locale } = conversation;
    const held = this.held(conversation);
    const out: MessageOut[] = [this.line(locale, held.length > 0 ? 'list.intro' : 'list.empty')];
    if (this.lines.minute !== minute) this.lines = { minute, byItem: new Map() };
    for (const group of LIST_GROUPS) {
      let heading = false;
      for (const id of held) {
        const item = this.items.get(id)!;
        if (item.group !== group) continue;
        if (!heading) out.push(this.line(locale, `list.group.${group}`, group));
        heading = true;
        const key = `${locale}\n${id}`;
        let line = this.lines.byItem.get(key);
        if (!line) {
          // An item shows as its message does in the flow (source, contact open now), without
          // the closed-line fallback: that line is for a screen, not for a note to take away.
          const [shown] = render(item.spec);
          line = deepFreeze({ ...shown!, listGroup: group, listItem: id });
          this.lines.byItem.set(key, line);
        }
        out.push(line);
      }
    }
    return out;
  }

  /** A line of the list's own words (its intro, a group's heading): the same object every time. */
  private line(locale: string, key: string, listGroup?: ListGroup): MessageOut {
    const cacheKey = `${locale}\n${key}`;
    let known = this.lineWords.get(cacheKey);
    if (!known) {
      known = Object.freeze({ text: this.words.text(locale, key), ...(listGroup ? { listGroup } : {}) });
      this.lineWords.set(cacheKey, known);
    }
    return known;
  }

  private removeChoice(locale: string, id: string): ChoiceOut {
    const key = `${locale}\n${REMOVE}${id}`;
    let known = this.labelled.get(key);
    if (!known) {
      const label = `${this.words.text(locale, 'list.choice.remove')}: ${this.words.text(locale, id)}`;
      known = Object.freeze({ id: REMOVE + id, label, role: 'list-remove', item: id });
      this.labelled.set(key, known);
    }
    return known;
  }

  /** The confirmation a list change leaves on the next screen, if any. */
  note(conversation: Conversation): MessageOut | undefined {
    return conversation.listNote ? { text: this.words.text(conversation.locale, `list.${conversation.listNote}`) } : undefined;
  }

  /** The list's items this engine knows, oldest first (kept per list: a list is never changed, only replaced). */
  held(conversation: Conversation): readonly string[] {
    const { list } = conversation;
    if (list === undefined) return NOTHING_HELD;
    let known = this.heldIn.get(list);
    if (!known) this.heldIn.set(list, (known = list.filter((id) => this.items.has(id))));
    return known;
  }

  private checklistChoice(conversation: Conversation, list: Checklist): ChoiceOut {
    return this.choice(conversation.locale, ADD_CHECKLIST + list.id, list.label, 'list-add');
  }

  private choice(locale: string, id: string, label: string, role: ChoiceOut['role'], global?: true): ChoiceOut {
    const key = `${locale}\n${id}`;
    let known = this.labelled.get(key);
    if (!known) {
      known = Object.freeze({ id, label: this.words.text(locale, label), role, ...(global ? { global } : {}) });
      this.labelled.set(key, known);
    }
    return known;
  }

  private itemsAt(at: Place): PlaceItems {
    let known = this.atPlace.get(at);
    if (!known) {
      const here = this.leavesOf(at).flatMap((leaf) => this.byState.get(stateKey(at.flow, leaf)) ?? []);
      known = {
        here: [...new Set(here)],
        checklists: this.checklists.filter((c) => c.offeredIn.includes(at.flow)),
        whenEmpty: new Map(),
      };
      this.atPlace.set(at, known);
    }
    return known;
  }

  private newIn(conversation: Conversation, list: Checklist): string[] {
    return this.notHeld(conversation, list.items.map((i) => i.text));
  }

  private notHeld(conversation: Conversation, ids: readonly string[]): string[] {
    const held = new Set(conversation.list ?? []);
    return ids.filter((id) => !held.has(id));
  }

  /** Whether any of `ids` is not on the list yet (asked on every screen, so nothing is built). */
  private anyNotHeld({ list }: Conversation, ids: readonly string[]): boolean {
    return list === undefined ? ids.length > 0 : ids.some((id) => !list.includes(id));
  }

  private anyNewIn({ list }: Conversation, checklist: Checklist): boolean {
    return checklist.items.some((item) => list === undefined || !list.includes(item.text));
  }
}

const NOTHING_HELD: readonly string[] = Object.freeze([]);

function stateKey(flow: string, node: AnyStateNode): string {
  return `${flow}\n${node.path.join('.')}`;
}

/** A conversation without what lasts one screen only: the list's screen and its confirmation. */
export function settled(conversation: Conversation): Conversation {
  if (conversation.listView === undefined && conversation.listNote === undefined) return conversation;
  return conversationOf(conversation, conversation.list, undefined, undefined);
}

function withList(conversation: Conversation, list: string[], note: ListNote): Conversation {
  return conversationOf(conversation, list.length > 0 ? list : undefined, conversation.listView, note);
}
