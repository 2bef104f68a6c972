// Bundles the widget into one small script with esbuild, and writes what the server sends:
//   dist/widget/widget.js              the address charities paste (short cache, ETag)
//   dist/widget/widget.<hash>.js       the same bytes under a name that never changes meaning,
//                                      cached for a year, for a tag pinned with Subresource Integrity
//   … each with .br and .gz beside it, compressed once here rather than on every request.
//   dist/embed/snippet.html            the second way to embed: an inline snippet that loads the
//                                      pinned copy after the page's `load` (widget/snippet.ts);
//                                      not served by the guide, it is for pasting
// It prints the sizes, the Subresource Integrity hash, the tag to paste, and the snippet with
// the CSP hash of its code. The budget is 15 KB gzipped (tests/browser/bundle-size.test.ts
// enforces it).
import { build, transform } from 'esbuild';
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/widget`;
const outfile = `${outdir}/widget.js`;
const snippetFile = `${root}dist/embed/snippet.html`;
// Safari 15 (iOS 15) and Chrome 87 and later: older phones are common among the people this serves.
const target = ['es2020', 'safari15', 'chrome87', 'firefox78'];

export const WIDGET_BUDGET_GZIP_BYTES = 15 * 1024;
/** The served names: widget.js, or widget.<12 hex>.js, with .br or .gz for their compressed twins. */
export const WIDGET_FILE = /^widget(\.[0-9a-f]{12})?\.js(\.br|\.gz)?$/;

const gzip = (bytes) => gzipSync(bytes, { level: 9 });
const brotli = (bytes) =>
  brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });

/** Builds the bundle; with `write: false` it only measures, leaving the served files alone. */
export async function buildWidget({ quiet = false, write = true } = {}) {
  const result = await build({
    entryPoints: [`${root}widget/src/index.ts`],
    outfile,
    bundle: true,
    minify: true,
    format: 'iife',
    target,
    legalComments: 'none',
    write: false,
    logLevel: quiet ? 'silent' : 'warning',
  });
  const bytes = Buffer.from(result.outputFiles[0].contents);
  const gz = gzip(bytes);
  const br = brotli(bytes);
  const hashedName = `widget.${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}.js`;
  const integrity = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  if (write) {
    mkdirSync(dirname(outfile), { recursive: true });
    // Earlier builds' pinned copies go: one build, one pinned name.
    for (const name of readdirSync(outdir)) if (WIDGET_FILE.test(name)) rmSync(join(outdir, name));
    for (const name of ['widget.js', hashedName]) {
      writeFileSync(join(outdir, name), bytes);
      writeFileSync(join(outdir, `${name}.gz`), gz);
      writeFileSync(join(outdir, `${name}.br`), br);
    }
  }
  const snippet = await buildSnippet();
  // What a charity pastes, with the guide's address to fill in: written and printed the same.
  const snippetHtml = snippetTag(snippet.code, { src: `https://GUIDE-HOST/${hashedName}`, integrity });
  if (write) {
    mkdirSync(dirname(snippetFile), { recursive: true });
    writeFileSync(snippetFile, `${snippetHtml}\n`);
  }
  return { outfile, hashedName, integrity, bytes: bytes.length, gzipBytes: gz.length, brotliBytes: br.length, snippet, snippetHtml, snippetFile };
}

/**
 * The inline snippet's code, minified, and the `script-src` source a Content-Security-Policy
 * needs to run it: the sha256 of the exact text between <script> and </script>. The code holds
 * no address or version (those are the tag's attributes), so the hash only changes when
 * widget/snippet.ts does.
 */
export async function buildSnippet() {
  const { code: minified } = await transform(readFileSync(`${root}widget/snippet.ts`, 'utf8'), {
    loader: 'ts',
    minify: true,
    target,
    legalComments: 'none',
  });
  const code = minified.trim();
  return { code, cspSource: `'sha256-${createHash('sha256').update(code).digest('base64')}'` };
}

const escapeAttr = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The snippet as a charity pastes it: `src` and `integrity` name the pinned bundle, and `data`
 * carries the settings the plain tag takes (e.g. `{ 'exit-url': 'https://…' }`).
 */
export function snippetTag(code, { src, integrity, data = {} }) {
  const attrs = [['src', src], ['integrity', integrity], ...Object.entries(data)]
    .map(([name, value]) => ` data-${name}="${escapeAttr(value)}"`)
    .join('');
  return `<script${attrs}>${code}</script>`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { bytes, gzipBytes, brotliBytes, hashedName, integrity, snippet, snippetHtml, snippetFile } = await buildWidget();
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `widget.js: ${kb(bytes)}, ${kb(gzipBytes)} gzipped, ${kb(brotliBytes)} with brotli ` +
      `(budget ${WIDGET_BUDGET_GZIP_BYTES / 1024} KB gzipped)\n` +
      `pinned copy: ${hashedName}\nSubresource Integrity: ${integrity}\n` +
      `tag: <script src="https://GUIDE-HOST/${hashedName}" integrity="${integrity}" crossorigin="anonymous" defer></script>\n` +
      `snippet (loads the pinned copy after the page's load event; also in ${snippetFile.slice(root.length)}):\n` +
      `${snippetHtml}\n` +
      `the snippet's CSP hash, for script-src (the same for every release until widget/snippet.ts changes): ${snippet.cspSource}`,
  );
}
