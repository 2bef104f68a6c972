// "My list" in real Chromium, on a charity's page of another origin under a strict CSP: keep a
// walkthrough's question, go to another topic, open My list, print it (print-media emulation
// and a real PDF render, read back with pdftotext) under the neutral title and nothing else of
// the page, read it aloud, then quick exit: resuming the token finds nothing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ChatClient } from '../support/server.js';
import { useWidgetHarness } from './support/harness.js';
import { hostPage, neutralPage } from './support/host.js';
import { cspViolations, runAxe, serious, traces, watchFrames } from './support/widget.js';

const QUESTION = 'Ask: what exactly are you worried about?';
const HOST_WORDS = ['Family Support Network', 'Children', 'social care', 'Contact us', 'About us'];
const GUIDE_WORDS = ['What happens next', 'domestic abuse', 'Quick exit', 'danger', 'Remove', 'Print my list'];

const harness = useWidgetHarness({
  pages: (guide) => ({
    '/': hostPage({ guide, scriptAttrs: 'data-exit-url="/exit"' }),
    '/titled': hostPage({ guide, scriptAttrs: 'data-exit-url="/exit" data-print-title="Meeting, Tuesday"' }),
    '/host.css': 'body { margin: 0; background: #ffe; } main, header { padding: 0 1rem; } h1 { color: #900; }',
    '/exit': neutralPage,
  }),
});

const dir = mkdtempSync(join(tmpdir(), 'safe-steps-print-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The text of a PDF, as poppler's pdftotext reads it. */
function pdfText(pdf: Buffer, name: string): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

const chat = (page: Page) => page.locator('safe-steps-chat');
const button = (page: Page, name: string) => chat(page).getByRole('button', { name, exact: true });

async function metric(name: string): Promise<number> {
  const text = await (await fetch(`${harness.guide.httpUrl}/metrics`)).text();
  return Number(text.split('\n').find((l) => l.startsWith(`${name} `))?.split(' ')[1]);
}

/** Opens the guide and walks to the first step of "What happens next, step by step". */
async function toWalkthrough(page: Page): Promise<void> {
  await chat(page).locator('.launcher .open').click();
  await button(page, 'Children’s social care is involved').click();
  await button(page, 'What happens next, step by step').click();
  await chat(page).locator('.step .progress').getByText('Step 1 of', { exact: false }).waitFor();
}

/** Stands in for the print dialog: counts calls and leaves what was set up for printing. */
async function catchPrint(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { prints: number };
    w.prints = 0;
    window.print = () => void w.prints++;
  });
}

describe('My list in the widget', { timeout: 120_000 }, () => {
  it('keeps a question, shows it from another topic, prints only it, and is forgotten by quick exit', async () => {
    const page = await harness.newPage();
    const frames = watchFrames(page);
    await page.goto(harness.site.url('/'));
    const before = await traces(page, harness.context);
    await toWalkthrough(page);

    // Add to my list: confirmed in words, and "My list" appears.
    await button(page, 'Add to my list').click();
    await chat(page).locator('.step').getByText('Added to My list.', { exact: false }).waitFor();
    await expect(button(page, 'Add to my list').count()).resolves.toBe(0);
    await expect(button(page, 'My list').isVisible()).resolves.toBe(true);

    // Another topic.
    await button(page, 'Start again').click();
    await button(page, 'Something is going wrong').click();
    await button(page, 'Professionals are not doing their part').click();
    await expect.poll(() => frames.received.at(-1)?.flow).toBe('delays');

    // My list shows it, grouped, with its own Remove button and Print.
    await button(page, 'My list').click();
    const list = chat(page).locator('.mylist');
    await list.getByRole('heading', { name: 'Questions to ask' }).waitFor();
    await expect(list.locator('li').allTextContents()).resolves.toEqual([`${QUESTION}Remove`]);
    await expect(list.getByRole('button', { name: `Remove: ${QUESTION}` }).isVisible()).resolves.toBe(true);
    expect(frames.received.at(-1)).toMatchObject({ flow: 'my-list' });
    expect(serious(await runAxe(page))).toEqual([]);

    // Read aloud reads the list.
    await page.evaluate(() => {
      const w = window as unknown as { spoken: string[] };
      w.spoken = [];
      speechSynthesis.speak = (u) => void w.spoken.push(u.text);
    });
    await button(page, 'Read aloud').click();
    const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
    expect(spoken).toHaveLength(1);
    expect(spoken[0]).toContain('Questions to ask');
    expect(spoken[0]).toContain(QUESTION);

    // Print: only the list, under "Notes".
    await catchPrint(page);
    await list.getByRole('button', { name: 'Print my list' }).click();
    await expect(page.evaluate(() => (window as unknown as { prints: number }).prints)).resolves.toBe(1);
    await expect(page.title()).resolves.toBe('Notes');
    // On screen nothing changed: the print copy is hidden until printing.
    await expect(page.locator('[data-safe-steps-print]').isHidden()).resolves.toBe(true);
    await expect(page.locator('main').isVisible()).resolves.toBe(true);

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('main').isVisible()).resolves.toBe(false);
    await expect(page.locator('header').isVisible()).resolves.toBe(false);
    await expect(chat(page).locator('.panel').isVisible()).resolves.toBe(false);
    const copy = page.locator('[data-safe-steps-print]');
    await expect(copy.isVisible()).resolves.toBe(true);
    await expect(copy.locator('h1').textContent()).resolves.toBe('Notes');
    await expect(copy.locator('li').allTextContents()).resolves.toEqual([QUESTION]);

    // Chrome's own print dialog prints no header or footer (they would show the page's address
    // and title) on a page whose CSS margins are zero; page.pdf draws its header templates
    // regardless, so that is checked through the rule itself.
    await expect(
      page.evaluate(() => document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n')),
    ).resolves.toMatch(/@page\s*\{\s*margin: 0px;?\s*\}/);
    // A real PDF render: Chromium prints, then tells the page it has (afterprint).
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const text = pdfText(pdf, 'list');
    expect(text).toContain('Notes');
    expect(text).toContain('Questions to ask');
    expect(text.replace(/\s+/g, ' ')).toContain(QUESTION);
    for (const words of [...HOST_WORDS, ...GUIDE_WORDS, 'localhost', 'http', harness.site.origin]) expect(text).not.toContain(words);

    // The print is over: everything it added is gone, the page's title is back.
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('[data-safe-steps-print]').count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.adoptedStyleSheets.length)).resolves.toBe(0);
    await expect(page.title()).resolves.toBe('Family Support Network');
    // No window, tab, history entry or storage; nothing the CSP refused.
    expect(harness.context.pages()).toHaveLength(1);
    expect(await traces(page, harness.context)).toEqual(before);
    await expect(cspViolations(page)).resolves.toEqual([]);

    // The server counted the print and the item, never their words.
    expect(frames.sent.filter((f) => f.type === 'printed')).toEqual([{ type: 'printed' }]);
    expect(await metric('safe_steps_lists_printed_total')).toBeGreaterThanOrEqual(1);
    expect(await metric('safe_steps_list_items_added_total')).toBeGreaterThanOrEqual(1);

    // Quick exit: the neutral page, and resuming the token finds nothing.
    const token = frames.token();
    expect(token).toBeDefined();
    await chat(page).locator('.head .exit').click();
    await page.waitForURL(harness.site.url('/exit'));
    const client = await ChatClient.connect(harness.guide.wsUrl, { origin: harness.site.origin });
    try {
      expect(await client.request({ type: 'start', resume: token })).toMatchObject({ type: 'error', code: 'expired' });
      const fresh = await client.next();
      expect(fresh.choices.filter((c: { role: string }) => c.role === 'list')).toEqual([]);
    } finally {
      client.close();
    }
  });

  it('prints under the title the charity sets, and a removed item is gone from the list and the print', async () => {
    const page = await harness.newPage();
    await page.goto(harness.site.url('/titled'));
    await toWalkthrough(page);
    await button(page, 'Add to my list').click();
    await button(page, 'Add the “Before the conference” checklist to my list').click();
    await chat(page).locator('.step').getByText('Added the checklist to My list.', { exact: false }).waitFor();
    await button(page, 'My list').click();
    const list = chat(page).locator('.mylist');
    await list.getByRole('heading', { name: 'Things to do' }).waitFor();
    await expect(list.locator('li').count()).resolves.toBe(6);

    await list.getByRole('button', { name: `Remove: ${QUESTION}` }).click();
    await chat(page).locator('.step').getByText('Removed from My list.').waitFor();
    // Drawn again whole, once: the old list and its Remove buttons are gone.
    await expect(chat(page).locator('.mylist').count()).resolves.toBe(1);
    await expect(chat(page).locator('.mylist li').count()).resolves.toBe(5);

    await catchPrint(page);
    await chat(page).locator('.mylist').getByRole('button', { name: 'Print my list' }).click();
    await page.emulateMedia({ media: 'print' });
    const text = pdfText(await page.pdf({ preferCSSPageSize: true }), 'titled');
    expect(text).toContain('Meeting, Tuesday');
    expect(text).not.toContain('Notes');
    expect(text).not.toContain(QUESTION);
    expect(text).toContain('Things to do');
    expect(text.replace(/\s+/g, ' ')).toContain('Ask an advocate or a friend to come to the conference with you.');
    for (const words of [...HOST_WORDS, ...GUIDE_WORDS]) expect(text).not.toContain(words);

    // Clear my list: the list leaves the log, and "My list" is no longer offered.
    await page.emulateMedia({ media: 'screen' });
    await button(page, 'Clear my list').click();
    await chat(page).locator('.step').getByText('My list is now empty.').waitFor();
    await expect(chat(page).locator('.mylist').count()).resolves.toBe(0);
    await button(page, 'Back').click();
    await expect.poll(() => chat(page).locator('.step').last().getByText('Step 1 of', { exact: false }).count()).toBe(1);
    await expect(button(page, 'My list').count()).resolves.toBe(0);
  });
});
