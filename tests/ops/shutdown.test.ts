// Graceful shutdown of a real server process with the default in-memory store: SIGTERM and
// SIGINT close every chat with 1012 "service restart" and exit 0; a restart forgets the
// conversations (as the README says); and a connection that never lets go cannot hold the
// process past its grace time.
import { afterAll, describe, expect, it } from 'vitest';
import { ChatClient } from '../support/server.js';
import { killAllInstances, startInstance } from '../support/instance.js';

const clients: ChatClient[] = [];
afterAll(async () => {
  for (const c of clients) c.close();
  await killAllInstances();
});

async function connect(url: string): Promise<ChatClient> {
  const client = await ChatClient.connect(url);
  clients.push(client);
  return client;
}

describe('graceful shutdown', () => {
  it('SIGTERM: every widget hears 1012 and the process exits 0; with memory a restart forgets', async () => {
    const server = await startInstance();
    const one = await connect(server.wsUrl);
    const first = await one.request({ type: 'start' });
    await one.request({ type: 'choose', choice: 'danger' });
    const idle = await connect(server.wsUrl);

    server.kill('SIGTERM');
    expect(await one.closed).toEqual({ code: 1012 });
    expect(await idle.closed).toEqual({ code: 1012 });
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.log()).toMatch(/"msg":"shut down cleanly"/);

    const again = await startInstance();
    const client = await connect(again.wsUrl);
    expect(await client.request({ type: 'start', resume: first.token })).toMatchObject({ type: 'error', code: 'expired' });
    expect(await client.next()).toMatchObject({ type: 'step', flow: 'menu' });
    again.kill('SIGINT');
    expect(await client.closed).toEqual({ code: 1012 });
    expect(await again.exited).toEqual({ code: 0, signal: null });
  });

  it('exits within its grace time even when a client never answers the close', async () => {
    const server = await startInstance({ SHUTDOWN_GRACE_SECONDS: '1' });
    const stuck = await connect(server.wsUrl);
    await stuck.request({ type: 'start' });
    // The client stops reading: it never sees the server's close frame, so never answers it.
    stuck.socket.pause();

    server.kill('SIGTERM');
    expect(await server.exited).toEqual({ code: 1, signal: null });
    expect(server.log()).toMatch(/shutdown took longer than the grace time/);
  });
});
