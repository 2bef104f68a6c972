// The second way to embed, in real Chromium: the inline snippet the build prints, on a charity's
// page whose strict CSP allows it only by its sha256 (and enforces Trusted Types). Nothing of
// the guide is asked for before the page's load event; then the pinned bundle loads with its
// integrity hash and works as the plain tag's does, with the settings from the snippet's own
// attributes; a wrong hash is refused.
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
// @ts-expect-error: a plain ESM build script without type declarations
import { buildWidget, snippetTag } from '../../scripts/build-widget.mjs';
import { useWidgetHarness } from './support/harness.js';
import { hostPage, neutralPage, strictCsp } from './support/host.js';
import { cspViolations } from './support/widget.js';

// What global setup wrote; measured again without writing, to learn the names and the snippet.
const pinned: { hashedName: string; integrity: string; snippet: { code: string; cspSource: string } } = await buildWidget({
  quiet: true,
  write: false,
});

/** The host page with its plain script tag swapped for the snippet, pointing at the guide. */
function snippetPage(guide: string, { integrity = pinned.integrity, data = {} as Record<string, string>, main = '' } = {}): string {
  const tag = snippetTag(pinned.snippet.code, { src: `${guide}/${pinned.hashedName}`, integrity, data });
  const page = hostPage({ guide, main }).replace(/<script src="[^"]*widget\.js"[^>]*><\/script>/, () => tag);
  if (!page.includes(tag)) throw new Error('could not put the snippet in the host page');
  return page;
}

/** An image whose answer the test holds back, and with it the page's load event. */
let heldImage: ServerResponse | undefined;
const GIF = Buffer.from('R0lGODlhAQABAAAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');

const harness = useWidgetHarness({
  pages: (guide) => ({
    '/': snippetPage(guide, { data: { 'exit-url': '/exit', title: 'Get help now' } }),
    '/held': snippetPage(guide, { main: '<img src="/held.gif" alt="" width="1" height="1">' }),
    '/held.gif': (res) => {
      heldImage = res;
    },
    '/tampered': snippetPage(guide, { integrity: `sha384-${Buffer.alloc(48, 7).toString('base64')}` }),
    '/late': hostPage({ guide }).replace(/<script src="[^"]*widget\.js"[^>]*><\/script>/, ''),
    '/search': neutralPage.replace('Weather forecast', 'Search results'),
    '/host.css': 'body { margin: 0; }',
    '/exit': neutralPage,
  }),
  // Nothing inline but the snippet, named by its hash: what docs/widget.md tells a charity to send.
  csp: (guide) => strictCsp(guide, [pinned.snippet.cspSource]),
});

const launcher = (page: Page) => page.locator('safe-steps-chat .launcher');

/** Every request the page makes to the guide's server, in order. */
function guideRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith(harness.guide.httpUrl)) seen.push(new URL(r.url()).pathname);
  });
  return seen;
}

const nextFrames = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve)))));

describe('the inline snippet', { timeout: 90_000 }, () => {
  it('asks for nothing of the guide until the page’s load event, then loads the pinned bundle', async () => {
    const page = await harness.newPage();
    const requests = guideRequests(page);
    heldImage = undefined;
    await page.goto(harness.site.url('/held'), { waitUntil: 'domcontentloaded' });
    await expect.poll(() => heldImage !== undefined).toBe(true);
    // The page is parsed and has painted, the snippet has run, and load is still held back.
    await nextFrames(page);
    await expect(
      page.evaluate(() => ({
        readyState: document.readyState,
        injected: document.querySelectorAll('script[src]').length,
        defined: customElements.get('safe-steps-chat') !== undefined,
      })),
    ).resolves.toEqual({ readyState: 'interactive', injected: 0, defined: false });
    expect(requests).toEqual([]);

    heldImage!.writeHead(200, { 'content-type': 'image/gif' }).end(GIF);
    await launcher(page).locator('.open').waitFor();
    await page.locator('safe-steps-exit .skip').waitFor({ state: 'attached' });
    expect(requests).toEqual([`/${pinned.hashedName}`]);
    // The browser's own record: the bundle's request began after the load event and after the
    // page's largest paint.
    const order = await page.evaluate(async () => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const bundle = performance.getEntriesByType('resource').find((e) => /\/widget\.[0-9a-f]{12}\.js$/.test(e.name));
      // Largest paints are only given to an observer.
      const paints = await new Promise<PerformanceEntryList>((resolve) =>
        new PerformanceObserver((list) => resolve(list.getEntries())).observe({ type: 'largest-contentful-paint', buffered: true }),
      );
      return { loadEventStart: navigation.loadEventStart, largestPaint: paints.at(-1)?.startTime, bundleStart: bundle?.startTime };
    });
    expect(order.loadEventStart).toBeGreaterThan(0);
    expect(order.largestPaint).toBeGreaterThan(0);
    expect(order.bundleStart).toBeGreaterThanOrEqual(order.loadEventStart);
    expect(order.bundleStart).toBeGreaterThanOrEqual(order.largestPaint!);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('takes its settings from the snippet: the title, and Quick exit to the exit URL with no referrer', async () => {
    const page = await harness.newPage();
    await page.goto(harness.site.url('/search'));
    await page.goto(harness.site.url('/'));
    const historyBefore = await page.evaluate(() => history.length);
    await expect(launcher(page).locator('.open').textContent()).resolves.toContain('Get help now');
    await expect(page.locator('safe-steps-exit .skip').getAttribute('href')).resolves.toBe(harness.site.url('/exit'));

    const exitRequest = page.waitForRequest((request) => request.url() === harness.site.url('/exit'));
    await launcher(page).locator('.exit').click();
    await expect((await exitRequest).headerValue('referer')).resolves.toBeNull();
    await page.waitForURL(harness.site.url('/exit'));
    await expect(page.evaluate(() => document.referrer)).resolves.toBe('');
    // The charity's page was replaced in history: Back leads to the page before it.
    await expect(page.evaluate(() => history.length)).resolves.toBe(historyBefore);
    await page.goBack();
    expect(page.url()).toBe(harness.site.url('/search'));
  });

  it('opens the guide’s panel, and danger help is one tap away', async () => {
    const page = await harness.newPage();
    await page.goto(harness.site.url('/'));
    await launcher(page).locator('.open').click();
    await page.getByRole('button', { name: 'About this guide' }).waitFor();
    await page.locator('safe-steps-chat .danger').click();
    const log = page.locator('safe-steps-chat .log');
    await log.getByText('If you or your children are in danger now, call 999.').waitFor();
    await expect(log.locator('a.call[href="tel:999"]').count()).resolves.toBeGreaterThan(0);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('is refused by the browser when the integrity hash does not match: no guide at all', async () => {
    const page = await harness.newPage();
    const refusals: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /integrity/i.test(m.text())) refusals.push(m.text());
    });
    const requests = guideRequests(page);
    await page.goto(harness.site.url('/tampered'), { waitUntil: 'load' });
    await expect.poll(() => refusals.length).toBeGreaterThan(0);
    // It was asked for (after load) and not run.
    expect(requests).toEqual([`/${pinned.hashedName}`]);
    await nextFrames(page);
    await expect(page.evaluate(() => customElements.get('safe-steps-chat') === undefined)).resolves.toBe(true);
    await expect(page.locator('safe-steps-chat, safe-steps-exit').count()).resolves.toBe(0);
  });

  it('loads after load without waiting for a paint on a page that is hidden (a background tab paints nothing)', async () => {
    const page = await harness.newPage();
    await page.addInitScript(() => Object.defineProperty(document, 'visibilityState', { get: () => 'hidden' }));
    const requests = guideRequests(page);
    await page.goto(harness.site.url('/'), { waitUntil: 'load' });
    await page.locator('safe-steps-exit .skip').waitFor({ state: 'attached' });
    expect(requests).toEqual([`/${pinned.hashedName}`]);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('loads at once when put on a page that has already loaded (as a tag manager does)', async () => {
    const page = await harness.newPage();
    await page.goto(harness.site.url('/late'), { waitUntil: 'load' });
    // The same snippet inserted now; the page's CSP still lets it run only by its hash.
    await page.evaluate(
      ({ code, src, integrity }) => {
        const tag = document.createElement('script');
        tag.dataset.src = src;
        tag.dataset.integrity = integrity;
        tag.dataset.exitUrl = '/exit';
        // The page enforces Trusted Types, so the tag manager brings its own policy.
        const policy = (window as unknown as { trustedTypes: { createPolicy(n: string, r: object): { createScript(s: string): string } } }).trustedTypes.createPolicy(
          'tag-manager',
          { createScript: (s: string) => s },
        );
        tag.textContent = policy.createScript(code);
        document.body.append(tag);
      },
      { code: pinned.snippet.code, src: `${harness.guide.httpUrl}/${pinned.hashedName}`, integrity: pinned.integrity },
    );
    await launcher(page).locator('.open').waitFor();
    await expect(page.locator('safe-steps-exit .skip').getAttribute('href')).resolves.toBe(harness.site.url('/exit'));
    expect(await cspViolations(page)).toEqual([]);
  });
});
