// `npm start`, the Dockerfile and the bench run the server with the same Node flags: a flag that
// changes how fast or how large the server is (docs/deploy.md) must not hold in one and not another.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startFlags } from '../../bench/start-flags.js';

const root = new URL('../../', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, root), 'utf8');

describe('the start command', () => {
  const flags = startFlags(new URL('.', root).pathname);

  it('is node with flags and the built server, and gives the young generation room', () => {
    expect(JSON.parse(read('package.json')).scripts.start).toBe(['node', ...flags, 'dist/server/main.js'].join(' '));
    expect(flags).toContain('--max-semi-space-size=32');
  });

  it('is the Dockerfile’s CMD, flag for flag', () => {
    const cmd = /^CMD (\[.*\])$/m.exec(read('Dockerfile'));
    expect(cmd).not.toBeNull();
    expect(JSON.parse(cmd![1]!)).toEqual(['node', ...flags, 'dist/server/main.js']);
  });

  it('holds only flags Node accepts', async () => {
    const { execFileSync } = await import('node:child_process');
    expect(execFileSync(process.execPath, [...flags, '-e', 'process.stdout.write("ok")'], { encoding: 'utf8' })).toBe('ok');
  });
});
