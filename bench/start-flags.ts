// The Node flags production runs the server with, read from the checkout's own `npm start`
// (package.json), so a bench server runs as production does and `npm run bench:ab` runs each
// checkout with its own. The Dockerfile's CMD carries the same flags (tests/ops/start-command.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** `node <flags> dist/server/main.js`: the only shape `npm start` may have. */
const START = /^node((?: --[a-z0-9-]+(?:=[^\s]+)?)*) dist\/server\/main\.js$/;

export function startFlags(root: string): string[] {
  const start = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  const flags = START.exec(start);
  if (!flags) throw new Error(`npm start is not "node [--flags] dist/server/main.js": ${start}`);
  return flags[1]!.split(' ').filter(Boolean);
}
