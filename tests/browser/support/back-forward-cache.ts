// Chromium as a person has it: with the back-forward cache on. Playwright launches Chromium
// with --disable-back-forward-cache by default (so that goBack always reloads); the tests of
// what Back may bring back need the cache, so this launch leaves that switch out. A test must
// still prove the cache was used: pageshow with persisted set, recorded by `watchPageshows`.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export function launchChromiumWithBackForwardCache(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-component-update', '--no-first-run'],
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  });
}

/** Records, on every page of the context, whether each pageshow came from the cache. */
export async function watchPageshows(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __pageshows: boolean[] };
    w.__pageshows = [];
    addEventListener('pageshow', (event) => w.__pageshows.push(event.persisted));
  });
}

/** Back, then waits until the page is shown again from the back-forward cache (fails otherwise). */
export async function backFromCache(page: Page, expectedUrl: string): Promise<void> {
  // A page restored from the cache fires no load event: wait for the commit, then the pageshow.
  await page.goBack({ waitUntil: 'commit' });
  if (page.url() !== expectedUrl) throw new Error(`Back went to ${page.url()}, not ${expectedUrl}`);
  const restored = await page
    .waitForFunction(() => (window as unknown as { __pageshows: boolean[] }).__pageshows.at(-1) === true, null, { timeout: 10_000 })
    .then(() => true, () => false);
  if (!restored) {
    const why = await page.evaluate(() => JSON.stringify((performance.getEntriesByType('navigation')[0] as unknown as { notRestoredReasons?: unknown })?.notRestoredReasons ?? null));
    throw new Error(`the page was not restored from the back-forward cache: ${why}`);
  }
}
