// What the script tag costs and risks on a charity's page, in real Chromium: no socket until
// the guide is opened, no layout shift, never the page's largest paint, nothing drawn while its
// script runs; the pinned tag with Subresource Integrity loads and a wrong hash is refused; a
// session-replay recorder on the page (rrweb, the recorder inside PostHog, Sentry and Datadog)
// records nothing of the guide;
// and in the open panel "I'm in danger now" is the next tab stop after the newest answer.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
// @ts-expect-error: a plain ESM build script without type declarations
import { buildWidget } from '../../scripts/build-widget.mjs';
import { useWidgetHarness } from './support/harness.js';
import { hostPage, neutralPage } from './support/host.js';
import { focused, watchFrames } from './support/widget.js';

let pinned: { hashedName: string; integrity: string };
beforeAll(async () => {
  pinned = await buildWidget({ quiet: true, write: false });
});

/** The host page with the script tag replaced by `tag`. */
const withTag = (guide: string, tag: (guide: string) => string) =>
  hostPage({ guide }).replace(/<script src="[^"]*widget\.js"[^>]*><\/script>/, tag(guide));

const article = `<h1>Children's social care and domestic abuse</h1>
<p>If a social worker has been in touch, you may be worried about what happens next. This page explains the steps,
your rights, and where to get support. You are not alone, and asking for help is not a sign of failure.</p>`;

const harness = useWidgetHarness({
  pages: (guide) => ({
    '/': hostPage({ guide, scriptAttrs: 'data-exit-url="/exit"' }),
    '/article': hostPage({ guide, main: article }),
    '/pinned': withTag(guide, (g) => `<script src="${g}/${pinned.hashedName}" integrity="${pinned.integrity}" crossorigin="anonymous" defer></script>`),
    '/tampered': withTag(
      guide,
      (g) => `<script src="${g}/${pinned.hashedName}" integrity="sha384-${Buffer.alloc(48, 7).toString('base64')}" crossorigin="anonymous" defer></script>`,
    ),
    '/host.css': 'body { margin: 0; } main, header { padding: 0 1rem; }',
    '/exit': neutralPage,
  }),
});

async function load(path: string): Promise<{ page: Page; sockets: () => number }> {
  const page = await harness.newPage();
  let sockets = 0;
  page.on('websocket', () => (sockets += 1));
  await page.goto(harness.site.url(path));
  return { page, sockets: () => sockets };
}

const launcher = (page: Page) => page.locator('safe-steps-chat .launcher .open');

describe('the widget on a charity page', { timeout: 90_000 }, () => {
  it('opens no socket until the launcher is used', async () => {
    const { page, sockets } = await load('/');
    await launcher(page).waitFor();
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(sockets()).toBe(0);
    expect(harness.guide.app.websocketServer.clients.size).toBe(0);
    await launcher(page).click();
    await page.getByRole('button', { name: 'About this guide' }).waitFor();
    expect(sockets()).toBe(1);
  });

  it('shifts nothing on the page and is never its largest paint', async () => {
    const { page } = await load('/article');
    await launcher(page).waitFor();
    // Two frames after the launcher appeared, so its paint has been reported.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const seen = await page.evaluate(() => {
      const shifts = performance.getEntriesByType('layout-shift') as unknown as Array<{ value: number }>;
      const paints = new Promise<Array<{ tag: string; inWidget: boolean; size: number }>>((resolve) => {
        new PerformanceObserver((list) => {
          resolve(
            list.getEntries().map((e) => {
              const el = (e as unknown as { element: Element | null; size: number }).element;
              return {
                tag: el?.tagName.toLowerCase() ?? '(none)',
                inWidget: !el || el.closest('safe-steps-chat, safe-steps-exit') !== null || el.getRootNode() !== document,
                size: (e as unknown as { size: number }).size,
              };
            }),
          );
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      });
      return paints.then((lcp) => ({ shift: shifts.reduce((sum, s) => sum + s.value, 0), lcp }));
    });
    expect(seen.shift).toBe(0);
    expect(seen.lcp.length).toBeGreaterThan(0);
    console.log(`largest contentful paints: ${JSON.stringify(seen.lcp)}`);
    expect(seen.lcp.at(-1)).toMatchObject({ inWidget: false });
  });

  it('draws nothing while its script runs, so it cannot hold back the page’s first paint', async () => {
    const page = await harness.newPage();
    // A script's load event fires straight after it has run: what is on the page then was
    // drawn during the script's own run, before the browser could paint.
    await page.addInitScript(() => {
      const w = window as unknown as { __atLoad?: { drawn: boolean; defined: boolean } };
      document.addEventListener(
        'load',
        (event) => {
          const el = event.target as Element;
          if (el.tagName === 'SCRIPT' && /\/widget\.js$/.test((el as HTMLScriptElement).src)) {
            w.__atLoad = {
              drawn: document.querySelector('safe-steps-chat, safe-steps-exit') !== null,
              defined: customElements.get('safe-steps-chat') !== undefined,
            };
          }
        },
        true,
      );
    });
    await page.goto(harness.site.url('/article'));
    await launcher(page).waitFor();
    await expect(page.evaluate(() => (window as unknown as { __atLoad?: object }).__atLoad)).resolves.toEqual({
      drawn: false,
      defined: false,
    });
  });

  it('loads from the pinned tag with Subresource Integrity, and works', async () => {
    const { page } = await load('/pinned');
    const frames = watchFrames(page);
    await launcher(page).click();
    await page.getByRole('button', { name: 'About this guide' }).waitFor();
    expect(frames.received[0]).toMatchObject({ type: 'step', flow: 'menu' });
  });

  it('is refused by the browser when the integrity hash does not match', async () => {
    const page = await harness.newPage();
    const refusals: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /integrity/i.test(m.text())) refusals.push(m.text());
    });
    await page.goto(harness.site.url('/tampered'), { waitUntil: 'load' });
    await expect.poll(() => refusals.length).toBeGreaterThan(0);
    await expect(page.evaluate(() => customElements.get('safe-steps-chat') === undefined)).resolves.toBe(true);
    await expect(page.locator('safe-steps-chat').count()).resolves.toBe(0);
  });

  it('gives a session-replay recorder on the page nothing of the guide or of what is typed', async () => {
    const { page } = await load('/');
    const recorder = readFileSync(join(dirname(createRequire(import.meta.url).resolve('@rrweb/record')), 'record.umd.min.cjs'), 'utf8');
    await page.evaluate(recorder);
    await page.evaluate(() => {
      const w = window as unknown as { rrwebRecord: { record(o: object): () => void }; __events: unknown[] };
      w.__events = [];
      // rrweb's defaults, as PostHog, Sentry and Datadog build on them.
      w.rrwebRecord.record({ emit: (e: unknown) => w.__events.push(e), maskAllInputs: false });
    });
    await launcher(page).click();
    await page.getByRole('button', { name: 'About this guide' }).click();
    await page.locator('safe-steps-chat .log').getByText('Wales has its own procedures').waitFor();
    await page.getByLabel('Or type your question').fill('he hit me last night');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.locator('safe-steps-chat .you').getByText('he hit me last night').waitFor();
    const recorded = await page.evaluate(() => JSON.stringify((window as unknown as { __events: unknown[] }).__events));
    // The recorder works: the page's own words are there.
    expect(recorded).toContain('Our guide explains what happens next.');
    for (const secret of ['he hit me last night', 'About this guide', 'Wales has its own procedures', 'What would you like help with?']) {
      expect(recorded).not.toContain(secret);
    }
    // Each tool's own marker is on the guide's root and its text box.
    const marks = await page.evaluate(() => {
      const host = document.querySelector('safe-steps-chat')!;
      const input = host.shadowRoot!.querySelector('input')!;
      const of = (el: Element) => ({ classes: [...el.classList].sort(), attrs: el.getAttributeNames().filter((n) => n.startsWith('data-')).sort() });
      return { host: of(host), input: of(input) };
    });
    for (const mark of [marks.host, marks.input]) {
      expect(mark.classes).toEqual(expect.arrayContaining(['fs-exclude', 'ph-no-capture', 'rr-block', 'sentry-block']));
      expect(mark.attrs).toEqual(
        expect.arrayContaining(['data-clarity-mask', 'data-dd-privacy', 'data-hj-suppress', 'data-private', 'data-sentry-block']),
      );
    }
  });

  it('puts "I’m in danger now" first in tab order after the newest answer, at the bottom of the panel', async () => {
    const { page } = await load('/');
    await launcher(page).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'About this guide' }).waitFor();
    await expect(focused(page)).resolves.toMatchObject({ label: 'Latest reply', inWidget: true });
    await page.keyboard.press('Tab');
    await expect(focused(page)).resolves.toMatchObject({ tag: 'button', text: expect.stringMatching(/^I.m in danger now$/), inWidget: true });
    // The next stops are the answer's choices.
    const firstChoice = await page.locator('safe-steps-chat .choices button').first().textContent();
    await page.keyboard.press('Tab');
    await expect(focused(page)).resolves.toMatchObject({ tag: 'button', text: firstChoice });

    // Drawn at the bottom of the panel, below everything that scrolls, covering none of it.
    const box = await page.evaluate(() => {
      const root = document.querySelector('safe-steps-chat')!.shadowRoot!;
      const rect = (sel: string) => root.querySelector(sel)!.getBoundingClientRect();
      const danger = rect('.danger');
      const centre = root.elementFromPoint(danger.x + danger.width / 2, danger.y + danger.height / 2);
      return { danger: danger.toJSON(), panel: rect('.panel').toJSON(), body: rect('.body').toJSON(), onTop: centre?.className };
    });
    expect(box.onTop).toContain('danger');
    expect(box.danger.top).toBeGreaterThanOrEqual(box.body.bottom);
    expect(box.panel.bottom - box.danger.bottom).toBeLessThan(box.danger.height);
  });
});
