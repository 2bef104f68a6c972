import { describe, expect, it } from 'vitest';
import { NearestMessages } from '../../server/routing/nearest-messages.js';

const lessons = [
  { label: 'conference', features: ['conference', 'meeting', 'conference_meeting'] },
  { label: 'conference', features: ['conference', 'chair'] },
  { label: 'plan', features: ['plan', 'core', 'group', 'core_group'] },
  { label: 'plan', features: ['plan', 'review'] },
  { label: 'none', features: ['lasagne'] },
];

const scoreOf = (nearest: NearestMessages, features: string[], label: string) =>
  nearest.scores(features)[nearest.labels.indexOf(label)]!;

describe('the nearest lessons', () => {
  it('scores a message the same as a lesson at 1 with one nearest, and the mean of two with two', () => {
    const one = new NearestMessages(lessons, 1);
    expect(scoreOf(one, ['conference', 'meeting', 'conference_meeting'], 'conference')).toBeCloseTo(1, 6);
    const two = new NearestMessages(lessons, 2);
    const first = scoreOf(two, ['conference', 'meeting', 'conference_meeting'], 'conference');
    expect(first).toBeGreaterThan(0.5);
    expect(first).toBeLessThan(1);
  });

  it('gives nothing to a label that shares no word, and nothing at all to a message of unknown words', () => {
    const nearest = new NearestMessages(lessons);
    expect(scoreOf(nearest, ['core', 'group', 'core_group'], 'conference')).toBe(0);
    expect([...nearest.scores(['unheard', 'of'])]).toEqual(nearest.labels.map(() => 0));
  });

  it('counts a word it never saw against the match, so a typo-filled message is not taken for its one known word', () => {
    const nearest = new NearestMessages(lessons, 1);
    const alone = scoreOf(nearest, ['lasagne'], 'none');
    const withTypos = scoreOf(nearest, ['lasagne', 'recipy', 'plz'], 'none');
    expect(alone).toBeCloseTo(1, 6);
    expect(withTypos).toBeLessThan(0.6);
  });

  it('leaves nothing behind between messages: the same message scores the same after another', () => {
    const nearest = new NearestMessages(lessons);
    const before = [...nearest.scores(['plan', 'review'])];
    nearest.scores(['conference', 'chair', 'plan']);
    expect([...nearest.scores(['plan', 'review'])]).toEqual(before);
  });

  it('ranks the label whose lessons share the rarer words first', () => {
    const nearest = new NearestMessages(lessons);
    const scores = nearest.scores(['plan', 'core', 'group']);
    expect(scores[nearest.labels.indexOf('plan')]!).toBeGreaterThan(scores[nearest.labels.indexOf('conference')]!);
  });
});
