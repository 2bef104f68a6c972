// Security headers on everything the server sends over HTTP. The demo page and the widget load
// only same-origin scripts and stylesheets (the widget styles itself with constructable
// stylesheets), so the Content-Security-Policy needs no 'unsafe-inline'. The widget script
// itself must load on any charity's page: it is served with CORS and a cross-origin resource
// policy, and no Cross-Origin-Embedder-Policy is set, so embedding pages are not constrained.
import type { FastifyPluginAsync } from 'fastify';
import helmet from '@fastify/helmet';
import fp from 'fastify-plugin';

export interface HeadersOptions {
  /** Paths any site may load or send to (the widget bundle, the quick-exit beacon). */
  embeddable: ReadonlyArray<string | RegExp>;
}

const plugin: FastifyPluginAsync<HeadersOptions> = async (app, { embeddable }) => {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        // 'self' covers same-origin ws: and wss: in current browsers; older ones need them named,
        // and naming the scheme alone would let a page talk to any socket anywhere.
        connectSrc: ["'self'", (req) => wsOrigins(req.headers.host)],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'self'"],
      },
    },
    // Helmet 8 sets no Cross-Origin-Embedder-Policy; say so, so a future default cannot break embedding.
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });

  const isOpen = (path: string) => embeddable.some((p) => (typeof p === 'string' ? p === path : p.test(path)));
  app.addHook('onSend', async (request, reply) => {
    if (!isOpen(request.url.split('?')[0] ?? '')) return;
    void reply.header('access-control-allow-origin', '*');
    void reply.header('cross-origin-resource-policy', 'cross-origin');
  });
};

/** Not encapsulated: the headers apply to every route of the app. */
export const securityHeaders = fp(plugin, { name: 'safe-steps-headers' });

function wsOrigins(host: string | undefined): string {
  // Only a plain host[:port] may be echoed into the policy, never header junk.
  if (!host || !/^[a-z0-9.\-[\]:]+$/i.test(host)) return "'self'";
  return `ws://${host} wss://${host}`;
}
