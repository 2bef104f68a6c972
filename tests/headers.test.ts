// Security headers as a browser meets them: checked on the wire, then in real Chromium, on the
// demo page under its own strict policy and on a stranger's page that embeds the widget.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './support/server.js';
import { launchChromium } from './browser/support/chromium.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});

describe('on the wire', () => {
  it('gives pages a strict policy, nosniff, and no X-Powered-By', async () => {
    const res = await fetch(`${server.httpUrl}/`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/style-src 'self'(;|$)/);
    expect(csp).toMatch(/connect-src 'self' ws:\/\/127\.0\.0\.1:\d+ wss:\/\/127\.0\.0\.1:\d+/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(res.headers.get('cross-origin-embedder-policy')).toBeNull();
  });

  it('lets any site load /widget.js', async () => {
    const res = await fetch(`${server.httpUrl}/widget.js`, { headers: { origin: 'https://charity.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('never echoes a junk Host header into the policy', async () => {
    const { request } = await import('node:http');
    const csp = await new Promise<string>((resolve, reject) => {
      const req = request(`${server.httpUrl}/`, { headers: { host: "x; script-src 'unsafe-inline'" } }, (res) => {
        res.resume();
        resolve(String(res.headers['content-security-policy'] ?? ''));
      });
      req.on('error', reject);
      req.end();
    });
    expect(csp).not.toMatch(/unsafe-inline/);
  });
});

describe('in Chromium', () => {
  let browser: Browser;
  let charity: Server;
  let charityUrl: string;

  beforeAll(async () => {
    browser = await launchChromium();
    // A stranger's page on another origin (localhost vs 127.0.0.1, another port) that embeds
    // the widget with one script tag, and isolates itself with COEP require-corp as a strict
    // site might.
    const widgetSrc = `${server.httpUrl}/widget.js`;
    charity = createServer((_req, res) => {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cross-origin-embedder-policy': 'require-corp',
        'cross-origin-opener-policy': 'same-origin',
      });
      res.end(`<!doctype html><html lang="en"><title>Charity</title><h1>A charity</h1><script src="${widgetSrc}" defer></script>`);
    });
    await new Promise<void>((resolve) => charity.listen(0, '127.0.0.1', resolve));
    charityUrl = `http://localhost:${(charity.address() as AddressInfo).port}/`;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => charity?.close(resolve));
  });

  /** Opens a page, records every CSP violation and failed request, opens the guide, and waits for its first choices. */
  async function openGuide(url: string): Promise<{ page: Page; violations: string[]; failed: string[] }> {
    const page = await browser.newPage();
    const violations: string[] = [];
    const failed: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    page.on('requestfailed', (r) => failed.push(r.url()));
    await page.goto(url);
    await page.locator('safe-steps-chat .launcher .open').click();
    await page.getByRole('button', { name: 'About this guide' }).waitFor({ timeout: 15_000 });
    return { page, violations, failed };
  }

  it('runs the demo page and the widget under the policy without a single violation', async () => {
    const { page, violations, failed } = await openGuide(`${server.httpUrl}/`);
    expect(violations).toEqual([]);
    expect(failed).toEqual([]);
    // The widget's styles applied: the panel is laid out, not raw unstyled markup.
    const position = await page.locator('safe-steps-chat .panel').evaluate((el) => getComputedStyle(el).position);
    expect(position).toBe('fixed');
    await page.close();
  });

  it('loads and talks from another origin that requires CORP, with the demo origin default', async () => {
    const { page, failed } = await openGuide(charityUrl);
    expect(failed).toEqual([]);
    await page.close();
  });
});
