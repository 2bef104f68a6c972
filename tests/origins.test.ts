// Which pages may open the chat: checked on the upgrade, before any conversation exists.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ConfigError, loadConfig } from '../server/config.js';
import { originAllowed, parseAllowedOrigins } from '../server/origins.js';
import { MemoryStore } from '../server/store/memory.js';
import { ChatClient, startServer, testConfig, type TestServer } from './support/server.js';

describe('ALLOWED_ORIGINS', () => {
  it('parses origins, with * as any port', () => {
    expect(parseAllowedOrigins(' https://Charity.org.uk , http://localhost:*,https://x.org:8443')).toEqual([
      { protocol: 'https:', hostname: 'charity.org.uk', port: '' },
      { protocol: 'http:', hostname: 'localhost', port: '*' },
      { protocol: 'https:', hostname: 'x.org', port: '8443' },
    ]);
  });

  it.each(['charity.org.uk', 'https://*.charity.org.uk', 'https://charity.org.uk/path', 'https://charity.org.uk/', 'ftp://charity.org.uk', 'https://a@charity.org.uk', ' , '])(
    'refuses %j, naming the variable',
    (value) => {
      expect(() => loadConfig({ ALLOWED_ORIGINS: value })).toThrow(ConfigError);
      expect(() => loadConfig({ ALLOWED_ORIGINS: value })).toThrow(/ALLOWED_ORIGINS/);
    },
  );

  it('matches scheme, host and port exactly', () => {
    const rules = parseAllowedOrigins('https://charity.org.uk,http://localhost:*');
    const host = 'guide.example';
    expect(originAllowed('https://charity.org.uk', host, rules)).toBe(true);
    expect(originAllowed('https://charity.org.uk:8443', host, rules)).toBe(false);
    expect(originAllowed('http://charity.org.uk', host, rules)).toBe(false);
    expect(originAllowed('https://evil.charity.org.uk', host, rules)).toBe(false);
    expect(originAllowed('http://localhost:5173', host, rules)).toBe(true);
    expect(originAllowed('http://127.0.0.1:5173', host, rules)).toBe(false);
    expect(originAllowed('null', host, rules)).toBe(false);
    expect(originAllowed('https://guide.example', host, rules)).toBe(true); // the server's own pages
    expect(originAllowed(undefined, host, rules)).toBe(true); // not a browser page
  });

  it('defaults to same origin and this machine', () => {
    for (const o of ['http://localhost:3000', 'http://127.0.0.1:8080', 'http://[::1]:9', 'https://localhost']) {
      expect(originAllowed(o, 'guide.example', undefined)).toBe(true);
    }
    for (const o of ['https://evil.example', 'http://localhost.evil.example', 'file://', 'null']) {
      expect(originAllowed(o, 'guide.example', undefined)).toBe(false);
    }
  });
});

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

function upgrade(url: string, origin?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, origin ? { origin } : {});
    socket.once('open', () => {
      socket.close();
      resolve(101);
    });
    socket.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      res.resume();
      socket.terminate();
    });
    socket.once('error', (err) => {
      if (!/Unexpected server response/.test(err.message)) reject(err);
    });
  });
}

describe('the upgrade', () => {
  it('refuses a foreign page with 403 before any conversation exists', async () => {
    const store = new MemoryStore({ ttlSeconds: 600 });
    const server = await startServer({ store });
    servers.push(server);
    expect(await upgrade(server.wsUrl, 'https://evil.example')).toBe(403);
    expect(await upgrade(server.wsUrl, 'null')).toBe(403);
    expect(store.size).toBe(0);
    expect(await upgrade(server.wsUrl, 'http://localhost:5173')).toBe(101);
    expect(await upgrade(server.wsUrl, server.httpUrl)).toBe(101);
    expect(await upgrade(server.wsUrl)).toBe(101);
  });

  it('lets in only the configured pages when ALLOWED_ORIGINS is set', async () => {
    const allowedOrigins = parseAllowedOrigins('https://charity.org.uk');
    const server = await startServer({ config: { ...testConfig, allowedOrigins } });
    servers.push(server);
    expect(await upgrade(server.wsUrl, 'http://localhost:5173')).toBe(403);
    expect(await upgrade(server.wsUrl, 'https://charity.org.uk')).toBe(101);
    const client = await ChatClient.connect(server.wsUrl, { origin: 'https://charity.org.uk' });
    expect(await client.request({ type: 'start' })).toMatchObject({ type: 'step' });
    client.close();
  });
});

describe('start-up', () => {
  /** Runs the real entry point until it says it is running, and returns what it logged. */
  async function startupLog(env: Record<string, string>): Promise<string> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    try {
      for await (const line of createInterface({ input: child.stdout })) {
        lines.push(line);
        if (line.includes('safe-steps is running')) break;
      }
    } finally {
      child.kill('SIGTERM');
    }
    return lines.join('\n');
  }

  it('warns when ALLOWED_ORIGINS is unset, and not when it is set', async () => {
    expect(await startupLog({ ALLOWED_ORIGINS: '' })).toMatch(/ALLOWED_ORIGINS is not set/);
    expect(await startupLog({ ALLOWED_ORIGINS: 'https://charity.org.uk' })).not.toMatch(/ALLOWED_ORIGINS/);
  }, 60_000);
});
