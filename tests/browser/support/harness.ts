// What every widget test file needs around it: Chromium, a real guide server, and a charity's
// site on another origin under a strict CSP, started before the file's tests and closed after
// them, plus a fresh phone-sized browser context per test.
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import type { AppOptions } from '../../../server/app.js';
import { startServer, type TestServer } from '../../support/server.js';
import { launchChromium, phoneContext } from './chromium.js';
import { startHostSite, strictCsp, type HostSite, type Route } from './host.js';

export interface WidgetHarness {
  readonly browser: Browser;
  readonly guide: TestServer;
  /** The charity's site, serving `pages` under a strict CSP that allows the guide. */
  readonly site: HostSite;
  /** The current test's context, once `newPage` has made one. */
  readonly context: BrowserContext;
  /** Closes the previous test's context and opens a fresh phone-sized one. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A page in a fresh context (see newContext). */
  newPage(options?: BrowserContextOptions): Promise<Page>;
}

export interface HarnessSetup {
  /** Options for the guide server (a config, an engine, a store). */
  server?: () => Partial<AppOptions>;
  /** The charity's pages, given the guide's address. */
  pages: (guideUrl: string) => Record<string, Route>;
  /** The site's Content-Security-Policy, given the guide's address; strictCsp by default. */
  csp?: (guideUrl: string) => string;
}

/** Registers the file's beforeAll/afterAll; the returned object is usable inside tests. */
export function useWidgetHarness(setup: HarnessSetup): WidgetHarness {
  let browser: Browser | undefined;
  let guide: TestServer | undefined;
  let site: HostSite | undefined;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    [browser, guide] = await Promise.all([launchChromium(), startServer(setup.server?.() ?? {})]);
    site = await startHostSite(setup.pages(guide.httpUrl), (setup.csp ?? strictCsp)(guide.httpUrl));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await site?.close();
    await guide?.close();
  });

  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the harness's ${what} is not started yet`);
    return value;
  };

  return {
    get browser() {
      return ready(browser, 'browser');
    },
    get guide() {
      return ready(guide, 'guide server');
    },
    get site() {
      return ready(site, 'host site');
    },
    get context() {
      return ready(context, 'context');
    },
    async newContext(options = {}) {
      await context?.close();
      context = await phoneContext(ready(browser, 'browser'), options);
      return context;
    },
    async newPage(options = {}) {
      return (await this.newContext(options)).newPage();
    },
  };
}
