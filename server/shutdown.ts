// Graceful shutdown for deploys and restarts. On SIGTERM or SIGINT the app stops accepting
// connections, finishes the answers under way, tells every widget to reconnect (1012 "service
// restart", done by app.close() through the chat's preClose hook), closes the session store,
// and exits. If that takes longer than the grace time the process exits anyway, so a stuck
// connection can never hold up a deploy. A second signal exits at once.
import type { FastifyInstance } from 'fastify';

export interface ShutdownOptions {
  graceSeconds: number;
  signals?: NodeJS.Signals[];
  /** Injected so tests of this module need not end their own process. */
  exit?: (code: number) => void;
}

export function closeOnSignals(app: FastifyInstance, options: ShutdownOptions): void {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let closing = false;

  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) {
      app.log.warn({ signal }, 'second signal during shutdown: exiting now');
      exit(1);
      return;
    }
    closing = true;
    app.log.info({ signal, graceSeconds: options.graceSeconds }, 'shutting down');
    const timer = setTimeout(() => {
      app.log.error({ graceSeconds: options.graceSeconds }, 'shutdown took longer than the grace time: exiting anyway');
      exit(1);
    }, options.graceSeconds * 1000);
    app.close().then(
      () => {
        clearTimeout(timer);
        app.log.info('shut down cleanly');
        exit(0);
      },
      (err: Error) => {
        clearTimeout(timer);
        app.log.error({ err: { name: err.name, message: err.message } }, 'shutdown failed');
        exit(1);
      },
    );
  };

  for (const signal of options.signals ?? ['SIGTERM', 'SIGINT']) process.on(signal, onSignal);
}
