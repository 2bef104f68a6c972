// docs/seeds/ holds the source documents the content rests on. SHA256SUMS beside them records
// each one's checksum: a seed that changes (or appears, or goes) fails here, so the content
// resting on it is reviewed again before the list is updated (`sha256sum *.txt > SHA256SUMS`).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const seeds = fileURLToPath(new URL('../../docs/seeds/', import.meta.url));

/** `sha256sum` output: "<hex>  <file>" per line. */
function recorded(): Record<string, string> {
  const lines = readFileSync(seeds + 'SHA256SUMS', 'utf8').split('\n').filter((l) => l.trim() !== '');
  return Object.fromEntries(
    lines.map((line) => {
      const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
      if (!match) throw new Error(`SHA256SUMS: not a checksum line: ${line}`);
      return [match[2]!, match[1]!];
    }),
  );
}

describe('the source documents', () => {
  const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();

  it('are the five seeds, each listed in SHA256SUMS', () => {
    expect(files).toHaveLength(5);
    expect(Object.keys(recorded()).sort()).toEqual(files);
  });

  it('match their recorded checksums byte for byte', () => {
    const sums = recorded();
    for (const f of files) {
      expect(createHash('sha256').update(readFileSync(seeds + f)).digest('hex'), f).toBe(sums[f]);
    }
  });
});
