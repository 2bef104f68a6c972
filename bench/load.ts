// The load generator: closed-loop clients that each wait for an answer before the next turn,
// walking random choices from each step, as a person would but without pausing to read, and
// typing a message every few turns (bench/typed.ts).
import WebSocket from 'ws';
import { TYPED_EVERY, typedTurn } from './typed.js';

interface Step {
  type: string;
  choices?: Array<{ id: string }>;
}

export interface LoadResult {
  turns: number;
  /** Turns during the warm-up, not in the figures. */
  warmupTurns: number;
  seconds: number;
  turnsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

function connect(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { perMessageDeflate: false });
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

function pick(step: Step): string {
  const choices = step.choices ?? [];
  return choices.length > 0 ? choices[Math.floor(Math.random() * choices.length)]!.id : 'danger';
}

/** Runs `clients` closed loops for warm-up plus `seconds`; only turns after the warm-up count. */
export async function closedLoop(
  url: string,
  options: { clients: number; seconds: number; warmupSeconds: number; typedEvery?: number },
): Promise<LoadResult> {
  const typedEvery = options.typedEvery ?? TYPED_EVERY;
  const sockets = await Promise.all(Array.from({ length: options.clients }, () => connect(url)));
  const latencies: number[] = [];
  let errors = 0;
  let warmupTurns = 0;
  const start = performance.now();
  const measureFrom = start + options.warmupSeconds * 1000;
  const stopAt = measureFrom + options.seconds * 1000;

  await Promise.all(
    sockets.map(
      (socket) =>
        new Promise<void>((resolve) => {
          let sentAt = 0;
          let turns = 0;
          const turn = (frame: object) => {
            sentAt = performance.now();
            socket.send(JSON.stringify(frame));
          };
          socket.on('message', (data) => {
            const now = performance.now();
            if (sentAt >= measureFrom) latencies.push(now - sentAt);
            else warmupTurns++;
            const answer = JSON.parse(String(data)) as Step;
            if (answer.type !== 'step') errors++;
            if (now >= stopAt) return resolve();
            // Every typedEvery-th turn is typed text, so routing is part of the mix (0: taps only).
            const typed = typedEvery > 0 && ++turns % typedEvery === 0;
            turn(answer.type !== 'step' ? { type: 'start' } : typed ? typedTurn(turns) : { type: 'choose', choice: pick(answer) });
          });
          turn({ type: 'start' });
        }),
    ),
  );
  for (const s of sockets) s.terminate();

  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return {
    turns: latencies.length,
    warmupTurns,
    seconds: options.seconds,
    turnsPerSecond: latencies.length / options.seconds,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    errors,
  };
}

/** Opens a conversation and walks `steps` random choices into it; resolves with its open socket. */
export async function openConversation(url: string, steps: number): Promise<WebSocket> {
  const socket = await connect(url);
  await new Promise<void>((resolve, reject) => {
    let left = steps;
    socket.on('message', (data) => {
      const answer = JSON.parse(String(data)) as Step;
      if (answer.type !== 'step') return reject(new Error(`unexpected answer ${String(data)}`));
      if (left-- <= 0) return resolve();
      socket.send(JSON.stringify({ type: 'choose', choice: pick(answer) }));
    });
    socket.send(JSON.stringify({ type: 'start' }));
  });
  socket.removeAllListeners('message');
  return socket;
}

/** Opens `count` conversations, `parallel` at a time. */
export async function openConversations(url: string, count: number, steps: number, parallel = 100): Promise<WebSocket[]> {
  const sockets: WebSocket[] = [];
  for (let i = 0; i < count; i += parallel) {
    const batch = Math.min(parallel, count - i);
    sockets.push(...(await Promise.all(Array.from({ length: batch }, () => openConversation(url, steps)))));
  }
  return sockets;
}

export async function closeAll(sockets: WebSocket[]): Promise<void> {
  await Promise.all(
    sockets.map(
      (s) =>
        new Promise<void>((resolve) => {
          if (s.readyState === WebSocket.CLOSED) return resolve();
          s.once('close', () => resolve());
          s.close();
        }),
    ),
  );
}
