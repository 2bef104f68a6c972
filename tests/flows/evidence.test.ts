// Every fact resting on a seed document carries `evidence`: words copied from that seed, so a
// reviewer can find the sentence it rests on. The words must really be in the seed it names
// (compared as a reader would: straight quotes, single spaces, any case). Facts from public
// documents name the document and the part to open.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allMessages } from './support.js';
import * as sources from '../../flows/sources.js';
import { normaliseForEvidence, seedsCited } from './evidence-support.js';

const SEEDS_DIR = fileURLToPath(new URL('../../docs/seeds/', import.meta.url));
const seeds = Object.fromEntries(
  readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => [f, normaliseForEvidence(readFileSync(SEEDS_DIR + f, 'utf8'))]),
);

describe('evidence from the seeds', () => {
  const fromSeeds = allMessages().filter(({ spec }) => seedsCited(spec.source).length > 0);

  it('finds the facts that rest on seeds (and there are many)', () => {
    expect(fromSeeds.length).toBeGreaterThan(100);
  });

  it('every message citing a seed carries evidence of at least three words', () => {
    const missing = fromSeeds
      .filter(({ spec }) => !spec.evidence || spec.evidence.trim().split(/\s+/).length < 3)
      .map(({ flow, state, spec }) => `${flow}.${state}: ${spec.text}`);
    expect(missing).toEqual([]);
  });

  it('the evidence is found, word for word, in a seed the message cites', () => {
    const notFound = fromSeeds
      .filter(({ spec }) => spec.evidence)
      .filter(({ spec }) => !seedsCited(spec.source).some((file) => seeds[file]!.includes(normaliseForEvidence(spec.evidence!))))
      .map(({ flow, state, spec }) => `${flow}.${state}: ${spec.text}: "${spec.evidence}"`);
    expect(notFound).toEqual([]);
  });

  it('evidence is only given with a seed source (a public document is named instead)', () => {
    const stray = allMessages()
      .filter(({ spec }) => spec.evidence && seedsCited(spec.source).length === 0)
      .map(({ flow, state, spec }) => `${flow}.${state}: ${spec.text}`);
    expect(stray).toEqual([]);
  });

  it('the check is real: words that are not in a seed are not found', () => {
    expect(seeds[sources.FAQ]!.includes(normaliseForEvidence('children will always stay with you'))).toBe(false);
    expect(seeds[sources.FAQ]!.includes(normaliseForEvidence('The most important   thing is the safety'))).toBe(true);
    expect(seeds[sources.FORUM_CONFERENCE]!.includes(normaliseForEvidence("it is a private law matter for you and your son's father"))).toBe(true);
  });
});

describe('public documents', () => {
  const SEED_FILE = /^\d{3}_[0-9a-f]+\.txt$/;
  const named = (Object.values(sources) as unknown[]).filter((v): v is string => typeof v === 'string' && !SEED_FILE.test(v));

  it('an Act, regulations or statutory guidance is named with the part to open', () => {
    const statutes = named.filter((d) => /\b(Act|Regulations|Working Together|Rules|Keeping Children Safe)\b/.test(d));
    expect(statutes.length).toBeGreaterThan(10);
    const vague = statutes.filter((d) => !/\b(section|sections|chapter|Part|Schedule|regulation|rule|Article|Annex|Practice Direction|paragraph)\b/i.test(d));
    // The older broad names stay only where no message cites them any more.
    const cited = new Set(allMessages().map(({ spec }) => spec.source));
    expect(vague.filter((d) => cited.has(d))).toEqual([]);
  });
});
