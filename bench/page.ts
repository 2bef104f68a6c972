// `npm run bench:page`: what the script tag costs a charity's page, measured with Lighthouse
// (mobile, simulated throttling, its defaults) in Debian's Chromium. A plain host page is
// measured without the widget, with its plain tag, and with the inline snippet that loads it
// after the page's load event ("deferred"), in turn, three runs each; the medians of the
// performance score, largest contentful paint, total blocking time, layout shift and bytes are
// printed, and the differences from the page without it are the last line, one JSON object. A benchmark: it asserts
// nothing. Options: --runs N; --throttling devtools has Chromium itself slow the network and
// CPU to the same mobile profile (simulate, the default, is what PageSpeed Insights reports);
// --repeat-view keeps the browser's cache between runs, so the widget's script comes from it,
// as on a person's second page view within five minutes (or any view of a pinned copy).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { buildApp } from '../server/app.js';
import { hostPage } from '../tests/browser/support/host.js';
import { loadConfig } from '../server/config.js';
// @ts-expect-error: a plain ESM build script without type declarations
import { buildWidget, snippetTag } from '../scripts/build-widget.mjs';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    throttling: { type: 'string', default: 'simulate' },
    'repeat-view': { type: 'boolean', default: false },
  },
});
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number of at least 1');
const throttlings = ['simulate', 'devtools'] as const;
const throttlingMethod = throttlings.find((t) => t === args.throttling);
if (!throttlingMethod) throw new Error('--throttling must be simulate or devtools');
const repeatView = args['repeat-view'];

interface Figures {
  score: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Every byte the page loaded, as transferred. */
  bytes: number;
  /** The widget's own bytes as transferred (0 on the page without it). */
  widgetBytes: number;
  /**
   * Whether, in the page load Lighthouse observed (unthrottled, on this machine), the widget's
   * script had finished downloading before the page's largest paint. Lantern, which simulates the
   * slow phone from that load, then counts the script, and the new connection to the guide's
   * origin it waited for, as needed for the paint (its run is too short for Lantern to see that
   * it came after the paint). See docs/performance.md.
   */
  widgetLoadedBeforeLcp: boolean;
}

interface TraceEvent {
  name: string;
  ts: number;
  args?: { data?: { url?: string; requestId?: string } };
}

/** In the observed load: did a request to the guide finish before the last LCP candidate? */
function loadedBeforeLcp(events: TraceEvent[]): boolean {
  const lcp = events.filter((e) => e.name === 'largestContentfulPaint::Candidate').at(-1)?.ts ?? Infinity;
  const guideRequests = new Set(
    events.filter((e) => e.name === 'ResourceSendRequest' && e.args?.data?.url?.startsWith(guideUrl)).map((e) => e.args!.data!.requestId),
  );
  return events.some((e) => e.name === 'ResourceFinish' && guideRequests.has(e.args?.data?.requestId) && e.ts <= lcp);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const round = (x: number, places = 0) => Math.round(x * 10 ** places) / 10 ** places;

const article =
  '<p>If a social worker has been in touch, you may be worried about what happens next. This page explains the ' +
  'steps, your rights, and where to get support. You are not alone, and asking for help is not a sign of failure.</p>';

const hostCss = 'body{margin:0;font:18px/1.5 system-ui,sans-serif;color:#222}header,main{padding:0 1rem}h1{font-size:2rem}';

const { bytes, gzipBytes, hashedName, integrity, snippet } = await buildWidget({ quiet: true });
const guide = await buildApp({ config: { ...loadConfig({}), port: 0, host: '127.0.0.1', logLevel: 'silent' } });
await guide.listen({ port: 0, host: '127.0.0.1' });
const guideUrl = `http://127.0.0.1:${(guide.server.address() as AddressInfo).port}`;
// The widget tests' charity page (links, a stylesheet, no scripts of its own), with some text.
const charityPage = hostPage({ guide: guideUrl, main: article.repeat(6) });
const plainTag = /<script [^>]*widget\.js[^>]*><\/script>/;
const pages: Record<string, string> = {
  '/without': charityPage.replace(plainTag, ''),
  '/with': charityPage,
  // The snippet docs/widget.md offers, as the build prints it, in the plain tag's place.
  '/deferred': charityPage.replace(plainTag, () => snippetTag(snippet.code, { src: `${guideUrl}/${hashedName}`, integrity })),
};
if (pages['/without'] === pages['/with'] || !pages['/deferred']!.includes(snippet.code)) {
  throw new Error('could not take the script tag out of the host page');
}
const site = createServer((req, res) => {
  const path = (req.url ?? '/').split('?')[0]!;
  if (path === '/host.css') return res.writeHead(200, { 'content-type': 'text/css' }).end(hostCss);
  const page = pages[path];
  if (!page) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
});
await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
// localhost, not 127.0.0.1: the host page and the guide are on different origins, as in life.
const siteUrl = `http://localhost:${(site.address() as AddressInfo).port}`;

// Debian's chromium; Lighthouse downloads nothing.
const chromePath = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});

async function measure(path: string): Promise<Figures> {
  const result = await lighthouse(`${siteUrl}${path}`, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
    throttlingMethod,
    disableStorageReset: repeatView,
  });
  if (!result) throw new Error('Lighthouse returned nothing');
  const { lhr, artifacts } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const requests = (lhr.audits['network-requests']?.details as { items?: Array<{ url: string; transferSize?: number }> } | undefined)?.items ?? [];
  return {
    score: round((lhr.categories.performance?.score ?? NaN) * 100),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    bytes: audit('total-byte-weight'),
    widgetBytes: requests.filter((r) => r.url.startsWith(guideUrl)).reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
    widgetLoadedBeforeLcp: loadedBeforeLcp((artifacts.Trace?.traceEvents ?? []) as TraceEvent[]),
  };
}

const kinds = ['without', 'with', 'deferred'] as const;
const seen: Record<(typeof kinds)[number], Figures[]> = { without: [], with: [], deferred: [] };
console.log(`safe-steps bench:page: Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, ${chromePath}, ${throttlingMethod} throttling, ${repeatView ? 'repeat views, ' : ''}${runs} runs each, ${new Date().toISOString()}`);
console.log(`widget.js built: ${bytes} bytes, ${gzipBytes} gzipped`);
console.log('run  page      score   LCP ms   TBT ms   CLS     bytes   widget bytes   widget loaded before LCP');
try {
  // One discarded run first, so no page is measured on a cold browser (for repeat views, one of
  // each with the widget, so its script is in the cache).
  await measure('/without');
  if (repeatView) for (const path of ['/with', '/deferred']) await measure(path);
  for (let r = 1; r <= runs; r++) {
    // Each run starts with a different page, so none is always first or always last.
    const order = kinds.map((_, i) => kinds[(i + r - 1) % kinds.length]!);
    for (const which of order) {
      const f = await measure(`/${which}`);
      seen[which].push(f);
      console.log(
        `${String(r).padEnd(4)} ${which.padEnd(9)}${String(f.score).padStart(6)} ${String(round(f.lcpMs)).padStart(8)} ` +
          `${String(round(f.tbtMs)).padStart(8)}   ${f.cls.toFixed(3)} ${String(f.bytes).padStart(8)} ${String(f.widgetBytes).padStart(8)}` +
          (which === 'without' ? '' : `       ${f.widgetLoadedBeforeLcp ? 'yes' : 'no'}`),
      );
    }
  }
} finally {
  await chrome.kill();
  site.close();
  await guide.close();
}

const medians = (list: Figures[]) => ({
  score: median(list.map((f) => f.score)),
  lcpMs: round(median(list.map((f) => f.lcpMs))),
  tbtMs: round(median(list.map((f) => f.tbtMs))),
  cls: round(median(list.map((f) => f.cls)), 3),
  bytes: median(list.map((f) => f.bytes)),
  widgetBytes: median(list.map((f) => f.widgetBytes)),
});
const without = medians(seen.without);
const withWidget = medians(seen.with);
const deferred = medians(seen.deferred);
const differenceFromWithout = (m: typeof without) => ({
  score: m.score - without.score,
  lcpMs: round(m.lcpMs - without.lcpMs),
  tbtMs: round(m.tbtMs - without.tbtMs),
  cls: round(m.cls - without.cls, 3),
  bytes: m.bytes - without.bytes,
  widgetBytes: m.widgetBytes,
});
const lcpRuns = (list: Figures[]) => list.map((f) => round(f.lcpMs));
console.log(`\nmedians without:  ${JSON.stringify(without)}`);
console.log(`medians with:     ${JSON.stringify(withWidget)}`);
console.log(`medians deferred: ${JSON.stringify(deferred)}`);
console.log(
  JSON.stringify({
    runs,
    throttling: throttlingMethod,
    repeatView,
    difference: differenceFromWithout(withWidget),
    // In how many runs the widget's script had loaded before the observed LCP (Lantern then counts it).
    widgetLoadedBeforeLcpRuns: seen.with.filter((f) => f.widgetLoadedBeforeLcp).length,
    without,
    with: withWidget,
    // The inline snippet, which asks for the bundle only after the page's load event.
    differenceDeferred: differenceFromWithout(deferred),
    deferredLoadedBeforeLcpRuns: seen.deferred.filter((f) => f.widgetLoadedBeforeLcp).length,
    deferred,
    lcpRunsMs: { without: lcpRuns(seen.without), with: lcpRuns(seen.with), deferred: lcpRuns(seen.deferred) },
  }),
);
process.exit(0);
