// The floor: the least a JSON-over-WebSocket server can do per turn. It parses each frame and
// answers with a step-sized frame, with no validation, engine or store. Its answers are real
// rendered steps from a random walk through the flows (so they have the sizes the real server
// sends), stringified afresh each time as the real server does. The real server's turns per
// second are reported as a fraction of this one's, measured in the same run on the same machine.
import { WebSocketServer } from 'ws';
import { Engine } from '../server/engine/engine.js';
import type { StepFrame } from '../server/protocol.js';
import { DANGER_FLOW, flows, MENU_FLOW } from '../flows/index.js';
import { newToken } from '../server/tokens.js';
import { ready, serveMemoryReports } from './child.js';

const engine = new Engine({ flows, menuFlow: MENU_FLOW, dangerFlow: DANGER_FLOW });
const token = newToken();
const started = engine.start('en');
if (!started.ok) throw new Error('cannot start a conversation');
const steps: StepFrame[] = [];
let conversation = started.conversation;
for (let i = 0; i < 1000; i++) {
  const ids = engine.choiceIds(conversation.at);
  const next = engine.choose(conversation, ids[Math.floor(Math.random() * ids.length)]!);
  if (!next.ok) throw new Error(next.message);
  conversation = next.conversation;
  steps.push(engine.render(conversation, token));
}
let turn = 0;

const server = new WebSocketServer({ host: '127.0.0.1', port: 0, path: '/chat' });
server.on('connection', (socket) => {
  socket.on('message', (data) => {
    const frame = JSON.parse(String(data)) as { type?: unknown };
    const step = steps[turn++ % steps.length]!;
    socket.send(JSON.stringify(typeof frame.type === 'string' ? step : { type: 'error', code: 'bad_frame', message: '' }));
  });
});
server.on('listening', () => {
  serveMemoryReports();
  ready((server.address() as { port: number }).port);
});
