// A plain forwarding proxy in front of the guide, so a test can take the WebSocket away while
// HTTP still works: once told to refuse upgrades, every new socket is dropped at the door,
// while requests such as POST /exit still reach the guide. It makes "socket down, HTTP fine"
// last as long as the test needs, instead of racing the widget's reconnect.
import { createServer, request, type IncomingMessage } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';

export interface CutProxy {
  /** e.g. http://127.0.0.1:41234: use it as the guide's address in the host page. */
  httpUrl: string;
  /** From now on, every WebSocket upgrade is dropped before it reaches the guide. */
  refuseUpgrades(): void;
  /** HTTP requests forwarded so far, as "METHOD /path". */
  readonly requests: string[];
  close(): Promise<void>;
}

export async function startCutProxy(guideHttpUrl: string): Promise<CutProxy> {
  const target = new URL(guideHttpUrl);
  const port = Number(target.port);
  let refusing = false;
  const requests: string[] = [];
  const open = new Set<Duplex | Socket>();

  const server = createServer((req, res) => {
    requests.push(`${req.method} ${(req.url ?? '/').split('?')[0]}`);
    const forward = request({ host: target.hostname, port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });

  server.on('upgrade', (req: IncomingMessage, client: Duplex, head: Buffer) => {
    if (refusing) return client.destroy();
    const upstream = connect(port, target.hostname, () => {
      const lines = [`${req.method} ${req.url} HTTP/1.1`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (head.length > 0) upstream.write(head);
      client.pipe(upstream).pipe(client);
    });
    for (const end of [client, upstream]) {
      open.add(end);
      end.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
      end.on('close', () => {
        open.delete(end);
        client.destroy();
        upstream.destroy();
      });
    }
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: own } = server.address() as AddressInfo;
  return {
    httpUrl: `http://127.0.0.1:${own}`,
    refuseUpgrades: () => {
      refusing = true;
    },
    requests,
    close: () =>
      new Promise((resolve) => {
        for (const end of open) end.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
