// Quick exit in real Chromium, every way in: the launcher's button, the panel's button, Shift
// pressed three times, the skip link. Each must land on the exit URL with the charity's page
// gone from history, and the server must have forgotten the conversation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ServerResponse } from 'node:http';
import { useWidgetHarness } from './support/harness.js';
import { hostPage, neutralPage, startHostSite, strictCsp, type HostSite } from './support/host.js';
import { cspViolations, focused, serverForgot, watchFrames, type Frames } from './support/widget.js';
import { startCutProxy, type CutProxy } from './support/cut-proxy.js';

const harness = useWidgetHarness({
  pages: (guide) => {
    const page = (attrs: string) => hostPage({ guide, scriptAttrs: attrs });
    return {
      '/search': neutralPage.replace('Weather forecast', 'Search results'),
      '/': page('data-exit-url="/exit"'),
      '/new-tab': page('data-exit-url="/exit" data-exit-new-tab'),
      '/stays': page('data-exit-url="/no-content"'),
      '/script-url': page('data-exit-url="javascript:alert(1)"'),
      '/host.css': 'body { margin: 0; }',
      '/exit': neutralPage,
      // A navigation answered with 204 does not leave the page, so the page can be watched
      // after an exit.
      '/no-content': (res: ServerResponse) => res.writeHead(204).end(),
    };
  },
});

/** The same charity's page, reaching the guide through a proxy that can take its socket away. */
let proxy: CutProxy;
let cutSite: HostSite;

beforeAll(async () => {
  proxy = await startCutProxy(harness.guide.httpUrl);
  cutSite = await startHostSite(
    {
      '/search': neutralPage.replace('Weather forecast', 'Search results'),
      '/': hostPage({ guide: proxy.httpUrl, scriptAttrs: 'data-exit-url="/exit"' }),
      '/host.css': 'body { margin: 0; }',
      '/exit': neutralPage,
    },
    strictCsp(proxy.httpUrl),
  );
});

afterAll(async () => {
  await cutSite?.close();
  await proxy?.close();
});

interface Visit {
  page: Page;
  frames: Frames;
  historyBefore: number;
  on: HostSite;
}

/** A person arrives from a search page, then opens the charity's page in the same tab. */
async function visit(path = '/', on: HostSite = harness.site): Promise<Visit> {
  const page = await harness.newPage();
  const frames = watchFrames(page);
  await page.goto(on.url('/search'));
  await page.goto(on.url(path));
  await page.locator('safe-steps-chat .launcher .open').waitFor();
  return { page, frames, historyBefore: await page.evaluate(() => history.length), on };
}

async function converse({ page, frames }: Visit): Promise<string> {
  await page.locator('safe-steps-chat .launcher .open').click();
  await page.getByRole('button', { name: 'About this guide' }).click();
  await page.locator('safe-steps-chat .log').getByText('Wales has its own procedures').waitFor();
  const token = frames.token();
  expect(token).toBeTruthy();
  return token!;
}

/** On the exit page, the charity's page replaced in history: Back never returns to it. */
async function expectLeft({ page, historyBefore, on }: Visit): Promise<void> {
  await page.waitForURL(on.url('/exit'));
  await expect(page.evaluate(() => history.length)).resolves.toBe(historyBefore);
  await page.goBack();
  expect(page.url()).toBe(on.url('/search'));
  await page.goForward();
  expect(page.url()).toBe(on.url('/exit'));
}

describe('quick exit', { timeout: 90_000 }, () => {
  it('by the launcher button: leaves at once, even before the guide was opened', async () => {
    const v = await visit();
    await v.page.locator('safe-steps-chat .launcher .exit').click();
    await expectLeft(v);
  });

  it('by the panel button: leaves, and the server forgets the conversation', async () => {
    const v = await visit();
    const token = await converse(v);
    await v.page.locator('safe-steps-chat .panel .head .exit').click();
    await expectLeft(v);
    expect(v.frames.sent.at(-1)).toEqual({ type: 'exit' });
    await expect.poll(() => serverForgot(harness.guide.wsUrl, token), { timeout: 15_000 }).toBe(true);
  });

  it('forgets the conversation by a beacon when the socket is down and cannot come back', async () => {
    const v = await visit('/', cutSite);
    const token = await converse(v);
    // The guide restarts (1012) and the widget cannot get a new socket; HTTP still works.
    proxy.refuseUpgrades();
    const sockets = [...harness.guide.app.websocketServer.clients];
    expect(sockets.length).toBeGreaterThan(0);
    for (const socket of sockets) socket.close(1012, 'service restart');
    const status = v.page.locator('safe-steps-chat .status');
    await status.getByText('Connection lost. Reconnecting…').or(status.getByText('We can’t reach the guide right now. We will keep trying.')).waitFor();

    await v.page.locator('safe-steps-chat .panel .head .exit').click();
    await expectLeft(v);
    // No socket could carry an exit frame: the beacon alone did it.
    expect(v.frames.sent.filter((f) => f.type === 'exit')).toEqual([]);
    expect(proxy.requests).toContain('POST /exit');
    await expect.poll(() => serverForgot(harness.guide.wsUrl, token), { timeout: 15_000 }).toBe(true);
  });

  it('by Shift pressed three times, with a message counting down', async () => {
    const v = await visit();
    const token = await converse(v);
    const toast = v.page.locator('safe-steps-exit .toast');
    await v.page.keyboard.press('Shift');
    await expect(toast.textContent()).resolves.toBe('Press Shift 2 more times to leave this page.');
    await expect(toast.getAttribute('role')).resolves.toBe('status');
    // Seen on top of everything, the open panel included.
    const box = (await toast.boundingBox())!;
    await expect(
      v.page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.tagName.toLowerCase(), [box.x + box.width / 2, box.y + box.height / 2]),
    ).resolves.toBe('safe-steps-exit');
    await v.page.keyboard.press('Shift');
    await expect(toast.textContent()).resolves.toBe('Press Shift 1 more time to leave this page.');
    await v.page.keyboard.press('Shift');
    await expectLeft(v);
    await expect.poll(() => serverForgot(harness.guide.wsUrl, token), { timeout: 15_000 }).toBe(true);
  });

  it('counts Shift as GOV.UK does: not when typing a capital, and any other key starts again', async () => {
    const v = await visit();
    await converse(v);
    const toast = v.page.locator('safe-steps-exit .toast');
    await v.page.getByLabel('Or type your question').focus();
    // "Hi": the Shift used for the capital H does not count.
    await v.page.keyboard.press('Shift+H');
    await v.page.keyboard.press('i');
    await v.page.keyboard.press('Shift');
    await v.page.keyboard.press('Shift');
    await expect(toast.textContent()).resolves.toBe('Press Shift 1 more time to leave this page.');
    // Another key resets the count and clears the message.
    await v.page.keyboard.press('a');
    await expect(toast.textContent()).resolves.toBe('');
    await v.page.keyboard.press('Shift');
    await expect(toast.textContent()).resolves.toBe('Press Shift 2 more times to leave this page.');
    expect(v.page.url()).toBe(harness.site.url('/'));
    await v.page.keyboard.press('Shift');
    await v.page.keyboard.press('Shift');
    await expectLeft(v);
  });

  it('by the skip link, which is the first thing Tab reaches', async () => {
    const v = await visit();
    await v.page.keyboard.press('Tab');
    await expect(focused(v.page)).resolves.toMatchObject({ tag: 'a', text: 'Quick exit: leave this page now', inWidget: true });
    // Hidden until focused, then plainly visible.
    const box = await v.page.locator('safe-steps-exit .skip').boundingBox();
    expect(box!.width).toBeGreaterThan(100);
    expect(box!.height).toBeGreaterThan(30);
    await v.page.keyboard.press('Enter');
    await expectLeft(v);
  });

  it('never takes a javascript: address as its exit', async () => {
    const v = await visit('/script-url');
    await expect(v.page.locator('safe-steps-exit .skip').getAttribute('href')).resolves.toBe('https://www.bbc.co.uk/weather');
  });

  it('can open the neutral site in a new tab as well (data-exit-new-tab)', async () => {
    const v = await visit('/new-tab');
    const opened = harness.context.waitForEvent('page');
    await v.page.locator('safe-steps-chat .launcher .exit').click();
    const tab = await opened;
    await tab.waitForURL(harness.site.url('/exit'));
    await expectLeft(v);
  });

  it('blanks the page and the widget by itself, whether or not the neutral site loads', async () => {
    const v = await visit('/stays');
    await converse(v);
    await v.page.locator('safe-steps-chat .panel .head .exit').click();
    await v.page.waitForFunction(() => document.querySelector('safe-steps-chat')!.shadowRoot!.childElementCount === 0);
    const blank = await v.page.evaluate(() => ({
      visibility: getComputedStyle(document.documentElement).visibility,
      title: document.title,
      skip: document.querySelector('safe-steps-exit')!.shadowRoot!.childElementCount,
      url: location.href,
    }));
    expect(blank).toEqual({ visibility: 'hidden', title: '', skip: 0, url: harness.site.url('/stays') });
  });

  it('resets cleanly if the browser shows the page again after an exit (back-forward cache)', async () => {
    const v = await visit('/stays');
    const token = await converse(v);
    await v.page.locator('safe-steps-chat .panel .head .exit').click();
    await v.page.waitForFunction(() => document.querySelector('safe-steps-chat')!.shadowRoot!.childElementCount === 0);
    await expect.poll(() => serverForgot(harness.guide.wsUrl, token), { timeout: 15_000 }).toBe(true);
    // What the browser fires when it restores a page from the back-forward cache.
    await v.page.evaluate(() => dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
    const open = v.page.locator('safe-steps-chat .launcher .open');
    await open.waitFor();
    await expect(v.page.evaluate(() => getComputedStyle(document.documentElement).visibility)).resolves.toBe('visible');
    await expect(v.page.title()).resolves.toBe('Family Support Network');
    await expect(v.page.locator('safe-steps-exit .skip').count()).resolves.toBe(1);
    await expect(open.getAttribute('aria-expanded')).resolves.toBe('false');
    // A fresh start: nothing of the old conversation, a new token.
    await open.click();
    await v.page.getByRole('button', { name: 'About this guide' }).waitFor();
    await expect(v.page.locator('safe-steps-chat .log .step').count()).resolves.toBe(1);
    await expect(v.page.locator('safe-steps-chat .you').count()).resolves.toBe(0);
    expect(v.frames.token()).not.toBe(token);
    expect(await cspViolations(v.page)).toEqual([]);
  });
});
