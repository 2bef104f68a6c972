// Conversations that outlive a content change: a conversation stored by one version of the
// tiny guide, loaded by an engine over a second version built here in memory.
import { describe, expect, it } from 'vitest';
import type { Conversation } from '../../server/engine/conversation.js';
import type { Engine, Result } from '../../server/engine/engine.js';
import { englishOnly, secondVersions, tinyEngine, tinyFlows } from './tiny-guide.js';

const v1 = tinyEngine();

function must(r: Result): Conversation {
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r.conversation;
}

/** As a store gives it back: plain JSON, no shared objects. */
const stored = (c: Conversation): Conversation => JSON.parse(JSON.stringify(c));

// Conversations version 1 left behind: in the topic's second part (history: menu, first part),
// at the second part's own help (a final place), in the walkthrough, and one in Welsh.
const inSecond = must(v1.choose(must(v1.choose(must(v1.start('en')), 'toTopic')), 'onward'));
const atOwnHelp = must(v1.choose(inSecond, 'help'));
const inWalk = must(v1.choose(must(v1.start('en')), 'toWalk'));
const backFromWalk = must(v1.back(must(v1.choose(inWalk, 'next'))));
const welsh = must(v1.choose(must(v1.start('cy')), 'toTopic'));

describe('the flows’ version', () => {
  it('is the same for the same flows, engine after engine (a restart of the same code)', () => {
    expect(tinyEngine().version).toBe(v1.version);
    expect(tinyEngine({ flows: [...tinyFlows] }).version).toBe(v1.version);
  });

  it('changes when the flows or the locales do', () => {
    const others = [
      ...Object.values(secondVersions).map((flows) => tinyEngine({ flows })),
      tinyEngine({ catalogue: englishOnly }),
    ];
    const versions = new Set([v1.version, ...others.map((e) => e.version)]);
    expect(versions.size).toBe(others.length + 1);
  });

  it('is carried by every conversation the engine makes', () => {
    for (const c of [inSecond, atOwnHelp, inWalk, backFromWalk, welsh]) expect(c.version).toBe(v1.version);
    expect(v1.restart(inSecond).conversation.version).toBe(v1.version);
  });
});

describe('a conversation from the same version', () => {
  it('is carried on as it is, unchecked', () => {
    const same = tinyEngine();
    const c = stored(inSecond);
    expect(same.revive(c)).toBe(c);
  });
});

describe('a conversation from another version', () => {
  /** What a server shows after loading `c` with `engine`: the conversation's step, or a fresh menu. */
  function carryOn(engine: Engine, c: Conversation) {
    const revived = engine.revive(stored(c));
    return { revived, step: engine.render(revived ?? must(engine.start(c.locale)), 'token') };
  }

  it('is kept, and marked with the new version, when every place still exists and is still a screen', () => {
    const v2 = tinyEngine({ flows: secondVersions.stateAdded });
    for (const c of [inSecond, atOwnHelp, inWalk, backFromWalk, welsh]) {
      const { revived, step } = carryOn(v2, c);
      expect(revived).toEqual({ ...stored(c), version: v2.version });
      expect(step).toMatchObject({ flow: c.at.flow, node: v1.render(c, 'token').node });
      expect(step.messages.length).toBeGreaterThan(0);
      // Back still walks the old history.
      if (c.history.length > 0) expect(must(v2.back(revived!)).at).toEqual(c.history.at(-1));
    }
  });

  it('has expired when its place became compound (it would show nothing)', () => {
    const v2 = tinyEngine({ flows: secondVersions.leafBecameCompound });
    const { revived, step } = carryOn(v2, inSecond);
    expect(revived).toBeUndefined();
    expect(step).toMatchObject({ flow: 'menu', node: 'start', canGoBack: false });
    expect(step.messages.length).toBeGreaterThan(0);
    // So has one that is elsewhere now, but could go Back into that place.
    expect(v2.revive(stored(atOwnHelp))).toBeUndefined();
    // One that never went there carries on.
    expect(v2.revive(stored(inWalk))).toBeDefined();
  });

  it('has expired when its place, or a place in its history, was removed', () => {
    const v2 = tinyEngine({ flows: secondVersions.stateRemoved });
    expect(v2.revive(stored(atOwnHelp))).toBeUndefined();
    expect(v2.revive(stored({ ...inWalk, history: [...inWalk.history, atOwnHelp.at] }))).toBeUndefined();
    expect(v2.revive(stored(inSecond))).toBeDefined();
  });

  it('has expired when its flow was removed, here or in its history', () => {
    const v2 = tinyEngine({ flows: secondVersions.flowRemoved });
    expect(v2.revive(stored(inWalk))).toBeUndefined();
    expect(v2.revive(stored(backFromWalk))).toBeUndefined(); // at the walk's first step
    expect(v2.revive(stored({ ...inSecond, history: [inWalk.at] }))).toBeUndefined();
    expect(v2.revive(stored(inSecond))).toBeDefined();
  });

  it('has expired when its locale is no longer offered, and the fresh menu is in the base locale', () => {
    const v2 = tinyEngine({ catalogue: englishOnly });
    const { revived, step } = carryOn(v2, welsh);
    expect(revived).toBeUndefined();
    expect(step.messages.map((m) => m.text)).toEqual(['Tiny menu.']);
    expect(v2.revive(stored(inSecond))).toBeDefined();
  });

  it('stored before versions were kept, is checked like any other', () => {
    const { version: _none, ...unversioned } = stored(inSecond);
    expect(tinyEngine().revive(unversioned)).toEqual({ ...unversioned, version: v1.version });
    expect(tinyEngine({ flows: secondVersions.leafBecameCompound }).revive(unversioned)).toBeUndefined();
  });
});
