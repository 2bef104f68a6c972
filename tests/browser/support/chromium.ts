// Real Chromium (Debian's, at /usr/bin/chromium) driven by playwright-core: one browser per
// test file, a fresh context per test, a phone-sized viewport by default.
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const PHONE = { width: 360, height: 740 };

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
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
