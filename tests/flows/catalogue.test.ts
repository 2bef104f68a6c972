// The words: every key the flows and the engine name exists, every key in the catalogue is
// used, every fact names its source, and every line keeps the voice of docs/content.md.
import { describe, expect, it } from 'vitest';
import { en } from '../../flows/content/en.js';
import { allKeys, hasText, text } from '../../flows/content/index.js';
import { ENGINE_TEXT_KEYS } from '../../server/engine/check.js';
import { offerLabelKey } from '../../server/engine/text-keys.js';
import { routingCatalogue, routingTopicsMissingFrom } from '../../server/routing/catalogue.js';
import { getContact } from '../../flows/contacts.js';
import { checklists } from '../../flows/my-list.js';
import { allLeaves, allMessages, engine, flows, mustChoose, mustStart } from './support.js';
import * as sources from '../../flows/sources.js';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SEEDS_DIR = fileURLToPath(new URL('../../docs/seeds/', import.meta.url));

/** Every key a person can be shown: messages, choice labels, and the engine's own. */
function usedKeys(): Set<string> {
  const used = new Set<string>(ENGINE_TEXT_KEYS);
  // Answers and topics offered for typed text ("Did you mean…"), and the menu offered with them.
  for (const topic of routingCatalogue('en').topics) used.add(offerLabelKey(topic.flow));
  for (const answer of routingCatalogue('en').answers) used.add(offerLabelKey(answer.state));
  used.add(offerLabelKey('menu'));
  for (const { spec } of allMessages()) used.add(spec.text);
  // "My list": the ready-made checklists, their items and the choice that adds each.
  for (const list of checklists) for (const key of [list.label, ...list.items.map((i) => i.text)]) used.add(key);
  for (const { flow, node } of allLeaves()) {
    for (const event of Object.keys(node.config.on ?? {})) {
      used.add(Object.hasOwn(en, `${flow}.choice.${event}`) ? `${flow}.choice.${event}` : `choice.${event}`);
    }
  }
  return used;
}

describe('the content catalogue', () => {
  const used = usedKeys();

  it('has every key the flows and the engine name', () => {
    expect([...used].filter((k) => !hasText(k))).toEqual([]);
  });

  it('every topic typed text can lead to is a flow the guide has', () => {
    expect(routingTopicsMissingFrom(flows.map((f) => f.id))).toEqual([]);
  });

  it('has no unused key (a dead key is a word nobody reviews)', () => {
    expect(allKeys().filter((k) => !used.has(k))).toEqual([]);
  });

  it('Welsh falls back to English key by key', () => {
    for (const key of used) expect(text('cy', key)).toBe(text('en', key));
  });

  it('every message shows text, and no text is blank', () => {
    for (const key of allKeys()) expect(text('en', key).trim().length, key).toBeGreaterThan(0);
  });
});

describe('sources', () => {
  const named = new Set<string>(Object.values(sources).filter((v) => typeof v === 'string'));
  const seedFiles = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt'));

  it('every factual message and every next step names its source', () => {
    const missing = allMessages()
      .filter(({ spec }) => spec.kind !== 'prompt' && !spec.source)
      .map(({ flow, state, spec }) => `${flow}.${state}: ${spec.text}`);
    expect(missing).toEqual([]);
  });

  it('every source is a seed file or a named public document from flows/sources.ts', () => {
    for (const { flow, state, spec } of allMessages()) {
      if (spec.source) expect(named.has(spec.source), `${flow}.${state} cites "${spec.source}"`).toBe(true);
    }
  });

  it('every seed file named as a source exists, and every seed is used', () => {
    const cited = new Set(allMessages().map(({ spec }) => spec.source));
    for (const file of [sources.FAQ, sources.EXPLAINER, sources.FORUM_PLAN, sources.BLOGS, sources.FORUM_CONFERENCE]) {
      expect(seedFiles).toContain(file);
      expect(cited.has(file), `${file} is never cited`).toBe(true);
    }
  });

  it('every seed file has a short readable title, and every seed a message cites is shown by it', () => {
    expect([...sources.titledSeeds()].sort()).toEqual([...seedFiles].sort());
    for (const file of seedFiles) {
      const title = sources.sourceTitle(file);
      expect(title, file).toBeTruthy();
      expect(title!.length, file).toBeLessThanOrEqual(80);
      expect(title, file).not.toMatch(/\.txt|_/);
    }
    const cited = new Set(allMessages().flatMap(({ spec }) => (spec.source ? [spec.source] : [])));
    for (const file of seedFiles) expect(cited.has(file), file).toBe(true);
    // Several seeds cited together read as their titles together; a named document has none.
    expect(sources.sourceTitle(`${sources.FAQ}, ${sources.FORUM_CONFERENCE}`)).toBe(
      `${sources.sourceTitle(sources.FAQ)}; ${sources.sourceTitle(sources.FORUM_CONFERENCE)}`,
    );
    expect(sources.sourceTitle(sources.WT_CONFERENCE)).toBeUndefined();
    expect(sources.sourceTitle(`${sources.FAQ}, ${sources.WT_CONFERENCE}`)).toBeUndefined();
  });

  it('the engine sends a seed source with its title and keeps the file name beside it', () => {
    const c = mustChoose(mustStart('support'), 'who-is-frg');
    const messages = engine.render(c, 't').messages.filter((m) => m.source === sources.FAQ);
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) {
      expect(m.sourceTitle).toBe('Family Rights Group: FAQs on child protection and domestic abuse');
    }
    const lgbt = engine.render(mustChoose(mustStart('support'), 'lgbt'), 't').messages;
    expect(lgbt.find((m) => m.source === sources.GALOP_PAGE)).not.toHaveProperty('sourceTitle');
  });

  it('a prompt states no fact: no timescales, numbers to call or contacts', () => {
    for (const { flow, state, spec } of allMessages()) {
      if (spec.kind !== 'prompt') continue;
      expect(spec.contact, `${flow}.${state}`).toBeUndefined();
      const words = en[spec.text]!;
      expect(words, `${flow}.${state}: ${spec.text}`).not.toMatch(/\d+\s*(working\s+)?(days?|weeks?|months?|hours?)\b/i);
      expect(words, `${flow}.${state}: ${spec.text}`).not.toMatch(/\d{3}/);
    }
  });

  it('no message carries a phone number in its words: numbers live in contacts.ts only', () => {
    for (const key of allKeys()) {
      expect(text('en', key), key).not.toMatch(/\b0\d{3}\s?\d{3}\s?\d{3,4}\b|\b0\d{9,10}\b/);
    }
  });

  it('every contact a message offers exists', () => {
    for (const { spec } of allMessages()) if (spec.contact) expect(getContact(spec.contact)).toBeDefined();
  });
});

describe('the voice (docs/content.md)', () => {
  const BLAMING = [
    /fail(ure|ing|ed)? to protect/i,
    /\bbad mother\b/i,
    /\byou (allowed|let) (him|her|them|it)\b/i,
    /\bwhy didn.t you\b/i,
    /\byou chose to stay\b/i,
    /\bchoosing to (stay|remain)\b/i,
    /\byour fault\b(?<!not your fault)/i,
  ];
  const PROMISES = [
    /\byou will keep\b/i,
    /\bwill (not|never) be (taken|removed)\b/i,
    /\bwon.t be (taken|removed)\b/i,
    /\bguarantee/i,
    /\bdefinitely\b/i,
    /\bnothing (bad )?will happen\b/i,
    /\byou will (win|get your child)/i,
  ];
  // The guide is for every parent: gendered words only where the words are about a service
  // for women (CONTENT.md voice). Each exception says why.
  const GENDERED = /\b(women|woman|mothers?|mums?|husbands?|wife|wives|boyfriends?|girlfriends?|he|she|him|her|his|hers|himself|herself)\b/i;
  const ABOUT_WOMEN: Readonly<Record<string, string>> = {
    'scared-to-report.heldAgainst.rightsOfWomen': 'Rights of Women is a legal advice service for women',
  };
  // Never scold a frightened parent, and never put the abuser's responsibility on them.
  const SCOLDING = [/\b(stay|keep|remain|be) (calm|polite)\b/i, /\bcalm down\b/i, /\byou should have\b/i, /\byou need to be\b/i];
  const BURDEN = [
    /\bmake sure (that )?(the |your )?children (do not|don.t|never|won.t) (see|hear|witness)/i,
    /\byou (must|need to|have to) (protect|keep) (them|the children|your children) (from|away)/i,
    /\b(up to you|your job|your responsibility) to (protect|stop|keep)\b/i,
  ];
  // Advice to keep notes is safe to read over a shoulder only if it says where to keep them.
  const KEEP_NOTES = /\b(keep|start) (a |your )?(diary|notes|records?)\b(?! with you)|\bkeep a record\b/i;
  const SAFE_PLACE = /where the abuser cannot find|somewhere safe|only you can open|someone you trust/i;
  const MAX_WORDS_PER_SENTENCE = 26;
  const MAX_SENTENCES_PER_MESSAGE = 3;
  // A dense message is hard to read on a phone in a hurry: split it instead.
  const MAX_CHARACTERS_PER_MESSAGE = 180;

  const sentences = (s: string) => s.split(/(?<=[.!?])\s+(?=[A-Z“"‘'0-9])/).filter((x) => x.trim());

  for (const key of Object.keys(en)) {
    it(`${key}`, () => {
      const words = en[key]!;
      for (const re of BLAMING) expect(words, `blames the parent (${re})`).not.toMatch(re);
      for (const re of PROMISES) expect(words, `promises an outcome (${re})`).not.toMatch(re);
      for (const re of SCOLDING) expect(words, `scolds (${re})`).not.toMatch(re);
      for (const re of BURDEN) expect(words, `puts the abuser's responsibility on the parent (${re})`).not.toMatch(re);
      if (!Object.hasOwn(ABOUT_WOMEN, key)) expect(words, 'gendered word: say "people" or "parents"').not.toMatch(GENDERED);
      if (KEEP_NOTES.test(words)) expect(words, 'notes advice must say where the abuser cannot find them').toMatch(SAFE_PLACE);
      const parts = sentences(words);
      expect(parts.length, 'one idea per message').toBeLessThanOrEqual(MAX_SENTENCES_PER_MESSAGE);
      expect(words.length, 'dense: split it into two messages').toBeLessThanOrEqual(MAX_CHARACTERS_PER_MESSAGE);
      for (const sentence of parts) {
        expect(sentence.split(/\s+/).length, `too long: "${sentence}"`).toBeLessThanOrEqual(MAX_WORDS_PER_SENTENCE);
      }
    });
  }

  it('the lint catches what it is meant to catch', () => {
    const blames = (s: string) => BLAMING.some((re) => re.test(s));
    const promises = (s: string) => PROMISES.some((re) => re.test(s));
    expect(blames('This is a failure to protect your children.')).toBe(true);
    expect(blames('It is not your fault.')).toBe(false);
    expect(promises('You will keep your children.')).toBe(true);
    expect(promises('This does not mean your children will be taken from you.')).toBe(false);
    const scolds = (s: string) => SCOLDING.some((re) => re.test(s));
    expect(scolds('Try to stay calm and polite.')).toBe(true);
    expect(scolds('It is very frustrating when delays happen.')).toBe(false);
    const burdens = (s: string) => BURDEN.some((re) => re.test(s));
    expect(burdens('Make sure your children do not see abuse again.')).toBe(true);
    expect(burdens('Stopping the abuse is the abuser’s responsibility, not yours.')).toBe(false);
    expect(GENDERED.test('Many women did not see it that way at first.')).toBe(true);
    expect(GENDERED.test('Many people did not see it that way at first.')).toBe(false);
    expect(GENDERED.test('Tell them what happened.')).toBe(false);
    expect(KEEP_NOTES.test('Keep a record of each time.') && !SAFE_PLACE.test('Keep a record of each time.')).toBe(true);
    expect(SAFE_PLACE.test('Keep a diary where the abuser cannot find it.')).toBe(true);
    for (const [key, why] of Object.entries(ABOUT_WOMEN)) expect(en[key], why).toMatch(GENDERED);
  });

  it('paths that offer a contact for danger offer 999 first', () => {
    for (const { flow, node, meta } of allLeaves()) {
      const police = meta.say.findIndex((m) => m.contact === 'police');
      if (police > 0) throw new Error(`${flow}.${node.key}: 999 is not the first message`);
    }
    expect(flows.length).toBeGreaterThan(0);
  });
});
