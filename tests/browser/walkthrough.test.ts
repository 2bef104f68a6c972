// Inline mode in real Chromium: <safe-steps-chat mode="inline" flow="…"> on a charity's page
// shows a "what happens next" walkthrough in the page itself, step by step, with "Step N of M"
// and Previous/Next. The walkthrough is a small fixture flow served by the real engine, beside
// every real flow.
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { walkthroughEngine, WALK_FLOW } from './fixtures/walkthrough.js';
import { useWidgetHarness } from './support/harness.js';
import { hostPage, neutralPage } from './support/host.js';
import { cspViolations, focused, runAxe, serious, watchFrames, type Frames } from './support/widget.js';

const inline = (guide: string, flow: string) =>
  hostPage({
    guide,
    scriptAttrs: 'data-exit-url="/exit"',
    main: `<safe-steps-chat mode="inline" flow="${flow}" data-title="What happens next: step by step"></safe-steps-chat>`,
  });

const harness = useWidgetHarness({
  server: () => ({ engine: walkthroughEngine() }),
  pages: (guide) => ({
    '/': inline(guide, WALK_FLOW),
    '/unknown': inline(guide, 'no-such-flow'),
    '/host.css': 'body { margin: 0; } main, header { padding: 0 1rem; }',
    '/exit': neutralPage,
  }),
});

async function fresh(path = '/', options: BrowserContextOptions = {}): Promise<{ page: Page; frames: Frames; sockets: () => number }> {
  const page = await harness.newPage(options);
  const frames = watchFrames(page);
  let sockets = 0;
  page.on('websocket', () => (sockets += 1));
  await page.goto(harness.site.url(path));
  return { page, frames, sockets: () => sockets };
}

const chat = (page: Page) => page.locator('safe-steps-chat');
/** The walkthrough opens no socket until the person starts it. */
const begin = (page: Page) => chat(page).getByRole('button', { name: 'Start' }).click();
const progress = (page: Page) => chat(page).locator('.step .progress');

describe('inline walkthrough', { timeout: 90_000 }, () => {
  it('starts the named flow in the page, one step at a time, with Step N of M and Previous/Next', async () => {
    const { page, frames, sockets } = await fresh();
    // In the page's flow: no launcher, a heading, quick exit and the danger choice always there.
    await chat(page).getByRole('button', { name: 'Start' }).waitFor();
    await expect(chat(page).locator('.launcher').count()).resolves.toBe(0);
    await expect(chat(page).getByRole('heading', { name: 'What happens next: step by step' }).isVisible()).resolves.toBe(true);
    await expect(chat(page).locator('.head .exit').isVisible()).resolves.toBe(true);
    await expect(chat(page).locator('.danger').isVisible()).resolves.toBe(true);
    await expect(page.locator('safe-steps-exit .skip').count()).resolves.toBe(1);
    // Loading the page does not pull focus into the guide, and opens no socket: the guide
    // hears of the visit only when the person starts.
    await expect(focused(page)).resolves.toBeNull();
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(sockets()).toBe(0);
    expect(harness.guide.app.websocketServer.clients.size).toBe(0);

    await begin(page);
    await progress(page).waitFor();
    await expect(progress(page).textContent()).resolves.toBe('Step 1 of 3');
    expect(sockets()).toBe(1);
    expect(frames.sent[0]).toMatchObject({ type: 'start', flow: WALK_FLOW });
    await expect(focused(page)).resolves.toMatchObject({ label: 'Step 1 of 3', inWidget: true });
    // Step 1: nothing to go back to, so only Next.
    await expect(chat(page).locator('.nav button').allTextContents()).resolves.toEqual(['Next step']);
    await expect(chat(page).getByRole('button', { name: 'Back', exact: true }).isHidden()).resolves.toBe(true);

    await chat(page).getByRole('button', { name: 'Next' }).click();
    await progress(page).getByText('Step 2 of 3').waitFor();
    await expect(focused(page)).resolves.toMatchObject({ label: 'Step 2 of 3', inWidget: true });
    // Only the current step is on screen, with its number, source and opening state.
    await expect(chat(page).locator('.log .step').count()).resolves.toBe(1);
    await expect(chat(page).locator('.step .src').textContent()).resolves.toBe('Source: Working Together to Safeguard Children 2023');
    await expect(chat(page).locator('.step .call').textContent()).resolves.toMatch(/0808 2000 247.*Open now/);
    await expect(chat(page).locator('.nav button').allTextContents()).resolves.toEqual(['Previous step', 'Next step']);

    await chat(page).getByRole('button', { name: 'Next' }).click();
    await progress(page).getByText('Step 3 of 3').waitFor();
    // This step offers no "previous" of its own: Previous sends Back.
    await expect(chat(page).locator('.nav button').allTextContents()).resolves.toEqual(['Previous']);
    await chat(page).getByRole('button', { name: 'Previous' }).click();
    await progress(page).getByText('Step 2 of 3').waitFor();
    expect(frames.sent.at(-1)).toEqual({ type: 'back' });

    // Here the flow has its own choice with the role "previous" (id `backward`), and the widget uses it.
    await chat(page).getByRole('button', { name: 'Previous' }).click();
    await progress(page).getByText('Step 1 of 3').waitFor();
    expect(frames.sent.at(-1)).toEqual({ type: 'choose', choice: 'backward' });
    await expect(focused(page)).resolves.toMatchObject({ label: 'Step 1 of 3', inWidget: true });
    expect(await cspViolations(page)).toEqual([]);
  });

  it('keeps the step on screen when the same step comes back with a note (typed text, My list)', async () => {
    const { page } = await fresh();
    await begin(page);
    await progress(page).getByText('Step 1 of 3').waitFor();
    const stepText = (await chat(page).locator('.step .msg').first().textContent())!;
    expect(stepText.length).toBeGreaterThan(20);
    // Inline mode shows one step at a time: a repeated step with a note in front of it must
    // still show the step itself, not the note alone.
    await chat(page).getByRole('textbox').fill('qwzx vvbn');
    await chat(page).getByRole('button', { name: 'Send' }).click();
    await chat(page).locator('.step .call').first().waitFor();
    await expect(progress(page).textContent()).resolves.toBe('Step 1 of 3');
    await expect(chat(page).locator('.step').textContent()).resolves.toContain(stepText);
  });

  it('falls back to the main menu when the named flow does not exist', async () => {
    const { page, frames } = await fresh('/unknown');
    await begin(page);
    await chat(page).locator('.log').getByText('What would you like help with?').waitFor();
    expect(frames.received.map((f) => f.type)).toEqual(['error', 'step']);
    expect(frames.received[1]).toMatchObject({ flow: 'menu' });
    await expect(chat(page).locator('.note').count()).resolves.toBe(0);
  });

  it('passes axe on a walkthrough step, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await fresh('/', { colorScheme });
      // Before Start as well as on a step.
      await chat(page).getByRole('button', { name: 'Start' }).waitFor();
      expect(serious(await runAxe(page))).toEqual([]);
      await begin(page);
      await chat(page).getByRole('button', { name: 'Next' }).click();
      await progress(page).getByText('Step 2 of 3').waitFor();
      const violations = await runAxe(page);
      console.log(`axe, walkthrough step (${colorScheme}): ${violations.map((v) => `${v.id} (${v.impact})`).join(', ') || 'no violations'}`);
      expect(serious(violations)).toEqual([]);
    }
  });
});
