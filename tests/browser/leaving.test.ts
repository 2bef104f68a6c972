// Quick exit against what a person's browser really does, with the back-forward cache on
// (tests/browser/support/back-forward-cache.ts), held against GOV.UK Frontend's "Exit this page"
// and its open bugs. Each test is one way the exit used to leave something behind: a
// conversation Back brings back, a Shift count that survives, a language switch taken for an
// exit, two Shift keys not counted, an announcement missed, the charity's address given to the
// neutral site.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ServerResponse } from 'node:http';
import { startServer, type TestServer } from '../support/server.js';
import { phoneContext } from './support/chromium.js';
import { backFromCache, launchChromiumWithBackForwardCache, watchPageshows } from './support/back-forward-cache.js';
import { hostPage, neutralPage, startHostSite, strictCsp, type HostSite } from './support/host.js';
import { serverForgot, watchFrames, type Frames } from './support/widget.js';

let browser: Browser;
let guide: TestServer;
let site: HostSite;
let context: BrowserContext | undefined;

beforeAll(async () => {
  [browser, guide] = await Promise.all([launchChromiumWithBackForwardCache(), startServer()]);
  const csp = strictCsp(guide.httpUrl);
  // An ordinary page that the browser may keep in its back-forward cache: no "no-store"
  // (Chromium does not keep a no-store page that used a WebSocket).
  const charityPage = (title: string) => (res: ServerResponse) =>
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp, 'cache-control': 'no-cache' })
      .end(hostPage({ guide: guide.httpUrl, scriptAttrs: 'data-exit-url="/exit"' }).replace('<title>Family Support Network</title>', `<title>${title}</title>`));
  site = await startHostSite(
    {
      '/search': neutralPage.replace('Weather forecast', 'Search results'),
      '/': charityPage('Family Support Network'),
      '/rights': charityPage('Your rights'),
      '/host.css': 'body { margin: 0; }',
      '/exit': neutralPage,
    },
    csp,
  );
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await site?.close();
  await guide?.close();
});

async function fresh(): Promise<{ page: Page; frames: Frames }> {
  await context?.close();
  context = await phoneContext(browser);
  await watchPageshows(context);
  const page = await context.newPage();
  const frames = watchFrames(page);
  await page.goto(site.url('/search'));
  await page.goto(site.url('/'));
  await page.locator('safe-steps-chat .launcher .open').waitFor();
  return { page, frames };
}

async function converse(page: Page, frames: Frames): Promise<string> {
  await page.locator('safe-steps-chat .launcher .open').click();
  await page.getByRole('button', { name: 'About this guide' }).click();
  await page.locator('safe-steps-chat .log').getByText('Wales has its own procedures').waitFor();
  return frames.token()!;
}

const toast = (page: Page) => page.locator('safe-steps-exit .toast');

/** Another page of the charity's site, as a link would open it. */
async function follow(page: Page, path: string): Promise<void> {
  await page.goto(site.url(path));
  await page.locator('safe-steps-chat .launcher .open').waitFor();
}

describe('leaving, with the back-forward cache on', { timeout: 120_000 }, () => {
  it('1. Back after a quick exit on another page does not bring the conversation back, and the server forgot it', async () => {
    const { page, frames } = await fresh();
    const token = await converse(page, frames);
    await follow(page, '/rights');
    await page.locator('safe-steps-chat .launcher .exit').click();
    await page.waitForURL(site.url('/exit'));

    // The exit replaced /rights; Back finds the first page, restored from the cache.
    await backFromCache(page, site.url('/'));
    const root = page.locator('safe-steps-chat');
    await root.locator('.launcher .open').waitFor();
    await expect(root.locator('.launcher .open').getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(root.locator('.log .step').count()).resolves.toBe(0);
    await expect(root.getByText('Wales has its own procedures').count()).resolves.toBe(0);
    await expect(page.evaluate(() => getComputedStyle(document.documentElement).visibility)).resolves.toBe('visible');
    // Nothing tried to carry the old conversation on, and the server no longer has it.
    expect(frames.sent.filter((f) => f.type === 'start' && f.resume === token)).toEqual([]);
    await expect.poll(() => serverForgot(guide.wsUrl, token), { timeout: 15_000 }).toBe(true);
    // Opened again, it starts afresh.
    await root.locator('.launcher .open').click();
    await page.getByRole('button', { name: 'About this guide' }).waitFor();
    expect(frames.token()).not.toBe(token);
  });

  it('2. a page restored by Back has no Shift count left over, and no old message', async () => {
    const { page } = await fresh();
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(toast(page).textContent()).resolves.toBe('Press Shift 1 more time to leave this page.');
    await follow(page, '/rights');
    await backFromCache(page, site.url('/'));
    await expect(toast(page).textContent()).resolves.toBe('');
    await page.keyboard.press('Shift');
    await expect(toast(page).textContent()).resolves.toBe('Press Shift 2 more times to leave this page.');
    expect(page.url()).toBe(site.url('/'));
  });

  it('3. Shift pressed three times while Alt or Ctrl is held (a keyboard language switch) does not leave', async () => {
    const { page } = await fresh();
    for (const modifier of ['Alt', 'Control']) {
      await page.keyboard.down(modifier);
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
      await page.keyboard.up(modifier);
      await expect(toast(page).textContent()).resolves.toBe('');
      expect(page.url()).toBe(site.url('/'));
    }
    // Shift on its own still leaves.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await page.waitForURL(site.url('/exit'));
  });

  it('4. left and right Shift pressed overlapping count as two presses (GOV.UK bug #5393)', async () => {
    const { page } = await fresh();
    // Sent through the DevTools protocol with the modifier state a real keyboard gives: left
    // Shift is released while right Shift is still down, so its keyup says Shift is held.
    // (Playwright's keyboard would clear Shift on the first release.)
    const cdp = await page.context().newCDPSession(page);
    const shiftKey = (type: 'rawKeyDown' | 'keyUp', side: 'Left' | 'Right', held: boolean) =>
      cdp.send('Input.dispatchKeyEvent', {
        type,
        key: 'Shift',
        code: `Shift${side}`,
        windowsVirtualKeyCode: 16,
        location: side === 'Left' ? 1 : 2,
        modifiers: held ? 8 : 0,
      });
    await shiftKey('rawKeyDown', 'Left', true);
    await shiftKey('rawKeyDown', 'Right', true);
    await shiftKey('keyUp', 'Left', true);
    await shiftKey('keyUp', 'Right', false);
    await expect(toast(page).textContent()).resolves.toBe('Press Shift 1 more time to leave this page.');
    await page.keyboard.press('Shift');
    await page.waitForURL(site.url('/exit'));
  });

  it('5. the live region is in the accessibility tree before its first message, and a lapsed count is announced', async () => {
    await context?.close();
    context = await phoneContext(browser);
    const page = await context.newPage();
    // The page's own clock, moved by the test: no waiting on the real one.
    await page.clock.install();
    await page.goto(site.url('/'));
    await page.locator('safe-steps-chat .launcher .open').waitFor();
    const status = page.locator('safe-steps-exit').getByRole('status');
    await expect(status.count()).resolves.toBe(1);
    await expect(status.textContent()).resolves.toBe('');

    await page.keyboard.press('Shift');
    await expect(status.textContent()).resolves.toBe('Press Shift 2 more times to leave this page.');
    await page.clock.runFor(5100);
    await expect(status.textContent()).resolves.toBe('Timed out. Press Shift 3 times in a row to leave this page.');
    // The count really lapsed: two more presses do not leave.
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(status.textContent()).resolves.toBe('Press Shift 1 more time to leave this page.');
    expect(page.url()).toBe(site.url('/'));
  });

  it('6. the neutral site is not told which page the person left (no Referer)', async () => {
    const { page } = await fresh();
    const exitRequest = page.waitForRequest((request) => request.url() === site.url('/exit'));
    await page.locator('safe-steps-chat .launcher .exit').click();
    const request = await exitRequest;
    await expect(request.headerValue('referer')).resolves.toBeNull();
    await page.waitForURL(site.url('/exit'));
    await expect(page.evaluate(() => document.referrer)).resolves.toBe('');
  });
});
