// Network trouble in real Chromium: the server restarts mid-conversation (same store, same
// port), closes sockets with 1012 or 1009, or cannot be reached at all. The widget stays calm,
// resumes where the person was without showing anything twice, and offline still shows 999
// and the 24-hour helpline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.js';
import { MemoryStore } from '../../server/store/memory.js';
import { startServer, testConfig, type TestServer } from '../support/server.js';
import { launchChromium, phoneContext } from './support/chromium.js';
import { hostPage, neutralPage, startHostSite, strictCsp, type HostSite } from './support/host.js';
import { watchFrames, type Frames } from './support/widget.js';
import { startClosingGuide } from './support/closing-guide.js';

/**
 * The real in-memory store, outliving the app that uses it: closing an app closes its store,
 * and a restarted server must find the conversations still there, as a Redis store would.
 */
class OutlivingStore extends MemoryStore {
  override async close(): Promise<void> {}
  closeForGood(): Promise<void> {
    return super.close();
  }
}

let browser: Browser;
let context: BrowserContext;
const store = new OutlivingStore({ ttlSeconds: 1800 });
let app: FastifyInstance;
let port: number;
let site: HostSite;

async function listen(): Promise<void> {
  app = await buildApp({ config: testConfig, store });
  await app.listen({ port, host: '127.0.0.1' });
}

beforeAll(async () => {
  browser = await launchChromium();
  port = 0;
  await listen();
  port = (app.server.address() as { port: number }).port;
  const guide = `http://127.0.0.1:${port}`;
  site = await startHostSite(
    {
      '/': hostPage({ guide, scriptAttrs: 'data-exit-url="/exit"' }),
      '/host.css': 'body { margin: 0; }',
      '/exit': neutralPage,
    },
    strictCsp(guide),
  );
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await app?.close();
  await store.closeForGood();
});

async function fresh(url: string): Promise<{ page: Page; frames: Frames }> {
  await context?.close();
  context = await phoneContext(browser);
  const page = await context.newPage();
  const frames = watchFrames(page);
  await page.goto(url);
  return { page, frames };
}

const status = (page: Page) => page.locator('safe-steps-chat .status');
const log = (page: Page) => page.locator('safe-steps-chat .log');

/** Opens the guide and answers once; returns the conversation's token. */
async function midConversation(page: Page, frames: Frames): Promise<string> {
  await page.locator('safe-steps-chat .launcher .open').click();
  await page.getByRole('button', { name: 'About this guide' }).waitFor();
  await page.locator('safe-steps-chat .danger').click();
  await page.getByRole('button', { name: 'I can’t speak on the phone' }).waitFor();
  return frames.token()!;
}

/** Waits until the widget has resumed `token` on a new socket and settled. */
async function resumed(page: Page, frames: Frames, token: string, sockets: number): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('safe-steps-chat')!.shadowRoot!.querySelector('.status')!.textContent === '',
  );
  const starts = frames.sent.filter((f) => f.type === 'start');
  expect(starts).toHaveLength(sockets);
  expect(starts.at(-1)).toMatchObject({ resume: token });
  await expect.poll(() => frames.received.at(-1)).toMatchObject({ type: 'step', token, flow: 'danger', node: 'now' });
  expect(frames.received.filter((f) => f.type === 'error')).toEqual([]);
}

async function expectNothingTwice(page: Page): Promise<void> {
  await expect(log(page).locator('.step').count()).resolves.toBe(2);
  await expect(log(page).getByText('If you or your children are in danger now, call 999.').count()).resolves.toBe(1);
  await expect(log(page).getByText('What would you like help with?').count()).resolves.toBe(1);
}

/** "Can't reach the guide", with 999, the Silent Solution and the 24-hour helpline from the bundle. */
async function expectOfflineNumbers(page: Page): Promise<void> {
  await status(page).getByText('We can’t reach the guide right now. We will keep trying.').waitFor({ timeout: 60_000 });
  const offline = page.locator('safe-steps-chat .offline');
  await expect(offline.isVisible()).resolves.toBe(true);
  await expect(offline.locator('a.call').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).resolves.toEqual([
    'tel:999',
    'tel:999',
    'tel:08082000247',
  ]);
  await expect(offline.textContent()).resolves.toMatch(/Call 999, then press 55/);
  await expect(offline.textContent()).resolves.toMatch(/0808 2000 247.*Open now/);
}

describe('network trouble', { timeout: 120_000 }, () => {
  it('carries on after the server restarts mid-conversation, showing nothing twice', async () => {
    const { page, frames } = await fresh(site.url('/'));
    const token = await midConversation(page, frames);

    await app.close();
    await status(page).getByText('Connection lost. Reconnecting…').or(status(page).getByText('We can’t reach the guide right now. We will keep trying.')).waitFor();
    await expect(status(page).getAttribute('role')).resolves.toBe('status');
    // Choices pressed while the line is down go nowhere, and nothing breaks.
    await page.getByRole('button', { name: 'I can’t speak on the phone' }).click();

    await listen();
    await resumed(page, frames, token, 2);
    await expectNothingTwice(page);

    // The conversation really continued: its history survived, so Back works twice.
    await page.getByRole('button', { name: 'I can’t speak on the phone' }).click();
    await log(page).locator('.step').nth(2).getByText('Pressing 55 does not tell the police where you are.').waitFor();
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await log(page).locator('.step').nth(3).getByText('If you cannot speak, call 999').waitFor();
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await log(page).locator('.step').nth(4).getByText('What would you like help with?').waitFor();
    expect(frames.received.filter((f) => f.type === 'error')).toEqual([]);
  });

  it('resumes after the server closes the socket with 1012 (restart) or 1009 (frame too big)', async () => {
    const { page, frames } = await fresh(site.url('/'));
    const token = await midConversation(page, frames);
    let sockets = 1;
    for (const code of [1012, 1009]) {
      const clients = [...app.websocketServer.clients];
      expect(clients).toHaveLength(1);
      clients[0]!.close(code, code === 1012 ? 'service restart' : 'frame too big');
      sockets += 1;
      await expect.poll(() => frames.sent.filter((f) => f.type === 'start').length, { timeout: 30_000 }).toBe(sockets);
      await resumed(page, frames, token, sockets);
    }
    await expectNothingTwice(page);
  });

  it('says plainly when the guide cannot be reached, and still shows 999 and the 24-hour helpline', async () => {
    const gone: TestServer = await startServer();
    const other = await startHostSite(
      { '/': hostPage({ guide: gone.httpUrl }), '/host.css': 'body { margin: 0; }' },
      strictCsp(gone.httpUrl),
    );
    try {
      const { page } = await fresh(other.url('/'));
      await page.locator('safe-steps-chat .launcher .open').waitFor();
      await gone.close();

      await page.locator('safe-steps-chat .launcher .open').click();
      await expectOfflineNumbers(page);

      // "I'm in danger now" works offline too: it shows the same numbers at once.
      await page.locator('safe-steps-chat .danger').click();
      await page.waitForFunction(() => {
        const root = document.querySelector('safe-steps-chat')!.shadowRoot!;
        return root.activeElement === root.querySelector('.offline');
      });
    } finally {
      await other.close();
    }
  });

  it('against a server that accepts and then closes (1013), backs off and shows the offline numbers', async () => {
    const closing = await startClosingGuide(1013, 'try again later');
    const other = await startHostSite(
      { '/': hostPage({ guide: closing.httpUrl }), '/host.css': 'body { margin: 0; }' },
      strictCsp(closing.httpUrl),
    );
    try {
      const { page } = await fresh(other.url('/'));
      await page.locator('safe-steps-chat .launcher .open').click();
      // Each socket opened, so a widget that counted an open as success would redial for ever
      // and never say so. This one counts them as failures and tells the person after three.
      await expectOfflineNumbers(page);
      expect(closing.accepted()).toBeGreaterThanOrEqual(3);
      // Three dials, with the patient pauses in between: no tight loop.
      expect(closing.accepted()).toBeLessThanOrEqual(4);
    } finally {
      await other.close();
      await closing.close();
    }
  });
});
