// `npm run bench`: the real server against the floor (a bare JSON-over-WebSocket server), the
// same closed-loop load on both in the same run, then memory per open conversation.
// `npm run bench -- --redis`: the same, with the server keeping conversations in one real
// redis-server started for the run (no persistence), as several instances would.
// `npm run bench -- --soak`: conversations opened and expired for minutes, memory sampled, to
// show it returns to its baseline. Options: --clients N --seconds S --rounds R
// --conversations N --minutes M --ttl S --rate N. Figures are measured, never asserted.
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { startChild, type Memory } from './child.js';
import { closeAll, closedLoop, openConversation, openConversations, type LoadResult } from './load.js';
import { TYPED_EVERY, timeRouting } from './typed.js';
import { startRedis, type RedisServer } from '../tests/support/redis.js';

const { values: args } = parseArgs({
  options: {
    soak: { type: 'boolean', default: false },
    redis: { type: 'boolean', default: false },
    clients: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    conversations: { type: 'string', default: '2000' },
    minutes: { type: 'string', default: '3' },
    ttl: { type: 'string', default: '10' },
    rate: { type: 'string', default: '100' },
    // One turn in this many is typed text (routing in the mix); 0 for taps only, as measured before typed turns.
    'typed-every': { type: 'string', default: String(TYPED_EVERY) },
  },
});

const num = (name: keyof typeof args) => {
  const n = Number(args[name]);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`);
  return n;
};
const heap = (m: Memory) => m.heapUsed + m.external;
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const round2 = (x: number) => Math.round(x * 100) / 100;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

console.log(`safe-steps bench: node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${new Date().toISOString()}`);

if (args.soak) await soak();
else await bench();

async function bench(): Promise<void> {
  const clients = num('clients');
  const seconds = num('seconds');
  const rounds = num('rounds');
  const count = num('conversations');
  const typedEvery = Number(args['typed-every']);
  if (!Number.isInteger(typedEvery) || typedEvery < 0) throw new Error('--typed-every must be a whole number, 0 for taps only');

  // --redis: one real redis-server for the whole run, the same for every server started.
  const redis: RedisServer | undefined = args.redis ? await startRedis() : undefined;
  const serverEnv: Record<string, string> = redis ? { REDIS_URL: redis.url } : {};
  const mode = redis ? 'redis' : 'memory';
  const floor = await startChild('./floor-server.ts');
  const app = await startChild('./app-server.ts', serverEnv);
  const results: Record<'floor' | 'server', Array<LoadResult & { cpuPerTurnUs: number }>> = { floor: [], server: [] };
  const redisPerTurn: number[] = [];
  const redisInfo = redis?.client();
  /** redis-server's CPU time so far (user + system), in microseconds, from its INFO. */
  const redisCpu = async (): Promise<number | undefined> => {
    if (!redisInfo) return undefined;
    const info = await redisInfo.info('cpu');
    const seconds = (field: string) => Number(new RegExp(`^${field}:([0-9.]+)`, 'm').exec(info)?.[1] ?? NaN);
    return (seconds('used_cpu_user') + seconds('used_cpu_sys')) * 1e6;
  };
  console.log(`\n${mode} store; closed loop: ${clients} clients, ${typedEvery ? `one turn in ${typedEvery} typed` : 'taps only'}, ${seconds} s per run after 2 s warm-up, ${rounds} rounds (medians reported)`);
  // One discarded run each first, so neither is measured while V8 is still optimising it.
  for (const target of [floor, app]) await closedLoop(target.url, { clients, seconds: 3, warmupSeconds: 0, typedEvery });
  console.log('round  target   turns/s     p50 ms   p99 ms   CPU µs/turn   errors');
  for (let r = 1; r <= rounds; r++) {
    // Alternate who goes first, so neither always runs on a machine just warmed by the other.
    const order = r % 2 ? (['floor', 'server'] as const) : (['server', 'floor'] as const);
    for (const name of order) {
      const target = name === 'floor' ? floor : app;
      const cpuBefore = await target.cpu();
      const redisBefore = name === 'server' ? await redisCpu() : undefined;
      const result = await closedLoop(target.url, { clients, seconds, warmupSeconds: 2, typedEvery });
      // CPU per turn (warm-up turns included on both sides) does not depend on how busy the
      // rest of the machine is, unlike turns per second.
      const cpuPerTurnUs = (await target.cpu()) - cpuBefore;
      const turnsAll = result.turns + result.warmupTurns;
      results[name].push({ ...result, cpuPerTurnUs: cpuPerTurnUs / turnsAll });
      // redis-server's own CPU per turn: a change that moves work from the server into Redis
      // (no auto-pipelining: 5 µs less in the server, 4 µs more in Redis) shows as no gain.
      const redisUs = redisBefore === undefined ? undefined : ((await redisCpu())! - redisBefore) / turnsAll;
      if (redisUs !== undefined) redisPerTurn.push(redisUs);
      console.log(
        `${String(r).padStart(5)}  ${name.padEnd(7)} ${result.turnsPerSecond.toFixed(0).padStart(8)}  ${result.p50Ms.toFixed(2).padStart(8)} ${result.p99Ms.toFixed(2).padStart(8)}   ${(cpuPerTurnUs / turnsAll).toFixed(1).padStart(11)}   ${result.errors}${redisUs === undefined ? '' : `   (redis-server ${redisUs.toFixed(1)} µs/turn)`}`,
      );
    }
  }
  await Promise.all([floor.stop(), app.stop()]);

  // Routing on its own, in this process: the closed loop above includes typed turns, this says
  // how much of a typed turn is the router.
  const routing = timeRouting();
  console.log(
    `\nrouting: trained in ${routing.trainMs.toFixed(0)} ms (${routing.trainCpuMs.toFixed(0)} ms CPU); ${routing.routes} messages routed, p50 ${routing.p50Ms.toFixed(3)} ms, p99 ${routing.p99Ms.toFixed(3)} ms`,
  );

  const turnsPerS = median(results.server.map((r) => r.turnsPerSecond));
  const floorTurnsPerS = median(results.floor.map((r) => r.turnsPerSecond));
  const p50 = median(results.server.map((r) => r.p50Ms));
  const p99 = median(results.server.map((r) => r.p99Ms));
  const floorP99 = median(results.floor.map((r) => r.p99Ms));
  const cpuServer = median(results.server.map((r) => r.cpuPerTurnUs));
  const cpuFloor = median(results.floor.map((r) => r.cpuPerTurnUs));
  console.log(
    `\nserver ${turnsPerS.toFixed(0)} turns/s (p50 ${p50.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms); floor ${floorTurnsPerS.toFixed(0)} turns/s (p99 ${floorP99.toFixed(2)} ms); ratio ${(turnsPerS / floorTurnsPerS).toFixed(2)}`,
  );
  console.log(`server CPU ${cpuServer.toFixed(1)} µs/turn, floor ${cpuFloor.toFixed(1)} µs/turn: CPU ratio ${(cpuFloor / cpuServer).toFixed(2)}`);
  const redisUs = redisPerTurn.length > 0 ? median(redisPerTurn) : undefined;
  if (redisUs !== undefined) console.log(`redis-server CPU ${redisUs.toFixed(1)} µs/turn`);

  // Memory: a fresh server, warmed with a few conversations, then `count` more kept open.
  const fresh = await startChild('./app-server.ts', serverEnv);
  await closeAll(await openConversations(fresh.url, 50, 3));
  const baseline = await fresh.memory();
  const sockets = await openConversations(fresh.url, count, 3);
  const open = await fresh.memory();
  await closeAll(sockets);
  // The server lets go of a socket a little after the client sees it closed: wait for all of them.
  let stored = await fresh.memory();
  for (let i = 0; i < 100 && stored.sockets !== 0; i++) {
    await wait(100);
    stored = await fresh.memory();
  }
  await fresh.stop();
  const perOpen = (heap(open) - heap(baseline)) / count;
  const perStored = (heap(stored) - heap(baseline)) / count;
  console.log(`\nmemory: ${count} conversations, each 3 choices deep (V8 heap + external, after full GC)`);
  console.log(`  baseline ${mb(heap(baseline))} MB, ${count} open on their sockets ${mb(heap(open))} MB, sockets closed (kept for resume) ${mb(heap(stored))} MB`);
  console.log(`  ${kb(perOpen)} KB per open conversation (socket included), ${kb(perStored)} KB per stored conversation`);
  if (stored.conversations !== undefined) console.log(`  store held ${stored.conversations} conversations`);
  await redis?.destroy();

  console.log(
    JSON.stringify({
      mode,
      turns_per_s: Math.round(turnsPerS),
      floor_turns_per_s: Math.round(floorTurnsPerS),
      ratio: round2(turnsPerS / floorTurnsPerS),
      p99_ratio: round2(p99 / floorP99),
      p50_ms: round2(p50),
      p99_ms: round2(p99),
      routing_train_ms: Math.round(routing.trainMs),
      routing_train_cpu_ms: Math.round(routing.trainCpuMs),
      routing_p99_ms: round2(routing.p99Ms),
      floor_p99_ms: round2(floorP99),
      cpu_us_per_turn: round2(cpuServer),
      floor_cpu_us_per_turn: round2(cpuFloor),
      cpu_ratio: round2(cpuFloor / cpuServer),
      ...(redisUs !== undefined ? { redis_server_cpu_us_per_turn: round2(redisUs) } : {}),
      kb_per_conversation: kb(perOpen),
      kb_per_stored_conversation: kb(perStored),
      typed_every: typedEvery,
      clients,
      seconds_per_run: seconds,
      rounds,
    }),
  );
}

async function soak(): Promise<void> {
  const minutes = num('minutes');
  const ttl = num('ttl');
  const rate = num('rate');
  // The store sweeps every min(60, ttl) seconds; after 2 × ttl + 2 s every conversation is gone.
  const settleMs = (2 * ttl + 2) * 1000;
  const app = await startChild('./app-server.ts', { SESSION_TTL_SECONDS: String(ttl) });

  // Warm up (compile the hot paths, fill caches), let it all expire, then take the baseline.
  await closeAll(await openConversations(app.url, 500, 3));
  await wait(settleMs);
  const baseline = await app.memory();
  console.log(`\nsoak: ${minutes} min, ${rate} new conversations/s (3 choices, then the socket closes; 1 in 10 quick-exits), SESSION_TTL_SECONDS=${ttl}`);
  console.log(`  baseline ${mb(heap(baseline))} MB, ${baseline.conversations} conversations held`);
  console.log('  time     opened   held   heap+external MB');

  let opened = 0;
  let peak = heap(baseline);
  const started = performance.now();
  const endAt = started + minutes * 60_000;
  let nextSample = started + 15_000;
  while (performance.now() < endAt) {
    const tick = performance.now();
    const batch = await Promise.all(Array.from({ length: rate }, () => openConversation(app.url, 3)));
    opened += batch.length;
    batch.forEach((s, i) => {
      if (i % 10 === 0) s.send(JSON.stringify({ type: 'exit' }));
    });
    await closeAll(batch);
    if (performance.now() >= nextSample) {
      nextSample += 15_000;
      const m = await app.memory();
      peak = Math.max(peak, heap(m));
      const t = Math.round((performance.now() - started) / 1000);
      console.log(`  ${String(t).padStart(4)} s  ${String(opened).padStart(7)}  ${String(m.conversations).padStart(5)}   ${mb(heap(m)).padStart(8)}`);
    }
    await wait(Math.max(0, 1000 - (performance.now() - tick)));
  }

  await wait(settleMs);
  const end = await app.memory();
  await app.stop();
  const growth = heap(end) - heap(baseline);
  console.log(`  after ${settleMs / 1000} s idle: ${mb(heap(end))} MB, ${end.conversations} conversations held`);
  console.log(
    `  ${growth <= heap(baseline) * 0.1 ? 'returned to baseline' : 'DID NOT return to baseline'}: ${growth >= 0 ? '+' : ''}${kb(growth)} KB against ${mb(heap(baseline))} MB, peak ${mb(peak)} MB`,
  );
  console.log(
    JSON.stringify({
      mode: 'soak',
      minutes,
      ttl_seconds: ttl,
      opened,
      baseline_mb: Number(mb(heap(baseline))),
      peak_mb: Number(mb(peak)),
      end_mb: Number(mb(heap(end))),
      growth_kb: kb(growth),
      held_at_end: end.conversations,
    }),
  );
}
