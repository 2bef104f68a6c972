// The batch's own bookkeeping, with no Redis: what is sent for each kind of update, and how one
// call's answer (or failure) is shared out, each caller getting its own.
import { describe, expect, it } from 'vitest';
import { MAX_UPDATES_PER_CALL, UpdateBatch, type Reply } from '../../server/store/update-batch.js';

type Sent = { keys: string[]; args: string[] };
const same = (reply: Reply) => reply;
const rethrow = (err: unknown): never => {
  throw err;
};
function batchWith(answer: (sent: Sent) => Promise<Reply[]>) {
  const sent: Sent[] = [];
  const batch = new UpdateBatch(
    (keys, args) => {
      sent.push({ keys, args });
      return answer({ keys, args });
    },
    600,
    rethrow,
  );
  return { batch, sent };
}

describe('UpdateBatch', () => {
  it('sends nothing until flushed, then one call: the TTL, then six arguments an update', async () => {
    const { batch, sent } = batchWith(async ({ keys }) => keys.map((_, i) => i + 10));
    const a = batch.add({ key: 'k:a', version: 4, head: '{"whole":1}' }, same);
    const b = batch.add({ key: 'k:b', version: 7, head: '{"head":', splice: { length: 90, keepFrom: 20, keepTo: 80, added: ',"x#y"' } }, same);
    expect(sent).toEqual([]);
    batch.flush();
    expect(sent).toEqual([
      { keys: ['k:a', 'k:b'], args: ['600', '4', '', '', '', '{"whole":1}', '', '7', '90', '20', '80', '{"head":', ',"x#y"'] },
    ]);
    expect(await Promise.all([a, b])).toEqual([10, 11]);
    batch.flush();
    expect(sent).toHaveLength(1);
  });

  it('sends a full call at once, without waiting for the flush', () => {
    const { batch, sent } = batchWith(async ({ keys }) => keys.map(() => 1));
    for (let i = 0; i < MAX_UPDATES_PER_CALL + 1; i++) void batch.add({ key: `k${i}`, version: 1, head: '{}' }, same);
    expect(sent.map((s) => s.keys.length)).toEqual([MAX_UPDATES_PER_CALL]);
    batch.flush();
    expect(sent.map((s) => s.keys.length)).toEqual([MAX_UPDATES_PER_CALL, 1]);
  });

  it('gives each caller its own answer: one answer that throws rejects that caller alone', async () => {
    const { batch } = batchWith(async () => [1, 'stored', null]);
    const results = Promise.allSettled([
      batch.add({ key: 'a', version: 1, head: '{}' }, same),
      batch.add({ key: 'b', version: 1, head: '{}' }, () => {
        throw new Error('bad value');
      }),
      batch.add({ key: 'c', version: 1, head: '{}' }, same),
    ]);
    batch.flush();
    const [a, b, c] = await results;
    expect(a).toEqual({ status: 'fulfilled', value: 1 });
    expect(b).toMatchObject({ status: 'rejected', reason: { message: 'bad value' } });
    expect(c).toEqual({ status: 'fulfilled', value: null });
  });

  it('fails every caller of a call that failed, was refused at once, or answered for too few', async () => {
    for (const send of [
      async () => Promise.reject(new Error('Connection is closed.')),
      () => {
        throw new Error("Stream isn't writeable");
      },
      async () => [1],
    ] as const) {
      const failed = (err: unknown) => `failed: ${(err as Error).message}`;
      const batch = new UpdateBatch(send as () => Promise<Reply[]>, 600, failed);
      const results = Promise.all([batch.add({ key: 'a', version: 1, head: '{}' }, String), batch.add({ key: 'b', version: 1, head: '{}' }, String)]);
      batch.flush();
      for (const result of await results) expect(result).toMatch(/^failed: /);
    }
  });
});
