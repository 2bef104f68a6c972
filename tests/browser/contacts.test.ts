// What the widget says about a number and a fact, in real Chromium: a line whose opening hours
// no public source confirms is "Opening hours not confirmed", never "Closed now"; a fact from a
// seed document names it by its readable title, not its file name.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useWidgetHarness } from './support/harness.js';
import { hostPage } from './support/host.js';
import { cspViolations, watchFrames, type Frames } from './support/widget.js';
import { FAQ, sourceTitle } from '../../flows/sources.js';

const harness = useWidgetHarness({
  pages: (guide) => ({ '/': hostPage({ guide }), '/host.css': 'body { margin: 0; }' }),
});

async function openGuide(): Promise<{ page: Page; frames: Frames }> {
  const page = await harness.newPage();
  const frames = watchFrames(page);
  await page.goto(harness.site.url('/'));
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
