// The entry point behind `npm start` and the Docker image.
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { listenText } from './logging.js';
import { closeOnSignals } from './shutdown.js';
import { logCrashesSafely } from './safe-error.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }

  const app = await buildApp({ config });
  logCrashesSafely(app.log);
  closeOnSignals(app, { graceSeconds: config.shutdownGraceSeconds });

  await app.listen({ port: config.port, host: config.host, listenTextResolver: listenText });
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const { port } = app.server.address() as { port: number };
  app.log.info({ port }, `safe-steps is running: open http://${shown}:${port}/`);
}

main().catch((err: Error) => {
  process.stderr.write(`safe-steps failed to start: ${err.message}\n`);
  process.exit(1);
});
