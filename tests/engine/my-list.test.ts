// "My list" in the engine, over the real flows and catalogue: what can be kept, the list's
// screen, removing and clearing, the "Before the conference" checklist, the limit, and that the
// list lives only in the conversation.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { beforeConference, checklists, LIST_LIMIT } from '../../flows/my-list.js';
import type { Conversation } from '../../server/engine/conversation.js';
import type { Result } from '../../server/engine/engine.js';
import type { ChoiceOut, StepFrame } from '../../server/protocol.js';
import { allMessages, makeEngine, mustChoose, mustStart } from '../flows/support.js';

// A Tuesday at 11:00 UK time: the Family Rights Group line is open.
const engine = makeEngine(new Date('2026-11-24T11:00:00Z'));
const step = (c: Conversation): StepFrame => engine.render(c, 'token');
const byRole = (c: Conversation, role: ChoiceOut['role']) => step(c).choices.filter((ch) => ch.role === role);
const choose = (c: Conversation, id: string) => mustChoose(c, id, engine);
const moved = (r: Result) => {
  if (!r.ok) throw new Error(r.message);
  return r;
};

const processStep1 = () => mustStart('process', engine);

describe('adding to My list', () => {
  it('a walkthrough step offers to keep its question, and says so in words once kept', () => {
    const first = processStep1();
    // Its question, and (the process leads to a conference) the checklist.
    expect(byRole(first, 'list-add').map((c) => [c.id, c.label])).toEqual([
      ['list:add', 'Add to my list'],
      ['list:add:conference', 'Add the “Before the conference” checklist to my list'],
    ]);
    // Nothing is kept yet, so "My list" is not offered.
    expect(byRole(first, 'list')).toEqual([]);

    const result = moved(engine.choose(first, 'list:add'));
    expect(result.events).toEqual([{ type: 'listed', items: 1 }]);
    const added = result.conversation;
    expect(added.list).toEqual(['process.concern.ask']);
    // Same place, confirmed first; the question is kept, so it is no longer offered.
    const frame = step(added);
    expect(frame.node).toBe(step(first).node);
    expect(frame.messages[0]!.text).toBe('Added to My list. Choose “My list” at any time to see it.');
    expect(byRole(added, 'list-add').map((c) => c.id)).toEqual(['list:add:conference']);
    expect(byRole(added, 'list')).toEqual([{ id: 'list', label: 'My list', role: 'list', global: true }]);
    // The confirmation lasts one screen.
    expect(step(choose(added, 'next')).messages.map((m) => m.text)).not.toContain(frame.messages[0]!.text);
  });

  it('"My list" is then offered on every screen, after the other global choices, the triage included', () => {
    const kept = choose(processStep1(), 'list:add');
    const elsewhere = [
      choose(kept, 'next'),
      choose(engine.restart(kept).conversation, 'worried'),
      choose(kept, 'danger'),
      choose(choose(engine.restart(kept).conversation, 'involved'), 'conference'),
    ];
    for (const c of elsewhere) {
      const { choices } = step(c);
      expect(choices.at(-1), `${c.at.flow}`).toEqual({ id: 'list', label: 'My list', role: 'list', global: true });
    }
  });

  it('an outcome offers its next step; one with a number to call keeps it with the contact', () => {
    let c = processStep1();
    while (!step(c).final) c = choose(c, step(c).choices.find((ch) => ch.role === 'next')?.id ?? 'done');
    expect(byRole(c, 'list-add').map((ch) => ch.id)).toContain('list:add');
    const shown = step(choose(choose(c, 'list:add'), 'list'));
    const call = shown.messages.find((m) => m.listItem === 'process.end.next');
    expect(call).toMatchObject({ listGroup: 'call', contact: { id: 'familyRightsGroup', number: '0808 801 0366', openNow: true } });
  });

  it('the danger triage and the menu offer nothing to keep', () => {
    expect(byRole(mustStart('danger', engine), 'list-add')).toEqual([]);
    expect(byRole(mustStart(undefined, engine), 'list-add')).toEqual([]);
  });

  it('refuses a list choice that is not on screen, and changes nothing', () => {
    const menu = mustStart(undefined, engine);
    expect(engine.choose(menu, 'list:add')).toMatchObject({ ok: false, code: 'unknown_choice' });
    expect(engine.choose(menu, 'list')).toMatchObject({ ok: false, code: 'unknown_choice' });
    expect(engine.choose(menu, 'list:remove:process.concern.ask')).toMatchObject({ ok: false, code: 'unknown_choice' });
    const kept = choose(processStep1(), 'list:add');
    // Once kept, the same question cannot be added twice.
    expect(engine.choose(kept, 'list:add')).toMatchObject({ ok: false, code: 'unknown_choice' });
    expect(engine.choose(kept, 'list:add:nonsense')).toMatchObject({ ok: false, code: 'unknown_choice' });
  });
});

describe('the list’s screen', () => {
  const walkAndKeep = () => {
    const one = choose(processStep1(), 'list:add');
    const conference = choose(choose(engine.restart(one).conversation, 'involved'), 'conference');
    return choose(conference, 'list:add');
  };

  it('shows the items grouped, each removable, with Clear, the menu and danger', () => {
    const open = choose(walkAndKeep(), 'list');
    const frame = step(open);
    expect(frame).toMatchObject({ flow: 'my-list', node: 'list', canGoBack: true, final: false });
    expect(frame.messages.map((m) => [m.text, m.listGroup, m.listItem])).toEqual([
      ['My list. It is kept only while you use the guide. Quick exit forgets it at once.', undefined, undefined],
      ['Questions to ask', 'ask', undefined],
      ['Ask: what exactly are you worried about?', 'ask', 'process.concern.ask'],
      ['Ask the social worker: who will be there, and what will happen?', 'ask', 'conference.whatItIs.ask'],
    ]);
    expect(frame.choices.map((c) => [c.id, c.role, c.item])).toEqual([
      ['list:remove:process.concern.ask', 'list-remove', 'process.concern.ask'],
      ['list:remove:conference.whatItIs.ask', 'list-remove', 'conference.whatItIs.ask'],
      ['list:clear', 'list-clear', undefined],
      ['list:add:conference', 'list-add', undefined],
      ['menu', 'menu', undefined],
      ['danger', 'danger', undefined],
    ]);
    expect(frame.choices[0]!.label).toBe('Remove: Ask: what exactly are you worried about?');
    // Only what the screen shows can be chosen: the step underneath is not on screen.
    expect(engine.choose(open, 'next')).toMatchObject({ ok: false, code: 'unknown_choice' });
  });

  it('Back returns to the screen it was opened over; the menu and danger leave it', () => {
    const kept = walkAndKeep();
    const open = choose(kept, 'list');
    const back = moved(engine.back(open)).conversation;
    expect(step(back).node).toBe(step(kept).node);
    expect(back.history).toEqual(kept.history);
    expect(step(choose(open, 'danger')).flow).toBe('danger');
    expect(step(choose(open, 'menu')).flow).toBe('menu');
  });

  it('removes one item, then clears the rest, confirming each', () => {
    const open = choose(walkAndKeep(), 'list');
    const removed = moved(engine.choose(open, 'list:remove:process.concern.ask'));
    expect(removed.events).toEqual([]);
    expect(removed.conversation.list).toEqual(['conference.whatItIs.ask']);
    expect(step(removed.conversation).messages[0]!.text).toBe('Removed from My list.');
    // A second tap on the same Remove is refused: the item is gone.
    expect(engine.choose(removed.conversation, 'list:remove:process.concern.ask')).toMatchObject({ ok: false });
    const cleared = choose(removed.conversation, 'list:clear');
    expect(cleared.list).toBeUndefined();
    const frame = step(cleared);
    expect(frame.messages.map((m) => m.text)).toEqual([
      'My list is now empty.',
      'Your list is empty. Choose “Add to my list” on a step to keep a question or a next step here.',
    ]);
    expect(frame.choices.map((c) => c.role)).toEqual(['list-add', 'menu', 'danger']);
    // With nothing kept, leaving the list leaves "My list" off the screens.
    expect(byRole(moved(engine.back(cleared)).conversation, 'list')).toEqual([]);
  });
});

describe('the “Before the conference” checklist', () => {
  it('is offered in the conference walkthrough and adds every item in one tap, grouped', () => {
    const conference = mustStart('conference', engine);
    const offer = byRole(conference, 'list-add').find((c) => c.id === 'list:add:conference');
    expect(offer?.label).toBe('Add the “Before the conference” checklist to my list');
    const result = moved(engine.choose(conference, 'list:add:conference'));
    expect(result.events).toEqual([{ type: 'listed', items: beforeConference.items.length }]);
    expect(step(result.conversation).messages[0]!.text).toBe('Added the checklist to My list. Choose “My list” at any time to see it.');
    const frame = step(choose(result.conversation, 'list'));
    const items = frame.messages.filter((m) => m.listItem);
    expect(items.map((m) => m.listItem)).toEqual([
      'list.conference.report',
      'list.conference.explain',
      'list.conference.chair',
      'list.conference.bring',
      'list.conference.dates',
    ]);
    expect(frame.messages.filter((m) => m.listGroup && !m.listItem).map((m) => m.text)).toEqual([
      'Questions to ask',
      'Things to do',
    ]);
    for (const m of items) expect(m.sourceTitle, m.listItem).toBeDefined();
    // All added: not offered again.
    expect(byRole(result.conversation, 'list-add').map((c) => c.id)).not.toContain('list:add:conference');
  });

  it('each item rests on words really in the seed it names', () => {
    const seeds = fileURLToPath(new URL('../../docs/seeds/', import.meta.url));
    const text = (file: string) => readFileSync(`${seeds}${file}`, 'utf8').replace(/\s+/g, ' ');
    expect(readdirSync(seeds)).toEqual(expect.arrayContaining(checklists.flatMap((c) => c.items.map((i) => i.source))));
    for (const item of checklists.flatMap((c) => c.items)) {
      expect(item.evidence, item.text).toBeTruthy();
      expect(text(item.source!), item.text).toContain(item.evidence);
    }
  });
});

describe('the list’s limits and lifetime', () => {
  const keepable = [...new Set(allMessages().filter((m) => m.spec.kind === 'next' && m.flow !== 'danger' && m.flow !== 'menu').map((m) => m.spec.text))];

  it(`holds at most ${LIST_LIMIT} items: past that it says it is full and stops offering`, () => {
    expect(keepable.length).toBeGreaterThan(LIST_LIMIT);
    const nearlyFull = { ...mustStart('conference', engine), list: keepable.slice(0, LIST_LIMIT - 1) };
    const result = moved(engine.choose(nearlyFull, 'list:add:conference'));
    expect(result.events).toEqual([{ type: 'listed', items: 1 }]);
    expect(result.conversation.list).toHaveLength(LIST_LIMIT);
    expect(step(result.conversation).messages[0]!.text).toBe('My list is full. Remove something to make room.');
    expect(byRole(result.conversation, 'list-add')).toEqual([]);
  });

  it('holds only catalogue keys: a stored list that is too long or not strings is not carried on', () => {
    const c = mustStart(undefined, engine);
    const full = { ...c, list: keepable.slice(0, LIST_LIMIT) };
    expect(engine.revive(full)).toBe(full);
    expect(engine.revive({ ...c, list: keepable.slice(0, LIST_LIMIT + 1) })).toBeUndefined();
    expect(engine.revive({ ...c, list: [1, 2] as unknown as string[] })).toBeUndefined();
    expect(engine.revive({ ...c, version: 'older flows', list: ['x'.repeat(3)] })).toMatchObject({ list: ['xxx'] });
    // An item a later release no longer has is skipped, not shown as a bare key.
    const shown = step(choose({ ...c, list: ['gone.key', keepable[0]!] }, 'list'));
    expect(shown.messages.filter((m) => m.listItem).map((m) => m.listItem)).toEqual([keepable[0]]);
  });

  it('Start again keeps the list; a new conversation has none', () => {
    const kept = choose(processStep1(), 'list:add');
    expect(engine.restart(kept).conversation.list).toEqual(['process.concern.ask']);
    expect(mustStart(undefined, engine).list).toBeUndefined();
  });

  it('every list choice id fits the protocol’s limit', () => {
    for (const id of keepable) expect(`list:remove:${id}`.length).toBeLessThanOrEqual(64);
  });
});
