// The entry point behind `npm start` and the Docker image.
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
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
  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    await app.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  app.log.info(`safe-steps is running: open http://${shown}:${(app.server.address() as { port: number }).port}/`);
}

main().catch((err: Error) => {
  process.stderr.write(`safe-steps failed to start: ${err.message}\n`);
  process.exit(1);
});
