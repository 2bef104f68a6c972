// "What does this word mean?": every term the glossary explains is offered wherever it is used.
// A screen whose words use a term offers a choice with role `glossary` that opens the glossary
// flow, and each term has its own explanation with a source.
import { describe, expect, it } from 'vitest';
import { en } from '../../flows/content/en.js';
import { GLOSSARY_FLOW } from '../../flows/define.js';
import { GLOSSARY_LISTS, GLOSSARY_TERMS } from '../../flows/glossary.js';
import { engine, mustChoose, placeKey, tapsFromMenu } from './support.js';

describe('the glossary', () => {
  const places = [...tapsFromMenu().values()].map((p) => p.conversation);

  it('explains each term in its own words, with a source', () => {
    for (const term of GLOSSARY_TERMS) {
      expect(en[`glossary.${term.id}`], term.id).toBeTruthy();
      expect(term.source, term.id).toBeTruthy();
    }
    expect(GLOSSARY_TERMS.length).toBeGreaterThanOrEqual(15);
    // Short lists: nobody scrolls through twenty words on a phone.
    for (const [list, terms] of Object.entries(GLOSSARY_LISTS)) expect(terms.length, list).toBeLessThanOrEqual(8);
  });

  it('covers the terms the guide must explain (CONTENT.md voice)', () => {
    const ids = GLOSSARY_TERMS.map((t) => t.id);
    for (const id of ['significant-harm', 'strategy-discussion', 'parental-responsibility', 'private-law', 'child-in-need', 'care-proceedings', 'injunction', 'section-47', 'marac', 'idva']) {
      expect(ids).toContain(id);
    }
  });

  it('every screen whose words use a term offers "What does this word mean?" with role glossary', () => {
    const missing: string[] = [];
    for (const c of places) {
      if (c.at.flow === GLOSSARY_FLOW) continue;
      const frame = engine.render(c, 't');
      const words = frame.messages.map((m) => m.text).join(' ');
      const used = GLOSSARY_TERMS.filter((t) => t.matches.test(words)).map((t) => t.id);
      if (used.length === 0) continue;
      const offered = frame.choices.find((ch) => ch.role === 'glossary');
      if (!offered) missing.push(`${placeKey(c)} uses ${used.join(', ')}`);
    }
    expect(missing).toEqual([]);
  });

  it('is offered only where a term is used (besides the menu doors to it), so screens stay short', () => {
    const extra: string[] = [];
    for (const c of places) {
      if (c.at.flow === 'menu') continue;
      const frame = engine.render(c, 't');
      const words = frame.messages.map((m) => m.text).join(' ');
      const offered = frame.choices.some((ch) => ch.role === 'glossary');
      if (offered && !GLOSSARY_TERMS.some((t) => t.matches.test(words))) extra.push(placeKey(c));
    }
    expect(extra).toEqual([]);
  });

  it('the glossary choice opens the glossary flow, and Back returns', () => {
    let checked = 0;
    for (const c of places) {
      const frame = engine.render(c, 't');
      for (const ch of frame.choices.filter((x) => x.role === 'glossary')) {
        const there = mustChoose(c, ch.id);
        expect(there.at.flow, placeKey(c)).toBe(GLOSSARY_FLOW);
        const back = engine.back(there);
        expect(back.ok && placeKey(back.conversation), placeKey(c)).toBe(placeKey(c));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('only the glossary choice carries role glossary, and every term is two taps inside the glossary', () => {
    for (const c of places) {
      for (const ch of engine.render(c, 't').choices) {
        if (ch.role === 'glossary') expect(ch.id).toBe('glossary');
      }
    }
    const inside = places.filter((c) => c.at.flow === GLOSSARY_FLOW).map((c) => JSON.stringify(c.at.state.value));
    for (const term of GLOSSARY_TERMS) expect(inside.some((v) => v.toLowerCase().includes(term.id.replace(/-/g, '')))).toBe(true);
  });
});
