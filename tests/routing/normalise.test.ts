// The text preparation every matcher relies on: both sides of a comparison meet in one form.
import { describe, expect, it } from 'vitest';
import { calm, expandSlang, normalise, prepare, squeeze } from '../../server/routing/normalise.js';
import { stemEnglish } from '../../server/routing/stem.js';
import { routingEn } from '../../flows/content/routing.en.js';

describe('normalise', () => {
  it('lower-cases, drops apostrophes of every kind and turns punctuation into single spaces', () => {
    expect(normalise("He’s OUTSIDE!!!  Can't   talk...")).toBe('hes outside cant talk');
    expect(normalise('he‘s `here` ʼnow´')).toBe('hes here now');
    expect(normalise('mum&dad,sw?')).toBe('mum and dad sw');
  });

  it('strips accents, so Welsh and pasted text match plain letters', () => {
    expect(normalise('ŵyr Siân café')).toBe('wyr sian cafe');
  });

  it('gives nothing for text with no letters or digits', () => {
    expect(normalise('  ?!… 🙏 ')).toBe('');
  });
});

describe('repeated letters', () => {
  it('squeeze makes every run single, on both sides of a danger match', () => {
    expect(squeeze('killl kil kill')).toBe('kil kil kil');
  });

  it('calm cuts long runs to two, keeping real double letters', () => {
    expect(calm('pleeease sooo scared of the bully')).toBe('pleease soo scared of the bully');
  });
});

describe('slang', () => {
  it('expands whole words only', () => {
    expect(expandSlang('sw says ss will take the kids', routingEn.slang)).toBe(
      'social worker says social services will take the children',
    );
    expect(expandSlang('swim', routingEn.slang)).toBe('swim');
  });

  it('reads digits typed for letters inside words, and leaves numbers and slang alone', () => {
    expect(prepare('h3s outsid3 pls', routingEn.slang)).toBe('he is outside please');
    expect(prepare('k1ll', routingEn.slang)).toBe('kill');
    expect(prepare('ring 999 about section 47 b4 2nite, any1', routingEn.slang)).toBe(
      prepare('ring 999 about section 47 before tonight, anyone', routingEn.slang),
    );
  });

  it('prepare normalises, calms and expands in one go', () => {
    expect(prepare("HE'S gonna take the KIDS, pls help!!", routingEn.slang)).toBe('he is going to take the children please help');
  });
});

describe('stemEnglish', () => {
  it('brings the forms of one word together', () => {
    const same = (...words: string[]) => expect(new Set(words.map(stemEnglish)).size).toBe(1);
    same('remove', 'removed', 'removal', 'removing');
    same('report', 'reports', 'reported', 'reporting');
    same('child', 'children');
    same('conference', 'conferences');
    same('meeting', 'meetings');
    same('call', 'calls', 'called');
  });

  it('keeps different words apart and leaves short words and numbers alone', () => {
    expect(stemEnglish('plan')).not.toBe(stemEnglish('police'));
    expect(stemEnglish('is')).toBe('is');
    expect(stemEnglish('section47')).toBe('section47');
    expect(stemEnglish('class')).toBe('clas');
  });
});
