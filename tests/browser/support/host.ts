// A charity's page on another origin: a small HTTP server on http://localhost:PORT (the guide
// runs on http://127.0.0.1:PORT) that serves the pages a test gives it under a strict
// Content-Security-Policy, so the widget must work with no inline styles or scripts.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = string | ((res: ServerResponse) => void);

export interface HostSite {
  /** e.g. http://localhost:41234 */
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * The policy a careful charity might send: nothing inline, only the guide's script, its socket,
 * and its quick-exit beacon (POST /exit over http). `scriptSources` adds to script-src, e.g. the
 * inline snippet's `'sha256-…'`.
 */
export function strictCsp(guideHttpUrl: string, scriptSources: string[] = []): string {
  const guide = new URL(guideHttpUrl);
  return [
    "default-src 'none'",
    ['script-src', guide.origin, ...scriptSources].join(' '),
    `connect-src ${guide.origin} ws://${guide.host}`,
    "style-src 'self'",
    "img-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    // Trusted Types: any use of innerHTML and the like from a string would be refused.
    "require-trusted-types-for 'script'",
  ].join('; ');
}

export async function startHostSite(routes: Record<string, Route>, csp: string): Promise<HostSite> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const route = routes[path];
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    } else if (typeof route === 'function') {
      route(res);
    } else {
      const type = path.endsWith('.css') ? 'text/css' : 'text/html; charset=utf-8';
      res.writeHead(200, { 'content-type': type, 'content-security-policy': csp, 'cache-control': 'no-store' }).end(route);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://localhost:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface HostPageOptions {
  /** The guide's base URL, e.g. http://127.0.0.1:5000 */
  guide: string;
  /** Extra attributes for the one script tag, e.g. `data-exit-url="…"`. */
  scriptAttrs?: string;
  /** Markup inside <main>, e.g. a <safe-steps-chat mode="inline"> element. */
  main?: string;
}

/** An ordinary page with links and a stylesheet, and the one line a charity adds. */
export function hostPage({ guide, scriptAttrs = '', main = '' }: HostPageOptions): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Family Support Network</title>
<link rel="stylesheet" href="/host.css">
</head>
<body>
<header><p class="brand">Family Support Network</p><nav aria-label="Site"><a href="/about">About us</a></nav></header>
<main>
<h1>Children's social care and domestic abuse</h1>
<p>Our guide explains what happens next. <a href="/contact">Contact us</a>.</p>
${main}
</main>
<script src="${guide}/widget.js" ${scriptAttrs} defer></script>
</body>
</html>`;
}

/**
 * A host stylesheet that tries hard to break an embedded widget: huge monospace lime text on
 * everything, a shifted and filtered host element, buttons hidden.
 */
export const hostileCss = `
html { font-size: 10px; }
* { font-family: monospace !important; color: #0a0 !important; letter-spacing: 3px !important; line-height: 3 !important; }
button { display: none !important; }
body > * { transform: translateX(-40px) !important; filter: blur(0.5px) !important; }
safe-steps-chat, safe-steps-exit { font-size: 40px !important; text-transform: uppercase !important; }
header, main { padding: 0 1rem; }
`;

export const neutralPage = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Weather</title></head>
<body><h1>Weather forecast</h1></body></html>`;
