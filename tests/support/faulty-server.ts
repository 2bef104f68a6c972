// A real server whose engine fails while handling frames, with the error's message quoting
// what the person sent, as a careless library might. Run as its own process (tests/privacy.test.ts)
// so its logs and its crash can be read whole. `say` fails inside the frame; `choose` fails
// outside any handler (an uncaught exception).
import { buildApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { Engine, type Result, type SayOutcome } from '../../server/engine/engine.js';
import type { Conversation } from '../../server/engine/conversation.js';
import { logCrashesSafely } from '../../server/safe-error.js';
import { DANGER_FLOW, flows, MENU_FLOW } from '../../flows/index.js';

class FaultyEngine extends Engine {
  override say(_conversation: Conversation, typed: string): SayOutcome {
    throw new TypeError(`cannot route "${typed}"`);
  }

  override choose(conversation: Conversation, choice: string): Result {
    setImmediate(() => {
      throw new RangeError(`choice "${choice}" broke something later`);
    });
    return super.choose(conversation, choice);
  }
}

const app = await buildApp({
  config: { ...loadConfig(), port: 0, host: '127.0.0.1', logLevel: 'trace' },
  engine: new FaultyEngine({ flows, menuFlow: MENU_FLOW, dangerFlow: DANGER_FLOW }),
});
logCrashesSafely(app.log);
await app.listen({ port: 0, host: '127.0.0.1' });
