// The checks every held-out set's own test file makes: its file is the one pinned by hash (so
// it cannot change silently, and its figures stay honest only while nobody edits it to fit the
// router), it is as large as it was written to be, every label is a real leaf state of the
// flows, or the danger triage or `none` (out of scope) on its own (a renamed state shows up here rather than as a silent
// miss in the figures), and no message is there twice. Each set keeps its own test file, which
// its data file names, for the checks that are its alone.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { allLeaves } from '../flows/support.js';
import { isDanger, type LabelledCase } from './evaluate.js';

const answerStates = new Set(allLeaves().map(({ flow, node }) => `${flow}.${node.path.join('.')}`));

export interface HeldOutSet {
  /** The data file beside this one ("held-out-third.ts"). */
  file: string;
  cases: readonly LabelledCase[];
  sha256: string;
  /** How the hash test names where the file came from ("written blind"). */
  written: string;
  /** `ordinary`: messages that are not danger, at the least. */
  atLeast: { messages: number; danger: number; ordinary?: number };
  /** Whether its ordinary questions must name every topic flow. */
  everyTopicFlow?: boolean;
}

export function heldOutSetChecks({ file, cases, sha256, written, atLeast, everyTopicFlow = false }: HeldOutSet): void {
  it(`is the file ${written} (its SHA-256 is pinned)`, () => {
    const text = readFileSync(fileURLToPath(new URL(`./${file}`, import.meta.url)));
    expect(createHash('sha256').update(text).digest('hex')).toBe(sha256);
  });

  it(`has at least ${atLeast.messages} messages, at least ${atLeast.danger} of them danger`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(atLeast.messages);
    expect(cases.filter(isDanger).length).toBeGreaterThanOrEqual(atLeast.danger);
  });

  it('names one to three states that exist, or the danger triage or `none` (out of scope) on its own', () => {
    const unknown = cases.flatMap((c) => c.expect.filter((s) => s !== 'danger' && s !== 'none' && !answerStates.has(s)));
    expect(unknown).toEqual([]);
    const mixed = cases.filter((c) => (c.expect.includes('danger') || c.expect.includes('none')) && c.expect.length > 1);
    expect(mixed).toEqual([]);
    expect(cases.filter((c) => c.expect.length === 0 || c.expect.length > 3)).toEqual([]);
    expect(cases.filter((c) => new Set(c.expect).size !== c.expect.length)).toEqual([]);
  });

  if (atLeast.ordinary !== undefined) {
    it(`has at least ${atLeast.ordinary} ordinary or hard ordinary messages`, () => {
      expect(cases.filter((c) => !isDanger(c)).length).toBeGreaterThanOrEqual(atLeast.ordinary!);
    });
  }

  if (everyTopicFlow) {
    it('spreads its ordinary questions over every topic flow', () => {
      const flowsNamed = new Set(cases.flatMap((c) => c.expect.map((s) => s.split('.')[0])));
      const topicFlows = new Set(allLeaves().map(({ flow }) => flow));
      topicFlows.delete('menu');
      expect([...topicFlows].filter((f) => !flowsNamed.has(f))).toEqual([]);
    });
  }

  it('has no message twice', () => {
    const texts = cases.map((c) => c.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });
}
