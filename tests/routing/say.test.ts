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
    const unsure = await other.client.request({ type: 'say', text: 'social worker' });
    expect(ids(unsure).some((id) => id.startsWith('topic:'))).toBe(true);
    const triage = await other.client.request({ type: 'say', text: 'hes got a knife' });
    expectTriage(triage);
    // The earlier offers are gone: a knife matches no topic, so nothing is offered beside the triage.
    expect(ids(triage).some((id) => id.startsWith('topic:'))).toBe(false);
    other.client.close();
  });

  it('stays on the triage (no extra Back step) when already there', async () => {
    const { client, first } = await started(plain, { type: 'start', flow: 'danger' });
    const again = await client.request({ type: 'say', text: 'help' });
    expectTriage(again);
    expect(again.canGoBack).toBe(first.canGoBack);
    client.close();
  });

  it('offers a topic that also matched beside the triage, after its own choices', async () => {
    const { client } = await started(topics);
    const step = await client.request({ type: 'say', text: 'my ex keeps making malicious reports and now he is outside' });
    expectTriage(step);
    const choiceIds = ids(step);
    const triageOwn = Object.keys(danger.machine.root.states[danger.machine.config.initial as string]!.config.on ?? {});
    expect(triageOwn.length).toBeGreaterThan(0);
    expect(choiceIds.slice(0, triageOwn.length)).toEqual(triageOwn);
    expect(choiceIds).toContain('topic:malicious-reports');
    const offered = step.choices.find((c: any) => c.id === 'topic:malicious-reports');
    expect(offered).toMatchObject({ label: 'My ex keeps making false reports', offer: true });
    expect(await client.request({ type: 'choose', choice: 'topic:malicious-reports' })).toMatchObject({ flow: 'malicious-reports' });
    client.close();
  });

  it('hears danger in the Welsh locale', async () => {
    const { client } = await started(plain, { type: 'start', locale: 'cy' });
    expectTriage(await client.request({ type: 'say', text: 'mae o tu allan' }));
    client.close();
  });
});

describe('topics', () => {
  it('goes straight to a clearly named topic, with Back to where the person typed', async () => {
    const { client, first } = await started(topics);
    const step = await client.request({ type: 'say', text: 'He took my son to his dads and wont bring him back' });
    expect(step).toMatchObject({ type: 'step', flow: 'child-taken', canGoBack: true });
    expect(await client.request({ type: 'back' })).toEqual(first);
    client.close();
  });

  it('asks "Did you mean…" with two or three topics as choices, and a chosen one is entered', async () => {
    const { client, first } = await started(topics);
    const step = await client.request({ type: 'say', text: 'social worker' });
    expect(step).toMatchObject({ flow: 'menu', node: 'main' });
    expect(step.messages[0].text).toMatch(/Did you mean/);
    // Unsure text may come from someone in danger: 999 is shown with the suggestions.
    expect(step.messages[1]).toMatchObject({ text: expect.stringMatching(/999/), contact: { tel: '999' } });
    const offers = step.choices.filter((c: any) => c.offer);
    expect(offers.length).toBeGreaterThanOrEqual(2);
    expect(offers.length).toBeLessThanOrEqual(3);
    expect(ids(step).slice(0, offers.length)).toEqual(offers.map((c: any) => c.id));
    expect(offers.map((c: any) => c.label)).toContain('Problems with my social worker');
    expect(ids(step)).toContain('danger');

    const entered = await client.request({ type: 'choose', choice: 'topic:social-worker-problems' });
    expect(entered).toMatchObject({ flow: 'social-worker-problems', canGoBack: true });
    // Back returns to the menu as it was before the typing, offers gone.
    expect(await client.request({ type: 'back' })).toEqual(first);
    client.close();
  });

  it('forgets offers on the next action, and refuses a topic that is not offered', async () => {
    const { client, first } = await started(topics);
    expect(await client.request({ type: 'choose', choice: 'topic:plan' })).toMatchObject({ type: 'error', code: 'unknown_choice' });
    await client.request({ type: 'say', text: 'social worker' });
    await client.request({ type: 'choose', choice: 'about' });
    const back = await client.request({ type: 'back' });
    expect(back).toEqual(first);
    expect(await client.request({ type: 'choose', choice: 'topic:social-worker-problems' })).toMatchObject({ code: 'unknown_choice' });

    await client.request({ type: 'say', text: 'social worker' });
    expect(await client.request({ type: 'restart' })).toEqual(first);
    client.close();
  });

  it('keeps offers across a reconnect (they are part of the stored conversation)', async () => {
    const { client, first } = await started(topics);
    const unsure = await client.request({ type: 'say', text: 'social worker' });
    client.close();
    await client.closed;
    const again = await ChatClient.connect(topics.wsUrl);
    const resumed = await again.request({ type: 'start', resume: first.token });
    expect(resumed.choices).toEqual(unsure.choices);
    expect(await again.request({ type: 'choose', choice: 'topic:social-worker-contact' })).toMatchObject({ flow: 'social-worker-contact' });
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
    for (const text of ['what is a child protection plan', 'social worker', 'he took my son', 'my ex keeps making malicious reports and he is outside']) {
      const step = await client.request({ type: 'say', text });
      expect(registered.has(step.flow), text).toBe(true);
      const offered = ids(step).filter((id) => id.startsWith('topic:')).map((id) => id.slice('topic:'.length));
      expect(offered.filter((f) => !registered.has(f)), text).toEqual([]);
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
