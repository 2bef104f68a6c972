// Bundles the widget into one small script, dist/widget/widget.js, with esbuild, and reports
// its size: the budget is 15 KB gzipped (tests/browser/bundle-size.test.ts enforces it).
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = `${root}dist/widget/widget.js`;

export const WIDGET_BUDGET_GZIP_BYTES = 15 * 1024;

/** Builds the bundle; with `write: false` it only measures, leaving the served file alone. */
export async function buildWidget({ quiet = false, write = true } = {}) {
  const result = await build({
    entryPoints: [`${root}widget/src/index.ts`],
    outfile,
    bundle: true,
    minify: true,
    format: 'iife',
    // Safari 15 (iOS 15) and Chrome 87 and later: older phones are common among the people this serves.
    target: ['es2020', 'safari15', 'chrome87', 'firefox78'],
    legalComments: 'none',
    write: false,
    logLevel: quiet ? 'silent' : 'warning',
  });
  const bytes = result.outputFiles[0].contents;
  if (write) {
    mkdirSync(dirname(outfile), { recursive: true });
    writeFileSync(outfile, bytes);
  }
  return { outfile, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { bytes, gzipBytes } = await buildWidget();
  console.log(
    `widget.js: ${(bytes / 1024).toFixed(1)} KB, ${(gzipBytes / 1024).toFixed(1)} KB gzipped ` +
      `(budget ${WIDGET_BUDGET_GZIP_BYTES / 1024} KB gzipped)`,
  );
}
