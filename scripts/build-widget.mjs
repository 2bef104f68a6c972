// Bundles the widget into one small script, dist/widget/widget.js, with esbuild.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = `${root}dist/widget/widget.js`;

export async function buildWidget({ quiet = false } = {}) {
  await build({
    entryPoints: [`${root}widget/src/index.ts`],
    outfile,
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020'],
    legalComments: 'none',
    logLevel: quiet ? 'silent' : 'warning',
  });
  const bytes = readFileSync(outfile);
  return { outfile, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { bytes, gzipBytes } = await buildWidget();
  console.log(`widget.js: ${(bytes / 1024).toFixed(1)} KB, ${(gzipBytes / 1024).toFixed(1)} KB gzipped`);
}
