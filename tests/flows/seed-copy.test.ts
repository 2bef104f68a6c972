// docs/seeds/ is a copy of the shared source documents; if the shared ones change, the copy
// (and the content resting on it) must be reviewed again.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const copy = fileURLToPath(new URL('../../docs/seeds/', import.meta.url));
const shared = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

describe('the copy of the source documents', () => {
  it('holds the five seeds', () => {
    expect(readdirSync(copy).filter((f) => f.endsWith('.txt'))).toHaveLength(5);
  });

  it.runIf(existsSync(shared))('matches ../shared/seeds/ byte for byte', () => {
    const files = readdirSync(shared).filter((f) => f.endsWith('.txt')).sort();
    expect(readdirSync(copy).filter((f) => f.endsWith('.txt')).sort()).toEqual(files);
    for (const f of files) expect(readFileSync(copy + f)).toEqual(readFileSync(shared + f));
  });
});
