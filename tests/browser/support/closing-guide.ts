// A guide that serves the real widget script but whose /chat accepts every socket and closes
// it at once with the given code, as a full or restarting service does (1013, 1012). It counts
// the sockets it accepted.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { widgetDir } from '../../../server/paths.js';

export interface ClosingGuide {
  httpUrl: string;
  accepted(): number;
  close(): Promise<void>;
}

export async function startClosingGuide(code: number, reason: string): Promise<ClosingGuide> {
  const script = readFileSync(`${widgetDir}/widget.js`);
  const server = createServer((req, res) => {
    if ((req.url ?? '').split('?')[0] !== '/widget.js') return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/javascript', 'access-control-allow-origin': '*' }).end(script);
  });
  const sockets = new WebSocketServer({ server, path: '/chat' });
  let accepted = 0;
  sockets.on('connection', (socket) => {
    accepted += 1;
    socket.close(code, reason);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    httpUrl: `http://127.0.0.1:${port}`,
    accepted: () => accepted,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets.clients) socket.terminate();
        sockets.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
