// The server's idle timeout in real Chromium. A socket the server closes for silence (1000
// "idle") is not redialled: the widget stays calm and quiet until the person acts, then dials,
// resumes, and sends the action on the new socket, showing nothing twice. The page's clock is
// Playwright's, so "no redial" is checked by running every timer the widget set, not by waiting.
import { describe, expect, it } from 'vitest';
import type { Page, WebSocket as PageSocket } from 'playwright-core';
import { testConfig } from '../support/server.js';
import { useWidgetHarness } from './support/harness.js';
import { hostPage } from './support/host.js';
import { watchFrames, type Frames } from './support/widget.js';

const harness = useWidgetHarness({
  // Short enough to wait for, long enough that a page's answer always comes first.
  server: () => ({ config: { ...testConfig, limits: { ...testConfig.limits, idleTimeoutMs: 1500 } } }),
  pages: (guide) => ({
    '/': hostPage({ guide }),
    '/walk': hostPage({ guide, main: '<safe-steps-chat mode="inline" flow="process"></safe-steps-chat>' }),
    '/host.css': 'body { margin: 0; }',
  }),
});

interface Watched {
  page: Page;
  frames: Frames;
  sockets: PageSocket[];
  /** Resolves with each socket once the page has seen it close. */
  closed: Array<Promise<void>>;
}

async function open(path: string): Promise<Watched> {
  const context = await harness.newContext();
  await context.clock.install();
  const page = await context.newPage();
  const frames = watchFrames(page);
  const sockets: PageSocket[] = [];
  const closed: Array<Promise<void>> = [];
  page.on('websocket', (ws) => {
    sockets.push(ws);
    closed.push(new Promise((resolve) => ws.on('close', () => resolve())));
  });
  await page.goto(harness.site.url(path));
  return { page, frames, sockets, closed };
}

const status = (page: Page) => page.locator('safe-steps-chat .status');
const log = (page: Page) => page.locator('safe-steps-chat .log');

/** After an idle close: every timer the widget could have set has run, and it did not dial. */
async function expectDormant(w: Watched, socketsBefore: number): Promise<void> {
  await w.closed[socketsBefore - 1];
  await w.page.clock.runFor(120_000);
  await expect(status(w.page).textContent()).resolves.toBe('');
  await expect(w.page.locator('safe-steps-chat .offline').isHidden()).resolves.toBe(true);
  expect(w.sockets).toHaveLength(socketsBefore);
  expect(harness.guide.app.websocketServer.clients.size).toBe(0);
}

/** Client frames of the newest socket, in order. */
const sentOn = (w: Watched) => {
  const starts = w.frames.sent.map((f, i) => (f.type === 'start' ? i : -1)).filter((i) => i >= 0);
  return w.frames.sent.slice(starts.at(-1));
};

describe('idle timeout', { timeout: 120_000 }, () => {
  it('leaves the link dormant, then a choice dials, resumes, and is sent once', async () => {
    const w = await open('/');
    await w.page.locator('safe-steps-chat .launcher .open').click();
    await w.page.getByRole('button', { name: 'About this guide' }).waitFor();
    const token = w.frames.token();

    await expectDormant(w, 1);

    await w.page.getByRole('button', { name: 'About this guide' }).click();
    await log(w.page).getByText('Wales has its own procedures').waitFor();
    expect(w.sockets).toHaveLength(2);
    expect(sentOn(w)).toEqual([{ type: 'start', locale: 'en', resume: token }, { type: 'choose', choice: 'about' }]);
    expect(w.frames.received.filter((f) => f.type === 'error')).toEqual([]);
    // The resumed screen was already shown: the log holds the menu once, the choice once, the answer once.
    await expect(log(w.page).locator('.step').count()).resolves.toBe(2);
    await expect(log(w.page).getByText('What would you like help with?').count()).resolves.toBe(1);
    await expect(log(w.page).locator('.you').allTextContents()).resolves.toEqual(['You chose: About this guide']);
    await expect(status(w.page).textContent()).resolves.toBe('');

    // Idle again: dormant again, and Back wakes it the same way.
    await expectDormant(w, 2);
    await w.page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect.poll(() => w.frames.received.filter((f) => f.type === 'step').length).toBe(5);
    expect(sentOn(w)).toEqual([{ type: 'start', locale: 'en', resume: token }, { type: 'back' }]);
    expect(w.frames.received.at(-1)).toMatchObject({ type: 'step', token, node: 'main' });
    expect(w.sockets).toHaveLength(3);
  });

  it('wakes on typing, so the message goes on a resumed socket', async () => {
    const w = await open('/');
    await w.page.locator('safe-steps-chat .launcher .open').click();
    await w.page.getByRole('button', { name: 'About this guide' }).waitFor();
    const token = w.frames.token();
    await expectDormant(w, 1);

    await w.page.getByLabel('Or type your question').fill('a child protection conference');
    await expect.poll(() => w.sockets.length).toBe(2);
    await w.page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => sentOn(w).map((f) => f.type)).toEqual(['start', 'say']);
    expect(sentOn(w)[0]).toEqual({ type: 'start', locale: 'en', resume: token });
    await expect.poll(() => w.frames.received.filter((f) => f.type === 'step').length).toBe(3);
    expect(w.frames.received.filter((f) => f.type === 'error')).toEqual([]);
  });

  it('in an inline walkthrough, Next after an idle close moves one step, not two', async () => {
    const w = await open('/walk');
    await w.page.locator('safe-steps-chat').getByRole('button', { name: 'Start' }).click();
    const progress = w.page.locator('safe-steps-chat .log .progress');
    await progress.getByText('Step 1 of 8').waitFor();
    await expectDormant(w, 1);

    await w.page.getByRole('button', { name: 'Next' }).click();
    await progress.getByText('Step 2 of 8').waitFor();
    expect(sentOn(w).map((f) => f.type)).toEqual(['start', 'choose']);
    expect(w.frames.received.filter((f) => f.type === 'error')).toEqual([]);
    await expect(progress.allTextContents()).resolves.toEqual(['Step 2 of 8']);
  });
});
