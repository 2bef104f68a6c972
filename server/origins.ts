// Which web pages may open a conversation. Browsers send an Origin header with every WebSocket
// upgrade, and the server checks it before the upgrade, so a stranger's page cannot drive the
// guide in a visitor's browser (cross-site WebSocket hijacking). A client that sends no Origin
// is not a browser page (an app, a test, a load generator) and is let in; the rate and
// connection limits still apply to it.
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface OriginRule {
  protocol: string;
  hostname: string;
  /** '' for the scheme's default port, '*' for any port. */
  port: string;
}

/** Hosts allowed when ALLOWED_ORIGINS is unset: this machine, for the demo and development. */
const LOCAL_HOSTNAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Parses ALLOWED_ORIGINS: comma-separated origins, each port may be `*` (any port). */
export function parseAllowedOrigins(value: string): OriginRule[] {
  const entries = value.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  if (entries.length === 0) throw new Error('lists no origin');
  return entries.map((entry) => {
    const wildcard = entry.endsWith(':*');
    const base = wildcard ? entry.slice(0, -2) : entry;
    // Scheme and host only: no path, no credentials, no wildcard host.
    const url = /^https?:\/\/[^/*?#@\s]+$/i.test(base) ? URL.parse(base) : null;
    if (!url || (wildcard && url.port !== '')) {
      throw new Error(`"${entry}" is not an origin like https://example.org or http://localhost:*`);
    }
    return { protocol: url.protocol, hostname: url.hostname, port: wildcard ? '*' : url.port };
  });
}

/**
 * Whether a page at `origin` may connect. `host` is the Host header of the request, for the
 * server's own pages (same origin is always allowed). `rules` undefined means the demo default.
 */
export function originAllowed(origin: string | undefined, host: string | undefined, rules: readonly OriginRule[] | undefined): boolean {
  if (origin === undefined) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // includes the opaque "null" origin of sandboxed frames and files
  }
  if (!/^https?:$/.test(url.protocol)) return false;
  if (host !== undefined && url.host === host.toLowerCase()) return true;
  if (rules === undefined) return LOCAL_HOSTNAMES.has(url.hostname);
  return rules.some(
    (r) => r.protocol === url.protocol && r.hostname === url.hostname && (r.port === '*' || r.port === url.port),
  );
}

/** onRequest hook for the upgrade: a foreign page gets 403 before any conversation exists. */
export function originGuard(rules: readonly OriginRule[] | undefined) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (!originAllowed(request.headers.origin, request.headers.host, rules)) {
      await reply.code(403).send({ error: 'origin_not_allowed' });
    }
  };
}
