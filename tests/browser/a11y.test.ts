// Accessibility in real Chromium: axe-core over the host page with the widget closed, open and
// showing contacts, in light and dark; a run with the keyboard alone; and read aloud.
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { useWidgetHarness } from './support/harness.js';
import { hostPage, neutralPage } from './support/host.js';
import { cspViolations, focused, runAxe, serious, type AxeViolation } from './support/widget.js';

const harness = useWidgetHarness({
  pages: (guide) => ({
    '/': hostPage({ guide, scriptAttrs: 'data-exit-url="/exit"' }),
    '/host.css': 'body { margin: 0; font-family: Georgia, serif; } main, header { padding: 0 1rem; }',
    '/exit': neutralPage,
  }),
});

async function fresh(options: BrowserContextOptions = {}): Promise<Page> {
  const page = await harness.newPage(options);
  await page.goto(harness.site.url('/'));
  await page.locator('safe-steps-chat .launcher .open').waitFor();
  return page;
}

const report = (where: string, violations: AxeViolation[]) => {
  // Printed so every run shows what axe found, including minor findings that do not fail it.
  console.log(`axe, ${where}: ${violations.length ? violations.map((v) => `${v.id} (${v.impact})`).join(', ') : 'no violations'}`);
  return violations;
};

async function openAndWait(page: Page): Promise<void> {
  await page.locator('safe-steps-chat .launcher .open').click();
  await page.getByRole('button', { name: 'About this guide' }).waitFor();
  await page.locator('safe-steps-chat .panel').evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
}

describe('axe-core', { timeout: 90_000 }, () => {
  it('finds no serious or critical problem with the panel closed, open, and showing numbers', async () => {
    const page = await fresh();
    expect(serious(report('panel closed', await runAxe(page)))).toEqual([]);
    await openAndWait(page);
    expect(serious(report('panel open', await runAxe(page)))).toEqual([]);
    await page.locator('safe-steps-chat .danger').click();
    await page.locator('safe-steps-chat .step .call').first().waitFor();
    expect(serious(report('danger contacts', await runAxe(page)))).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('finds no serious or critical problem in the dark colour scheme', async () => {
    const page = await fresh({ colorScheme: 'dark' });
    await openAndWait(page);
    await page.getByRole('button', { name: 'About this guide' }).click();
    await page.locator('safe-steps-chat .you').waitFor();
    expect(serious(report('dark, panel open', await runAxe(page)))).toEqual([]);
  });
});

describe('keyboard alone', { timeout: 90_000 }, () => {
  it('opens, answers, moves focus to each answer, announces it once, and closes with Escape', async () => {
    const page = await fresh();
    await page.evaluate(() => {
      (window as unknown as { hostSawEscape: boolean }).hostSawEscape = false;
      document.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') (window as unknown as { hostSawEscape: boolean }).hostSawEscape = true;
      });
    });
    const live = page.locator('safe-steps-chat [aria-live]');

    // Tab order: the skip link, the host's own links, then the launcher.
    const order: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      await page.keyboard.press('Tab');
      order.push((await focused(page))?.text ?? '');
    }
    expect(order).toEqual(['Quick exit: leave this page now', 'About us', 'Contact us', 'What happens next', 'Quick exit']);
    await page.keyboard.press('Shift+Tab');
    await expect(focused(page)).resolves.toMatchObject({ text: 'What happens next' });

    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'About this guide' }).waitFor();
    await expect(focused(page)).resolves.toMatchObject({ label: 'Latest reply', inWidget: true });
    await expect(live.textContent()).resolves.toMatch(/^This guide explains.*What would you like help with\?$/);

    // Tab from the answer reaches its choices; Enter picks one; focus follows the new answer.
    let guard = 0;
    while ((await focused(page))?.text !== 'About this guide' && guard++ < 10) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('safe-steps-chat .log').getByText('Wales has its own procedures').waitFor();
    await expect(focused(page)).resolves.toMatchObject({ label: 'Latest reply', inWidget: true });
    // The live region holds the new messages only, not the whole log again.
    const announced = await live.textContent();
    expect(announced).toMatch(/^This guide gives general information/);
    expect(announced).not.toMatch(/What would you like help with/);

    // Back returns focus to content; it is never left on the body.
    guard = 0;
    while ((await focused(page))?.text !== 'Back' && guard++ < 15) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'About this guide' }).waitFor();
    await expect(focused(page)).resolves.toMatchObject({ label: 'Latest reply', inWidget: true });

    await page.keyboard.press('Escape');
    await expect(page.locator('safe-steps-chat .panel').isHidden()).resolves.toBe(true);
    await expect(focused(page)).resolves.toMatchObject({ text: 'What happens next', inWidget: true });
    await expect(page.locator('safe-steps-chat .launcher .open').getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.evaluate(() => (window as unknown as { hostSawEscape: boolean }).hostSawEscape)).resolves.toBe(false);
    // Still on the page: Escape closes the panel, not the page.
    expect(page.url()).toBe(harness.site.url('/'));

    // Opening again lands on the latest answer, not at the top.
    await page.keyboard.press('Enter');
    await expect(focused(page)).resolves.toMatchObject({ label: 'Latest reply', inWidget: true });
  });
});

describe('read aloud', { timeout: 90_000 }, () => {
  it('reads the current answer with the browser’s speech synthesis', async () => {
    const context = await harness.newContext();
    // Watch what is handed to the real speechSynthesis.speak, then let it speak.
    await context.addInitScript(() => {
      const spoken: string[] = [];
      (window as unknown as { spoken: string[] }).spoken = spoken;
      const speak = speechSynthesis.speak.bind(speechSynthesis);
      speechSynthesis.speak = (utterance) => {
        spoken.push(`${utterance.lang}|${utterance.text}`);
        speak(utterance);
      };
    });
    const page = await context.newPage();
    await page.goto(harness.site.url('/'));
    await openAndWait(page);
    await page.locator('safe-steps-chat .danger').click();
    await page.locator('safe-steps-chat .step .call').first().waitFor();
    await page.getByRole('button', { name: 'Read aloud' }).click();
    const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
    expect(spoken).toHaveLength(1);
    expect(spoken[0]).toMatch(/^en-GB\|If you or your children are in danger now, call 999\./);
    expect(spoken[0]).toContain('National Domestic Abuse Helpline: 0808 2000 247.');
    expect(spoken[0]).not.toContain('What would you like help with');
  });

  it('is not offered where the browser has no speech synthesis', async () => {
    const context = await harness.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
    });
    const page = await context.newPage();
    await page.goto(harness.site.url('/'));
    await openAndWait(page);
    await expect(page.evaluate(() => window.speechSynthesis)).resolves.toBeUndefined();
    await expect(page.locator('safe-steps-chat .tools button', { hasText: 'Read aloud' }).isHidden()).resolves.toBe(true);
    await expect(page.locator('safe-steps-chat .tools button', { hasText: 'Start again' }).isVisible()).resolves.toBe(true);
  });
});
