// The held-out set must not change silently: it was written before the router was tuned for
// answer states, and its figures are only honest while nobody edits it to fit the router. A
// labelling fix (a new answer state that answers a message better) changes this hash on
// purpose, and is recorded in the file's header.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AnyStateNode } from 'xstate';
import { flows } from '../../flows/index.js';
import { allStateNodes } from '../../server/engine/nodes.js';
import { heldOutAnswers } from './held-out-answers.js';

const HELD_OUT_SHA256 = 'd0f455b50cec9a3b7aa87cf499e28f7a699549eda7c2d61abe9decac8d9f40e5';

const answerStates = new Set(
  flows.flatMap((flow) =>
    allStateNodes(flow.machine.root)
      .filter((n: AnyStateNode) => n.type === 'atomic' || n.type === 'final')
      .map((n: AnyStateNode) => `${flow.id}.${n.path.join('.')}`),
  ),
);

describe('the held-out set', () => {
  it('is the file that was written before tuning (its SHA-256 is pinned)', () => {
    const file = readFileSync(fileURLToPath(new URL('./held-out-answers.ts', import.meta.url)));
    expect(createHash('sha256').update(file).digest('hex')).toBe(HELD_OUT_SHA256);
  });

  it('has at least 100 messages, at least 25 of them danger', () => {
    expect(heldOutAnswers.length).toBeGreaterThanOrEqual(100);
    const danger = heldOutAnswers.filter((c) => c.expect.length === 1 && c.expect[0] === 'danger');
    expect(danger.length).toBeGreaterThanOrEqual(25);
  });

  it('names only states that exist, or the danger triage', () => {
    const unknown = heldOutAnswers.flatMap((c) => c.expect.filter((s) => s !== 'danger' && !answerStates.has(s)));
    expect(unknown).toEqual([]);
  });

  it('has no message twice', () => {
    const texts = heldOutAnswers.map((c) => c.text);
    expect(new Set(texts).size).toBe(texts.length);
  });
});
