// A server whose engine knows every routing topic: the real flows where they exist, and for a
// topic whose flow is not written yet a one-screen stand-in with the same id (reusing words
// already in the catalogue), so typed text can be followed end to end over a real socket.
import { setup } from 'xstate';
import { defineFlow, say, type Flow } from '../../flows/define.js';
import { flows, MENU_FLOW, DANGER_FLOW } from '../../flows/index.js';
import { Engine } from '../../server/engine/engine.js';
import { sharedRouter } from '../../server/routing/router.js';
import { routingTopicsMissingFrom } from '../../server/routing/catalogue.js';

function standIn(id: string): Flow {
  return defineFlow(
    id,
    setup({}).createMachine({ id, initial: 'start', states: { start: { type: 'final', meta: { say: [say('menu.about.what')] } } } }),
  );
}

export function engineWithEveryTopic(): Engine {
  const missing = routingTopicsMissingFrom(flows.map((f) => f.id));
  return new Engine({
    flows: [...flows, ...missing.map(standIn)],
    menuFlow: MENU_FLOW,
    dangerFlow: DANGER_FLOW,
    router: sharedRouter(),
  });
}
