// Looking at the widget from the outside, as a test must: the frames its socket carried, where
// focus is (through open shadow roots), what it left behind in the browser, what axe says.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { ChatClient } from '../../support/server.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Frame = any;

export interface Frames {
  received: Frame[];
  sent: Frame[];
  /** The token of the newest `step` frame. */
  token(): string | undefined;
}

/** Records every WebSocket frame the page sends and receives, parsed, in order. */
export function watchFrames(page: Page): Frames {
  const received: Frame[] = [];
  const sent: Frame[] = [];
  page.on('websocket', (ws) => {
    ws.on('framereceived', ({ payload }) => received.push(JSON.parse(String(payload))));
    ws.on('framesent', ({ payload }) => sent.push(JSON.parse(String(payload))));
  });
  return { received, sent, token: () => received.filter((f) => f.type === 'step').at(-1)?.token };
}

export interface Focused {
  tag: string;
  text: string;
  label: string | null;
  inWidget: boolean;
}

/** The element that has focus, found through open shadow roots. */
export function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      label: el.getAttribute('aria-label'),
      inWidget: el.getRootNode() !== document,
    };
  });
}

/** Everything a browser could keep of a visit: it must all be empty or unchanged. */
export async function traces(page: Page, context: BrowserContext) {
  const inPage = await page.evaluate(async () => ({
    cookie: document.cookie,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).length,
    caches: 'caches' in window ? (await caches.keys()).length : 0,
    serviceWorkers: 'serviceWorker' in navigator ? (await navigator.serviceWorker.getRegistrations()).length : 0,
    href: location.href,
    history: history.length,
  }));
  const state = await context.storageState();
  return { ...inPage, contextCookies: state.cookies.length, contextOrigins: state.origins.length };
}

export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

/** Asks the real server to resume a token; true if it answers that the conversation is gone. */
export async function serverForgot(wsUrl: string, token: string): Promise<boolean> {
  const client = await ChatClient.connect(wsUrl);
  try {
    const answer = await client.request({ type: 'start', resume: token });
    return answer.type === 'error' && answer.code === 'expired';
  } finally {
    client.close();
  }
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core over the whole page, shadow roots included, and returns its violations. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const axe = (window as any).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      targets: v.nodes.map((n: any) => JSON.stringify(n.target)),
    }));
  });
}

export const serious = (violations: AxeViolation[]) =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
