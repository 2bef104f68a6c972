// The one-line embed in real Chromium: a charity's page on another origin, under a strict
// Content-Security-Policy, adds the guide with one script tag; a person on a phone has a whole
// conversation; nothing is left behind in the browser.
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { useWidgetHarness } from './support/harness.js';
import { hostileCss, hostPage, neutralPage } from './support/host.js';
import { cspViolations, focused, traces, watchFrames } from './support/widget.js';

const harness = useWidgetHarness({
  pages: (guide) => ({
    '/': hostPage({ guide, scriptAttrs: 'data-exit-url="/exit" data-title="Get help now" data-locale="cy"' }),
    '/hostile': hostPage({ guide }).replace('/host.css', '/hostile.css'),
    '/markup': hostPage({
      guide,
      main: '<safe-steps-chat data-title="Our guide"></safe-steps-chat>',
      // The same tag pasted twice by mistake.
      scriptAttrs: `></script><script src="${guide}/widget.js"`,
    }),
    '/host.css': 'body { font-family: Georgia, serif; margin: 0; } main { padding: 0 1rem; }',
    '/hostile.css': hostileCss,
    '/exit': neutralPage,
  }),
});

const fresh = (options: BrowserContextOptions = {}): Promise<Page> => harness.newPage(options);

const launcher = (page: Page) => page.locator('safe-steps-chat .launcher .open');
const panel = (page: Page) => page.locator('safe-steps-chat .panel');
const log = (page: Page) => page.locator('safe-steps-chat .log');

describe('embedding with one script tag', { timeout: 90_000 }, () => {
  it('adds the launcher in an open shadow root on a page of another origin, within its strict CSP', async () => {
    const page = await fresh();
    await page.goto(harness.site.url('/'));
    await expect(launcher(page).textContent()).resolves.toBe('Get help now');
    expect(new URL(page.url()).origin).not.toBe(new URL(harness.guide.httpUrl).origin);

    const shape = await page.evaluate(() => {
      const chat = document.querySelector('safe-steps-chat');
      return {
        chats: document.querySelectorAll('safe-steps-chat').length,
        shadowMode: chat?.shadowRoot?.mode,
        firstInBody: document.body.firstElementChild?.tagName.toLowerCase(),
        // The widget adds nothing to the host document's own styles.
        hostSheets: document.styleSheets.length,
        hostAdopted: document.adoptedStyleSheets.length,
        styleElements: document.querySelectorAll('style').length + (chat?.shadowRoot?.querySelectorAll('style').length ?? 0),
        styleAttrs: [...(chat?.shadowRoot?.querySelectorAll('[style]') ?? [])].length,
      };
    });
    expect(shape).toEqual({
      chats: 1,
      shadowMode: 'open',
      firstInBody: 'safe-steps-exit',
      hostSheets: 1,
      hostAdopted: 0,
      styleElements: 0,
      styleAttrs: 0,
    });
    await expect(page.locator('safe-steps-chat .launcher .exit').isVisible()).resolves.toBe(true);

    // Opening the panel connects to the guide across origins, still within the policy.
    await launcher(page).click();
    await page.getByRole('button', { name: 'About this guide' }).waitFor();
    expect(await cspViolations(page)).toEqual([]);
  });

  it('is not broken by a hostile host stylesheet', async () => {
    const page = await fresh();
    await page.goto(harness.site.url('/hostile'));
    await launcher(page).waitFor();
    const look = await launcher(page).evaluate((button) => {
      const style = getComputedStyle(button);
      const box = button.getBoundingClientRect();
      return {
        fontFamily: style.fontFamily,
        fontSize: style.fontSize,
        color: style.color,
        textTransform: style.textTransform,
        right: Math.round(box.right),
        visible: box.width > 0 && box.height > 0,
      };
    });
    expect(look.fontFamily).not.toMatch(/monospace/);
    // The user's default font size (16px here), not the host's 40px or its 10px root.
    expect(look.fontSize).toBe('16px');
    expect(look.color).toBe('rgb(255, 255, 255)');
    expect(look.textTransform).toBe('none');
    expect(look.visible).toBe(true);
    // Still in the bottom-right corner: the host's transform on its element did not move it.
    expect(look.right).toBe(360 - 16);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('registers <safe-steps-chat> for pages that prefer markup, and mounts one guide even if the tag is pasted twice', async () => {
    const page = await fresh();
    await page.goto(harness.site.url('/markup'));
    await launcher(page).waitFor();
    const counts = await page.evaluate(() => ({
      chats: document.querySelectorAll('safe-steps-chat').length,
      exits: document.querySelectorAll('safe-steps-exit').length,
      scripts: document.querySelectorAll('script').length,
      defined: customElements.get('safe-steps-chat') !== undefined,
    }));
    expect(counts).toEqual({ chats: 1, exits: 1, scripts: 2, defined: true });
    await expect(launcher(page).textContent()).resolves.toBe('Our guide');
  });

  it('carries a whole conversation on a phone, and leaves no trace in the browser', async () => {
    const page = await fresh();
    const frames = watchFrames(page);
    await page.goto(harness.site.url('/'));
    const before = await traces(page, harness.context);

    await launcher(page).click();
    await expect(panel(page).getAttribute('role')).resolves.toBe('dialog');
    await expect(launcher(page).getAttribute('aria-expanded')).resolves.toBe('true');
    // The first-open notice: what quick exit does and does not do, with a link to advice.
    const notice = page.locator('safe-steps-chat .notice');
    await expect(notice.textContent()).resolves.toMatch(/Shift 3 times.*does not clear your browser history/s);
    await expect(notice.locator('a').getAttribute('href')).resolves.toMatch(/^https:\/\//);

    await page.getByRole('button', { name: 'About this guide' }).click();
    await log(page).getByText('It describes how things work in England').waitFor();
    // data-locale reaches the server (Welsh falls back to English until translated).
    expect(frames.sent[0]).toEqual({ type: 'start', locale: 'cy' });
    await expect(focused(page)).resolves.toMatchObject({ label: 'Latest reply', inWidget: true });
    // What the person chose is shown back to them.
    await expect(page.locator('safe-steps-chat .you').last().textContent()).resolves.toBe('You chose: About this guide');

    // The danger choice is always on screen, apart from the flow's own choices.
    const danger = page.locator('safe-steps-chat .danger');
    await expect(danger.isVisible()).resolves.toBe(true);
    await danger.click();
    const call999 = page.locator('safe-steps-chat .step .call[href="tel:999"]').first();
    await call999.waitFor();
    await expect(call999.textContent()).resolves.toMatch(/999.*Open now/);
    await expect(page.locator('safe-steps-chat .step .call[href="tel:08082000247"]').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('safe-steps-chat .step .src').first().textContent()).resolves.toMatch(/^Source: /);
    // In the danger flow itself the danger button steps aside: its numbers are on screen.
    await expect(danger.isVisible()).resolves.toBe(false);

    await page.getByRole('button', { name: 'I can’t speak on the phone' }).click();
    await log(page).getByText('Pressing 55 does not tell the police where you are.').waitFor();
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(frames.sent.map((f) => f.type)).toContain('back');
    await page.getByRole('button', { name: 'I can’t speak on the phone' }).waitFor();

    // Typed text goes to the server as `say`; the answer adds only what is new.
    const input = page.getByLabel('Or type your question');
    await page.getByRole('button', { name: 'Start again' }).click();
    await page.getByRole('button', { name: 'About this guide' }).waitFor();
    await expect(log(page).locator('.step').count()).resolves.toBe(1);
    await input.fill('what is a core group');
    await input.press('Enter');
    // "core group" belongs to the child protection plan: typed text goes straight there.
    await log(page).getByText('A child protection plan', { exact: false }).first().waitFor();
    await expect(input.inputValue()).resolves.toBe('');
    await expect(log(page).getByText('What would you like help with?').count()).resolves.toBe(1);
    expect(frames.sent.filter((f) => f.type === 'say')).toEqual([{ type: 'say', text: 'what is a core group' }]);

    // Nothing kept: no cookies, no storage of any kind, no URL or history change.
    const after = await traces(page, harness.context);
    expect(after).toEqual(before);
    expect(after).toMatchObject({
      cookie: '',
      localStorage: 0,
      sessionStorage: 0,
      indexedDB: 0,
      caches: 0,
      serviceWorkers: 0,
      contextCookies: 0,
      contextOrigins: 0,
      href: harness.site.url('/'),
    });
    expect(await cspViolations(page)).toEqual([]);
  });
});

describe('layout', { timeout: 90_000 }, () => {
  it('fits a 320 px screen with large touch targets and nothing overflowing', async () => {
    const page = await fresh({ viewport: { width: 320, height: 568 } });
    await page.goto(harness.site.url('/'));
    await launcher(page).click();
    await page.getByRole('button', { name: 'About this guide' }).waitFor();
    await panel(page).evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
    const layout = await page.evaluate(() => {
      const root = document.querySelector('safe-steps-chat')!.shadowRoot!;
      const panel = root.querySelector('.panel')!.getBoundingClientRect();
      const small = [...root.querySelectorAll<HTMLElement>('.panel button, .panel input, .panel .call')]
        .filter((el) => el.offsetParent !== null)
        .map((el) => ({ name: el.textContent || el.getAttribute('aria-label'), box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.height < 44 || box.width < 44 || box.right > innerWidth + 0.5)
        .map(({ name, box }) => `${name}: ${Math.round(box.width)}x${Math.round(box.height)} right ${Math.round(box.right)}`);
      return {
        pageOverflow: document.documentElement.scrollWidth - innerWidth,
        panel: [panel.left, panel.top, panel.right, panel.bottom].map(Math.round),
        small,
      };
    });
    expect(layout.pageOverflow).toBeLessThanOrEqual(0);
    expect(layout.panel).toEqual([0, 0, 320, 568]);
    expect(layout.small).toEqual([]);
  });

  it('grows with text zoom to 200% and still fits the phone', async () => {
    const page = await fresh();
    const cdp = await harness.context.newCDPSession(page);
    // The browser's own text size setting, doubled (16px → 32px).
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    await page.goto(harness.site.url('/'));
    await launcher(page).click();
    await page.getByRole('button', { name: 'About this guide' }).waitFor();
    const zoomed = await page.evaluate(() => {
      const root = document.querySelector('safe-steps-chat')!.shadowRoot!;
      const body = root.querySelector<HTMLElement>('.body')!;
      const text = root.querySelector<HTMLElement>('.step p')!;
      const cut = [...root.querySelectorAll<HTMLElement>('.panel button, .panel p')]
        .filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1)
        .map((el) => el.textContent);
      return {
        fontSize: getComputedStyle(text).fontSize,
        bodyOverflowX: body.scrollWidth - body.clientWidth,
        cut,
      };
    });
    expect(zoomed.fontSize).toBe('32px');
    expect(zoomed.bodyOverflowX).toBeLessThanOrEqual(0);
    expect(zoomed.cut).toEqual([]);
  });

  it('follows the dark colour scheme and reduced motion', async () => {
    const page = await fresh({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await page.goto(harness.site.url('/'));
    await launcher(page).click();
    await page.getByRole('button', { name: 'About this guide' }).waitFor();
    const look = await panel(page).evaluate((el) => ({
      background: getComputedStyle(el).backgroundColor,
      animation: getComputedStyle(el).animationName,
      running: el.getAnimations().length,
    }));
    expect(look).toEqual({ background: 'rgb(24, 24, 27)', animation: 'none', running: 0 });

    const light = await fresh({ colorScheme: 'light', reducedMotion: 'no-preference' });
    await light.goto(harness.site.url('/'));
    await launcher(light).click();
    await expect(panel(light).evaluate((el) => getComputedStyle(el).animationName)).resolves.toBe('in');
    await expect(panel(light).evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe('rgb(255, 255, 255)');
  });
});
