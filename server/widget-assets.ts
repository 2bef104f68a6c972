// How the widget's files are cached. `/widget.js` is the address charities paste: browsers
// keep it for five minutes, then ask again with its ETag (a 304 costs a few bytes), so a new
// release reaches every page within minutes. `/widget.<hash>.js` is the same build under a name
// tied to its content (scripts/build-widget.mjs), for tags pinned with Subresource Integrity:
// it never changes, so it is kept for a year. Both vary by Accept-Encoding, since the same
// address answers with brotli, gzip or plain bytes.
import type { SetHeadersResponse } from '@fastify/static';
import { basename } from 'node:path';

/** The widget's address and its pinned copies, as request paths. */
export const WIDGET_PATH = /^\/widget(\.[0-9a-f]{12})?\.js$/;

const SHORT = 'public, max-age=300';
const PINNED = 'public, max-age=31536000, immutable';

/** @fastify/static's setHeaders: given the file it is about to send (perhaps its .br or .gz twin). */
export function widgetCacheHeaders(res: SetHeadersResponse, file: string): void {
  const match = /^widget(\.[0-9a-f]{12})?\.js(\.br|\.gz)?$/.exec(basename(file));
  if (!match) return;
  res.setHeader('cache-control', match[1] ? PINNED : SHORT);
  res.setHeader('vary', 'accept-encoding');
}
