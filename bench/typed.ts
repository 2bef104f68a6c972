// Typed turns for the bench: what people type instead of tapping, in the mix of turns, and the
// router timed on its own (training, and each message's route) so its share is visible.
import { performance } from 'node:perf_hooks';
import { Router } from '../server/routing/router.js';

/** One turn in this many is typed text rather than a tap. */
export const TYPED_EVERY = 5;

/** A spread of typed messages: ordinary questions, danger, unsure and out of scope. */
export const TYPED = [
  'what happens at a child protection conference',
  'my ex keeps ringing social services with lies about me',
  'can my mum have the kids for a bit',
  'the referral they promised never happened',
  'do i have to sign a safety agreement',
  'hes outside and hes drunk',
  'i cant talk he is in the next room',
  'meeting',
  'social worker',
  'how do i renew my passport',
  'my social worker keeps bringing up my past and its not fair',
  'what does section 47 mean',
  'he took my son and wont bring him back',
  'im scared to call the police in case they take my kids',
  'can i bring someone to the icpc',
  'asdfghjkl',
];

export function typedTurn(i: number): { type: 'say'; text: string } {
  return { type: 'say', text: TYPED[i % TYPED.length]! };
}

/** Trains a router and routes every message many times: training ms and route p50/p99 ms. */
export function timeRouting(rounds = 300): { trainMs: number; trainCpuMs: number; p50Ms: number; p99Ms: number; routes: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const router = new Router();
  const trainMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  // Untimed rounds first, so the figures are of optimised code, as in a server that has run a while.
  for (let r = 0; r < 50; r++) for (const text of TYPED) router.route(text, 'en');
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const text of TYPED) {
      const t = performance.now();
      router.route(text, 'en');
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { trainMs, trainCpuMs: (used.user + used.system) / 1000, p50Ms: at(0.5), p99Ms: at(0.99), routes: times.length };
}
