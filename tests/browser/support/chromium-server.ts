// One Chromium for the whole run: the browser project's global setup launches it once and hands
// its address to every test file (vitest's provide/inject), which connects with a context of its
// own. Launching Chromium per file cost seconds each on a shared two-core machine.
import { chromium, type BrowserServer, type LaunchOptions } from 'playwright-core';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared Chromium's WebSocket endpoint, for `chromium.connect`. */
    chromiumWsEndpoint: string;
  }
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The shared browser keeps Playwright's default of no back-forward cache: with the cache on,
 * `page.goBack()` waits for a load event that a page restored from the cache never fires.
 */
export const CHROMIUM_LAUNCH: LaunchOptions = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };

/** For launchOwnChromium: a browser with the back-forward cache on, as a real phone has it. */
export const WITH_BACK_FORWARD_CACHE: LaunchOptions = { ignoreDefaultArgs: ['--disable-back-forward-cache'] };

let server: BrowserServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  // The endpoint listens on an OS-chosen port (0) on localhost only.
  server = await chromium.launchServer({ ...CHROMIUM_LAUNCH, host: '127.0.0.1', port: 0 });
  project.provide('chromiumWsEndpoint', server.wsEndpoint());
}

export async function teardown(): Promise<void> {
  await server?.close();
}
