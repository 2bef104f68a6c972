// Privacy under failure: when handling a frame goes wrong, inside the handler or as an uncaught
// crash, the logs name the error and where it happened, never what the person sent.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { ChatClient } from './support/server.js';

describe('errors while handling a frame', () => {
  it('are logged without the frame, and a crash is logged without it too', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/faulty-server.ts'], {
      env: { ...process.env, LOG_LEVEL: 'trace' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    child.stderr.on('data', (d) => output.push(String(d)));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    const lines = createInterface({ input: child.stdout });
    const url = await new Promise<string>((resolve, reject) => {
      lines.on('line', (line) => {
        output.push(line);
        const m = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
        if (m) resolve(m[1]!.replace('http:', 'ws:') + '/chat');
      });
      void exited.then(() => reject(new Error(`server exited: ${output.join('\n')}`)));
    });

    const secret = 'my-partner-Dave-hits-me-7731';
    const client = await ChatClient.connect(url);
    await client.request({ type: 'start' });
    // Failing inside the handler: a clear error to the person, nothing of theirs in the log.
    expect(await client.request({ type: 'say', text: secret })).toMatchObject({ type: 'error', code: 'internal' });
    // Bad frames quoting the secret are refused and never logged either.
    expect(await client.request(`{"type":"say","text":"${secret}"`)).toMatchObject({ code: 'bad_frame' });
    expect(await client.request({ type: 'say', text: secret.repeat(400) })).toMatchObject({ code: 'too_long' });
    // Failing outside any handler: the process logs and exits rather than print the message.
    client.send({ type: 'choose', choice: 'danger' });
    expect(await exited).toBe(1);

    const log = output.join('\n');
    expect(log).toMatch(/chat frame failed/);
    expect(log).toMatch(/"name":"TypeError"/);
    expect(log).toMatch(/uncaught exception/);
    expect(log).toMatch(/"name":"RangeError"/);
    expect(log).not.toContain(secret);
    expect(log).not.toContain('Dave');
  }, 60_000);
});
