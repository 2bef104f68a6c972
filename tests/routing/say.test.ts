// Typed text over a real socket: danger is heard from any state, a clear topic is entered, an
// unsure one is offered as choices, and text about nothing known is answered kindly. Back,
// Start again and the danger choice keep working around all of it.
import { danger } from '../../flows/danger.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatClient, startServer, type TestServer } from '../support/server.js';
import { engineWithEveryTopic } from './support.js';
import { flows } from '../../flows/index.js';

let plain: TestServer; // the app as it ships on this branch
let topics: TestServer; // the same, with every routing topic registered
beforeAll(async () => {
  plain = await startServer();
  topics = await startServer({ engine: engineWithEveryTopic() });
});
afterAll(async () => {
  await plain?.close();
  await topics?.close();
});

async function started(server: TestServer, frame: object = { type: 'start' }) {
  const client = await ChatClient.connect(server.wsUrl);
  const first = await client.request(frame);
  return { client, first };
}

const ids = (step: any): string[] => step.choices.map((c: any) => c.id);
const expectTriage = (step: any) => {
  expect(step).toMatchObject({ type: 'step', flow: 'danger', node: 'now' });
  const tels = step.messages.map((m: any) => m.contact?.tel);
  expect(tels[0]).toBe('999');
  expect(tels).toContain('08082000247');
};

describe('danger first', () => {
  it('answers a danger message with the triage from the main menu, and Back returns', async () => {
    const { client, first } = await started(plain);
    const step = await client.request({ type: 'say', text: "I can't talk he's in the next room" });
    expectTriage(step);
    expect(step.canGoBack).toBe(true);
    expect(await client.request({ type: 'back' })).toEqual(first);
    client.close();
  });

  it('answers from an outcome screen, from inside the triage, and after a "Did you mean"', async () => {
    const { client } = await started(plain);
    await client.request({ type: 'choose', choice: 'about' });
    expectTriage(await client.request({ type: 'say', text: 'hes got a knife' }));

    const scared = await client.request({ type: 'choose', choice: 'not-right-now' });
    expect(scared.node).toBe('scared');
    expectTriage(await client.request({ type: 'say', text: 'HE IS OUTSIDE' }));
    expect(await client.request({ type: 'back' })).toEqual(scared);
    client.close();

    const other = await started(topics);
    const unsure = await other.client.request({ type: 'say', text: 'meeting' });
    expect(ids(unsure).some((id) => id.startsWith('answer:'))).toBe(true);
    const triage = await other.client.request({ type: 'say', text: 'hes got a knife' });
    expectTriage(triage);
    // The earlier offers are gone: a knife matches no answer, so nothing is offered beside the triage.
    expect(triage.choices.some((c: any) => c.offer)).toBe(false);
    other.client.close();
  });

  it('stays on the triage (no extra Back step) when already there', async () => {
    const { client, first } = await started(plain, { type: 'start', flow: 'danger' });
    const again = await client.request({ type: 'say', text: 'help' });
    expectTriage(again);
    expect(again.canGoBack).toBe(first.canGoBack);
    client.close();
  });

  it('offers an answer that also matched beside the triage, after its own choices', async () => {
    const { client } = await started(topics);
    const step = await client.request({ type: 'say', text: 'my ex keeps making malicious reports and now he is outside' });
    expectTriage(step);
    const choiceIds = ids(step);
    const triageOwn = Object.keys(danger.machine.root.states[danger.machine.config.initial as string]!.config.on ?? {});
    expect(triageOwn.length).toBeGreaterThan(0);
    expect(choiceIds.slice(0, triageOwn.length)).toEqual(triageOwn);
    expect(choiceIds).toContain('answer:malicious-reports.answer');
    const offered = step.choices.find((c: any) => c.id === 'answer:malicious-reports.answer');
    expect(offered).toMatchObject({ label: 'My ex keeps making false reports about me', offer: true });
    expect(await client.request({ type: 'choose', choice: 'answer:malicious-reports.answer' })).toMatchObject({
      flow: 'malicious-reports',
      node: 'answer',
    });
    client.close();
  });

  it('hears danger in the Welsh locale', async () => {
    const { client } = await started(plain, { type: 'start', locale: 'cy' });
    expectTriage(await client.request({ type: 'say', text: 'mae o tu allan' }));
    client.close();
  });
});

describe('answers', () => {
  it('goes straight to the state that answers, with Back to its topic’s start and then to where the person typed', async () => {
    const { client, first } = await started(topics);
    const step = await client.request({ type: 'say', text: 'can my mum look after the kids for a while' });
    expect(step).toMatchObject({ type: 'step', flow: 'support', node: 'kinship', canGoBack: true });
    const start = await client.request({ type: 'back' });
    expect(start).toMatchObject({ flow: 'support', node: 'start' });
    expect(await client.request({ type: 'back' })).toEqual(first);
    client.close();
  });

  it('enters a topic’s start when that is the answer, with Back to where the person typed', async () => {
    const { client, first } = await started(topics);
    const step = await client.request({ type: 'say', text: 'what is a child protection plan' });
    expect(step).toMatchObject({ flow: 'plan', node: 'start', canGoBack: true });
    expect(await client.request({ type: 'back' })).toEqual(first);
    client.close();
  });

  it('asks a short "Did you mean…": one line, two or three answers, 999 and "See all topics", not the screen again', async () => {
    const { client, first } = await started(topics);
    const step = await client.request({ type: 'say', text: 'meeting' });
    expect(step).toMatchObject({ flow: 'menu', node: 'main' });
    expect(step.messages).toHaveLength(2);
    expect(step.messages[0].text).toMatch(/Did you mean/);
    // Unsure text may come from someone in danger: 999 is shown with the suggestions.
    expect(step.messages[1]).toMatchObject({ text: expect.stringMatching(/999/), contact: { tel: '999' } });
    const offers = step.choices.filter((c: any) => c.offer);
    expect(offers.length).toBeGreaterThanOrEqual(2);
    expect(offers.length).toBeLessThanOrEqual(3);
    expect(offers.every((c: any) => c.id.startsWith('answer:') && c.label.length > 0)).toBe(true);
    // The offers, then "See all topics", then the danger choice: none of the menu's own choices.
    expect(ids(step)).toEqual([...offers.map((c: any) => c.id), 'menu', 'danger']);
    expect(step.choices[offers.length]).toMatchObject({ id: 'menu', label: 'See all topics' });

    const target = offers[0].id.slice('answer:'.length) as string;
    const [flow, node] = [target.slice(0, target.indexOf('.')), target.slice(target.indexOf('.') + 1)];
    const entered = await client.request({ type: 'choose', choice: offers[0].id });
    expect(entered).toMatchObject({ flow, node, canGoBack: true });
    // Back leads to the topic's start (unless the answer is its start), then to the menu as it
    // was before the typing, offers gone.
    let back = await client.request({ type: 'back' });
    if (back.flow === flow) {
      expect(back.node).not.toBe(node);
      back = await client.request({ type: 'back' });
    }
    expect(back).toEqual(first);
    client.close();
  });

  it('"See all topics" leads to the main menu from wherever the person typed', async () => {
    const { client } = await started(topics);
    await client.request({ type: 'choose', choice: 'about' });
    const step = await client.request({ type: 'say', text: 'meeting' });
    expect(ids(step)).toContain('menu');
    expect(await client.request({ type: 'choose', choice: 'menu' })).toMatchObject({ flow: 'menu', node: 'main' });
    client.close();
  });

  it('forgets offers on the next action, and refuses an answer that is not offered', async () => {
    const { client, first } = await started(topics);
    expect(await client.request({ type: 'choose', choice: 'answer:plan.contents' })).toMatchObject({ type: 'error', code: 'unknown_choice' });
    expect(await client.request({ type: 'choose', choice: 'answer:plan.nowhere' })).toMatchObject({ type: 'error', code: 'unknown_choice' });
    const unsure = await client.request({ type: 'say', text: 'meeting' });
    const offered = unsure.choices.find((c: any) => c.offer).id;
    await client.request({ type: 'choose', choice: 'about' });
    const back = await client.request({ type: 'back' });
    expect(back).toEqual(first);
    expect(await client.request({ type: 'choose', choice: offered })).toMatchObject({ code: 'unknown_choice' });
    expect(await client.request({ type: 'choose', choice: 'menu' })).toMatchObject({ code: 'unknown_choice' });

    await client.request({ type: 'say', text: 'meeting' });
    expect(await client.request({ type: 'restart' })).toEqual(first);
    client.close();
  });

  it('keeps offers across a reconnect (they are part of the stored conversation)', async () => {
    const { client, first } = await started(topics);
    const unsure = await client.request({ type: 'say', text: 'meeting' });
    const offers = unsure.choices.filter((c: any) => c.offer);
    client.close();
    await client.closed;
    const again = await ChatClient.connect(topics.wsUrl);
    const resumed = await again.request({ type: 'start', resume: first.token });
    expect(resumed.choices.filter((c: any) => c.offer)).toEqual(offers);
    expect(await again.request({ type: 'choose', choice: offers[0].id })).toMatchObject({ type: 'step' });
    again.close();
  });
});

describe('nothing found', () => {
  it('says so kindly, shows 999 and the helpline, offers the menu, and stays where it was', async () => {
    const { client } = await started(plain);
    const about = await client.request({ type: 'choose', choice: 'about' });
    const step = await client.request({ type: 'say', text: 'how do i renew my passport' });
    expect(step).toMatchObject({ flow: 'menu', node: 'about', canGoBack: true });
    expect(step.messages[0].text).toMatch(/did not understand/);
    // 999 first (text the guide cannot place may still come from someone in danger), then the helpline.
    expect(step.messages[1].contact).toMatchObject({ id: 'police', tel: '999' });
    expect(step.messages[2].contact).toMatchObject({ id: 'nationalHelpline', tel: '08082000247', openNow: true });
    expect(step.messages.slice(3)).toEqual(about.messages);
    expect(step.choices[0]).toMatchObject({ id: 'topic:menu', label: 'Show me the menu', offer: true });

    const menu = await client.request({ type: 'choose', choice: 'topic:menu' });
    expect(menu).toMatchObject({ flow: 'menu', node: 'main' });
    expect(await client.request({ type: 'back' })).toEqual(about);
    client.close();
  });

  it('on the main menu offers no extra menu choice, and empty text is answered the same way', async () => {
    const { client } = await started(plain);
    for (const text of ['', 'asdfghjkl']) {
      const step = await client.request({ type: 'say', text });
      expect(step).toMatchObject({ flow: 'menu', node: 'main' });
      expect(step.messages[0].text).toMatch(/did not understand/);
      expect(ids(step).some((id) => id.startsWith('topic:'))).toBe(false);
    }
    client.close();
  });

  it('never offers or enters a topic whose flow is not registered', async () => {
    const registered = new Set(flows.map((f) => f.id));
    const { client } = await started(plain);
    for (const text of ['what is a child protection plan', 'meeting', 'he took my son', 'my ex keeps making malicious reports and he is outside']) {
      const step = await client.request({ type: 'say', text });
      expect(registered.has(step.flow), text).toBe(true);
      const offered = step.choices
        .filter((c: any) => c.offer)
        .map((c: any): string => c.id.replace(/^(topic|answer):/, '').split('.')[0]);
      expect(offered.filter((f: string) => !registered.has(f)), text).toEqual([]);
      await client.request({ type: 'restart' });
    }
    client.close();
  });
});

describe('nothing found on an outcome screen', () => {
  it('does not offer the menu twice when the screen already has "Ask about something else"', async () => {
    const { client } = await started(plain);
    await client.request({ type: 'choose', choice: 'danger' });
    const outcome = await client.request({ type: 'choose', choice: 'cant-speak' });
    expect(outcome.final).toBe(true);
    expect(ids(outcome)).toContain('menu');
    const step = await client.request({ type: 'say', text: 'asdfghjkl' });
    expect(step.messages[0].text).toMatch(/did not understand/);
    expect(ids(step)).toEqual(ids(outcome));
    client.close();
  });
});
