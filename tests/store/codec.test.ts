// The text a conversation is stored as in Redis: exactly what was encoded comes back, whether
// its places are plain (written compactly) or carry more in their snapshot.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../server/engine/engine.js';
import { flows, MENU_FLOW, DANGER_FLOW } from '../../flows/index.js';
import { decodeConversation, encodeConversation } from '../../server/store/codec.js';
import type { Conversation } from '../../server/engine/conversation.js';

const engine = new Engine({ flows, menuFlow: MENU_FLOW, dangerFlow: DANGER_FLOW });

describe('the stored form of a conversation', () => {
  it('gives back exactly what it was given, for conversations the engine made', () => {
    const started = engine.start('en');
    if (!started.ok) throw new Error('cannot start');
    let conversation = started.conversation;
    for (let i = 0; i < 60; i++) {
      const ids = engine.render(conversation, 't').choices.map((c) => c.id);
      const next = engine.choose(conversation, ids[i % ids.length]!);
      if (next.ok) conversation = next.conversation;
      const text = encodeConversation(conversation);
      expect(decodeConversation(text)).toEqual(conversation);
      expect(text.length).toBeLessThan(JSON.stringify(conversation).length);
    }
  });

  it('writes a plain place as its flow and state path, and still reads the object forms written before', () => {
    const started = engine.start('en', 'conference');
    if (!started.ok) throw new Error('cannot start');
    const text = encodeConversation(started.conversation);
    expect(text).toContain(`"at":"conference#`);
    const conversation = decodeConversation(text)!;
    expect(conversation).toEqual(started.conversation);
    // Saved by the earlier form: each place as an object with its flow and state value.
    const older = `{"locale":"en","at":{"flow":"plan","value":{"review":"when"}},"history":[{"flow":"menu","value":"main"}],"version":"v1"}`;
    expect(decodeConversation(older)).toEqual({
      locale: 'en',
      at: { flow: 'plan', state: { status: 'active', value: { review: 'when' }, historyValue: {}, context: {}, children: {} } },
      history: [{ flow: 'menu', state: { status: 'active', value: 'main', historyValue: {}, context: {}, children: {} } }],
      version: 'v1',
    });
    // The path form of the same: the same conversation.
    expect(decodeConversation(`{"locale":"en","at":"plan#review.when","history":["menu#main"],"version":"v1"}`)).toEqual(decodeConversation(older));
  });

  it('writes an answer (a final state) as its flow and path with "!", and reads it back as final', () => {
    const done = { flow: 'conference', state: { status: 'done', value: 'whatItIs', historyValue: {}, context: {}, children: {} } };
    const conversation = { locale: 'en', at: done, history: [done, { flow: 'menu', state: { status: 'active', value: 'main', historyValue: {}, context: {}, children: {} } }] } as unknown as Conversation;
    const text = encodeConversation(conversation);
    expect(text).toBe('{"locale":"en","at":"conference!whatItIs","history":["conference!whatItIs","menu#main"]}');
    expect(decodeConversation(text)).toEqual(conversation);
    // A final state that carries an output is kept whole.
    const withOutput = { ...conversation, at: { flow: 'conference', state: { ...done.state, output: { n: 1 } } } } as unknown as Conversation;
    expect(encodeConversation(withOutput)).toContain('"output":{"n":1}');
    expect(decodeConversation(encodeConversation(withOutput))).toEqual(withOutput);
  });

  it('keeps a conversation of fifty places of Back near a kilobyte (answers as objects made it over two)', () => {
    const started = engine.start('en');
    if (!started.ok) throw new Error('cannot start');
    let conversation = started.conversation;
    for (let i = 0; i < 200; i++) {
      const ids = engine.choiceIds(conversation.at);
      const next = engine.choose(conversation, ids[(i * 7) % ids.length]!);
      if (next.ok) conversation = next.conversation;
    }
    expect(conversation.history.length).toBe(50);
    expect(encodeConversation(conversation).length).toBeLessThan(1300);
  });

  it('keeps snapshots that are not plain, offers and fields it does not know, as they were', () => {
    const conversation = {
      locale: 'cy',
      at: { flow: 'danger', state: { value: 'scared', context: {}, status: 'active' } },
      history: [
        { flow: 'menu', state: { status: 'active', value: { a: 'b' }, historyValue: {}, context: { n: 1 }, children: {} } },
        { flow: 'menu', state: { status: 'active', value: 'main', historyValue: {}, context: {}, children: {} } },
      ],
      offers: ['process'],
      flowsVersion: 'abc',
    } as Conversation;
    expect(decodeConversation(encodeConversation(conversation))).toEqual(conversation);
  });

  it('reads text that is not a conversation as nothing', () => {
    for (const text of ['{not json', 'null', '{}', '{"locale":"en","at":{"flow":"x"},"history":[]}', '{"locale":"en","at":{"flow":"x","value":"a"},"history":[3]}', '{"locale":"en","at":"nomark","history":[]}', '{"locale":"en","at":"#a","history":[]}', '{"locale":"en","at":"x#","history":[]}']) {
      expect(decodeConversation(text)).toBeUndefined();
    }
  });
});
