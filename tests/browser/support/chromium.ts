// Real Chromium (Debian's, at /usr/bin/chromium, or CHROMIUM_PATH) driven by playwright-core:
// every test file connects to the one browser the run launched (chromium-server.ts), each with
// fresh contexts, a phone-sized viewport by default.
import { inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type LaunchOptions } from 'playwright-core';
import { CHROMIUM_LAUNCH } from './chromium-server.js';

export { WITH_BACK_FORWARD_CACHE } from './chromium-server.js';

export const PHONE = { width: 360, height: 740 };

/**
 * The run's shared Chromium. Closing the returned Browser only disconnects this file (and
 * closes the contexts it made); the browser itself lives until the run ends.
 */
export function launchChromium(): Promise<Browser> {
  const endpoint = inject('chromiumWsEndpoint');
  if (!endpoint) throw new Error('no shared Chromium: run browser tests through the vitest "browser" project');
  return chromium.connect(endpoint);
}

/**
 * A Chromium of this file's own, for the rare test that needs launch options the shared one
 * cannot have, such as WITH_BACK_FORWARD_CACHE. Costs a browser start: prefer launchChromium.
 */
export function launchOwnChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({ ...CHROMIUM_LAUNCH, ...options, args: [...(CHROMIUM_LAUNCH.args ?? []), ...(options.args ?? [])] });
}

/** A fresh context that records Content-Security-Policy violations on every page it opens. */
export async function phoneContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: PHONE, ...options });
  // Generous: two cores are shared with other test suites.
  context.setDefaultTimeout(30_000);
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    addEventListener(
      'securitypolicyviolation',
      (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
      true,
    );
  });
  return context;
}
