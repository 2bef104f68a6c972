// What the widget says about a number and a fact, in real Chromium: a line whose opening hours
// no public source confirms is "Opening hours not confirmed", never "Closed now"; a fact from a
// seed document names it by its readable title, not its file name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServer, type TestServer } from '../support/server.js';
import { launchChromium, phoneContext } from './support/chromium.js';
import { hostPage, startHostSite, strictCsp, type HostSite } from './support/host.js';
import { cspViolations, watchFrames, type Frames } from './support/widget.js';
import { FAQ, sourceTitle } from '../../flows/sources.js';

let browser: Browser;
let guide: TestServer;
let site: HostSite;
let context: BrowserContext;

beforeAll(async () => {
  [browser, guide] = await Promise.all([launchChromium(), startServer()]);
  site = await startHostSite(
    { '/': hostPage({ guide: guide.httpUrl }), '/host.css': 'body { margin: 0; }' },
    strictCsp(guide.httpUrl),
  );
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await site?.close();
  await guide?.close();
});

async function openGuide(): Promise<{ page: Page; frames: Frames }> {
  await context?.close();
  context = await phoneContext(browser);
  const page = await context.newPage();
  const frames = watchFrames(page);
  await page.goto(site.url('/'));
  await page.locator('safe-steps-chat .launcher .open').click();
  await page.getByRole('button', { name: 'Support for me' }).click();
  return { page, frames };
}

const callLink = (page: Page, name: string) => page.locator('safe-steps-chat .log a.call').filter({ hasText: name });

describe('contacts in the widget', { timeout: 90_000 }, () => {
  it('shows a line with unconfirmed hours as "Opening hours not confirmed", not "Closed now"', async () => {
    const { page, frames } = await openGuide();
    await page.getByRole('button', { name: 'Support for LGBT+ people' }).click();
    const galop = callLink(page, 'Galop');
    await galop.waitFor();

    const step = frames.received.filter((f) => f.type === 'step').at(-1);
    const wire = step.messages.find((m: { contact?: { id: string } }) => m.contact?.id === 'galop').contact;
    expect(wire).toMatchObject({ openNow: false, hoursKnown: false });

    const hours = await galop.locator('.h').textContent();
    expect(hours).toMatch(/^Opening hours not confirmed\. /);
    expect(hours).not.toMatch(/Closed now/);
    // The 24-hour line beside it still says it is open.
    await expect(callLink(page, 'National Domestic Abuse Helpline').first().locator('.h').textContent()).resolves.toMatch(/^Open now\. /);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('names a seed source by its readable title, never its file name', async () => {
    const { page, frames } = await openGuide();
    await page.getByRole('button', { name: 'Who is Family Rights Group?' }).click();
    const title = sourceTitle(FAQ)!;
    const sources = page.locator('safe-steps-chat .log .step').last().locator('.src');
    await sources.first().waitFor();

    const step = frames.received.filter((f) => f.type === 'step').at(-1);
    const cited = step.messages.filter((m: { source?: string }) => m.source === FAQ);
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.every((m: { sourceTitle?: string }) => m.sourceTitle === title)).toBe(true);

    const shown = await sources.allTextContents();
    expect(shown.filter((t) => t === `Source: ${title}`)).toHaveLength(cited.length);
    expect(shown.join('\n')).not.toMatch(/\.txt/);
  });
});
