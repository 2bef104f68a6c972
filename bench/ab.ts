// `npm run bench:ab -- <checkout> <checkout> …`: the same closed loop against the real server
// built from each checkout, all at the same time, so a busy machine slows them alike; prints
// each server's CPU per turn (the figure that does not depend on how busy the machine is) and
// its median over the rounds. For telling two versions apart on a shared machine, where runs of
// `npm run bench` minutes apart differ by more than the change being measured.
// Environment: SECS (per round, 5), ROUNDS (3), CLIENTS (per server, 100), TYPED_EVERY (0 =
// taps only), REDIS_URL (all servers share that Redis; each writes its own conversations).
import { resolve } from 'node:path';
import { startChild } from './child.js';
import { closedLoop } from './load.js';

const checkouts = process.argv.slice(2).map((p) => resolve(p));
if (checkouts.length === 0) throw new Error('usage: npm run bench:ab -- <checkout> [<checkout> …]');
const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const seconds = env('SECS', 5);
const rounds = env('ROUNDS', 3);
const clients = env('CLIENTS', 100);
const typedEvery = env('TYPED_EVERY', 0);

const servers = await Promise.all(checkouts.map(async (checkout) => ({ checkout, ...(await startChild('./app-server.ts', {}, checkout)) })));
// Warm-up, not measured: V8 optimises each server's hot paths first.
await Promise.all(servers.map((s) => closedLoop(s.url, { clients, seconds: 3, warmupSeconds: 0, typedEvery })));
const perTurn = new Map<string, number[]>();
for (let round = 1; round <= rounds; round++) {
  const before = await Promise.all(servers.map((s) => s.cpu()));
  const loads = await Promise.all(servers.map((s) => closedLoop(s.url, { clients, seconds, warmupSeconds: 0, typedEvery })));
  const after = await Promise.all(servers.map((s) => s.cpu()));
  servers.forEach((s, i) => {
    const load = loads[i]!;
    const us = (after[i]! - before[i]!) / (load.turns + load.warmupTurns);
    perTurn.set(s.checkout, [...(perTurn.get(s.checkout) ?? []), us]);
    console.log(`round ${round}  ${s.checkout}: ${load.turnsPerSecond.toFixed(0)} turns/s, CPU ${us.toFixed(1)} µs/turn, p99 ${load.p99Ms.toFixed(1)} ms, errors ${load.errors}`);
  });
}
await Promise.all(servers.map((s) => s.stop()));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(JSON.stringify(Object.fromEntries([...perTurn].map(([c, xs]) => [c, { cpu_us_per_turn_median: Math.round(median(xs) * 10) / 10, rounds: xs.map((x) => Math.round(x * 10) / 10) }]))));
