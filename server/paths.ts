// Where files live, the same whether the server runs from source (tests) or from dist/.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findProjectRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the project root (no package.json above the server)');
    dir = parent;
  }
  return dir;
}

export const projectRoot = findProjectRoot(dirname(fileURLToPath(import.meta.url)));
/** The demo charity page and other hand-written public files. */
export const publicDir = join(projectRoot, 'server', 'public');
/** The widget bundle, built by scripts/build-widget.mjs. */
export const widgetDir = join(projectRoot, 'dist', 'widget');
