// GET /metrics on a real server after real conversations: the counts are exact, and nothing
// in it could point at a person (no token, typed text, address, or unbounded label).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatClient, startServer, type TestServer } from '../support/server.js';
import { flows } from '../../flows/index.js';

const MARKER = 'zebra-marker-7f3a';
let server: TestServer;
const clients: ChatClient[] = [];

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Parses the Prometheus text format (the subset prom-client writes). */
function parse(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!m) throw new Error(`not a sample line: ${line}`);
      const labels: Record<string, string> = {};
      for (const [, k, v] of (m[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[k!] = v!;
      return { name: m[1]!, labels, value: Number(m[3]) };
    });
}

function value(samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  return samples.find(
    (s) => s.name === name && Object.keys(labels).length === Object.keys(s.labels).length && Object.entries(labels).every(([k, v]) => s.labels[k] === v),
  )?.value;
}

async function connect(): Promise<ChatClient> {
  const client = await ChatClient.connect(server.wsUrl);
  clients.push(client);
  return client;
}

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  for (const c of clients) c.close();
  await server.close();
});

describe('/metrics', () => {
  it('counts conversations, topics, outcomes, exits, errors and turns, and nothing about anyone', async () => {
    const one = await connect();
    const first = await one.request({ type: 'start' });
    await one.request({ type: 'choose', choice: 'about' });
    await one.request({ type: 'say', text: `${MARKER} where do I go` });
    await one.request({ type: 'choose', choice: 'danger' });
    await one.request({ type: 'choose', choice: 'cant-speak' });
    expect(await one.request({ type: 'choose', choice: MARKER })).toMatchObject({ code: 'unknown_choice' });
    expect(await one.request(`{"say":"${MARKER}`)).toMatchObject({ code: 'bad_frame' });
    expect(await one.request({ type: 'exit' })).toEqual({ type: 'bye' });

    const two = await connect();
    const second = await two.request({ type: 'start' });
    await two.request({ type: 'choose', choice: 'danger' });
    await connect(); // connected, never started: not a conversation
    const three = await connect();
    await three.request({ type: 'start', resume: second.token });

    const res = await fetch(`${server.httpUrl}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    const samples = parse(text);

    expect(value(samples, 'safe_steps_conversations_started_total')).toBe(2);
    expect(value(samples, 'safe_steps_conversations_resumed_total')).toBe(1);
    expect(value(samples, 'safe_steps_conversations_open')).toBe(2);
    expect(value(samples, 'safe_steps_quick_exits_total')).toBe(1);
    expect(value(samples, 'safe_steps_topics_reached_total', { flow: 'menu' })).toBe(2);
    expect(value(samples, 'safe_steps_topics_reached_total', { flow: 'danger' })).toBe(2);
    // "About this guide" leads on to the topics, so it is a step, not an outcome.
    expect(value(samples, 'safe_steps_outcomes_reached_total', { flow: 'menu', node: 'about' })).toBeUndefined();
    expect(value(samples, 'safe_steps_outcomes_reached_total', { flow: 'danger', node: 'silentSolution' })).toBe(1);
    expect(value(samples, 'safe_steps_errors_total', { code: 'unknown_choice' })).toBe(1);
    expect(value(samples, 'safe_steps_errors_total', { code: 'bad_frame' })).toBe(1);
    expect(value(samples, 'safe_steps_turn_duration_seconds_count')).toBe(11);
    expect(value(samples, 'safe_steps_store_available')).toBe(1);
    expect(value(samples, 'process_cpu_seconds_total')).toBeGreaterThan(0);

    // Nothing personal: no token, no typed text, no address.
    for (const secret of [first.token, second.token, MARKER, '127.0.0.1']) expect(text).not.toContain(secret);
    // Our series carry only fixed labels: a flow id, a final node, an error code, a bucket.
    const flowIds = flows.map((f) => f.id);
    for (const s of samples.filter((x) => x.name.startsWith('safe_steps_'))) {
      for (const [label, v] of Object.entries(s.labels)) {
        expect(['flow', 'node', 'code', 'le']).toContain(label);
        if (label === 'flow') expect(flowIds).toContain(v);
        if (label === 'code') expect(v).toMatch(/^[a-z_]+$/);
      }
    }
    // And nothing anywhere looks like a token or an address.
    for (const s of samples) for (const v of Object.values(s.labels)) expect(v).not.toMatch(/[A-Za-z0-9_-]{24,}|\d+\.\d+\.\d+\.\d+/);
  });
});
