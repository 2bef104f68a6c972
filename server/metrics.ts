// Prometheus metrics at GET /metrics (prom-client): how the guide is used and how it runs, as
// counts only. No label ever carries a token, typed text, an address or a time tied to a
// person: the only labels are a flow id, a final node of a flow, and an error code, all fixed
// by the code, so no label can grow with traffic. The README lists every series.
import type { FastifyPluginAsync } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ServerFrame } from './protocol.js';
import type { EngineEvent } from './engine/engine.js';

/** What the chat endpoint tells the metrics. */
export interface ChatMetrics {
  started(): void;
  resumed(): void;
  /** Every frame sent (errors and quick exits are counted from these). */
  sent(frame: ServerFrame): void;
  /** What the engine says an answer did: flows entered, outcomes reached. */
  happened(events: readonly EngineEvent[]): void;
  turn(seconds: number): void;
}

export interface MetricsSources {
  conversationsOpen(): number;
  /** Whether the session store answers (always true for the in-memory store). */
  storeAvailable(): boolean;
}

export class Metrics implements ChatMetrics {
  readonly registry = new Registry();
  private readonly startedTotal: Counter;
  private readonly resumedTotal: Counter;
  private readonly quickExits: Counter;
  private readonly exitBeacons: Counter;
  private readonly topics: Counter<'flow'>;
  private readonly outcomes: Counter<'flow' | 'node'>;
  private readonly errors: Counter<'code'>;
  private readonly turns: Histogram;

  constructor(sources: MetricsSources) {
    const registers = [this.registry];
    this.startedTotal = new Counter({
      name: 'safe_steps_conversations_started_total',
      help: 'Conversations begun (not counting resumes).',
      registers,
    });
    this.resumedTotal = new Counter({
      name: 'safe_steps_conversations_resumed_total',
      help: 'Conversations carried on after a reconnect (resume token accepted).',
      registers,
    });
    new Gauge({
      name: 'safe_steps_conversations_open',
      help: 'Chat connections on this instance that have a conversation.',
      registers,
      collect() {
        this.set(sources.conversationsOpen());
      },
    });
    this.quickExits = new Counter({ name: 'safe_steps_quick_exits_total', help: 'Quick exits.', registers });
    this.exitBeacons = new Counter({
      name: 'safe_steps_quick_exit_beacons_total',
      help: 'Quick exits received over HTTP (POST /exit), sent beside the socket exit or instead of it.',
      registers,
    });
    this.topics = new Counter({
      name: 'safe_steps_topics_reached_total',
      help: 'Times a conversation entered a flow, by flow id.',
      labelNames: ['flow'],
      registers,
    });
    this.outcomes = new Counter({
      name: 'safe_steps_outcomes_reached_total',
      help: 'Times a conversation reached a final step, by flow id and node.',
      labelNames: ['flow', 'node'],
      registers,
    });
    this.errors = new Counter({
      name: 'safe_steps_errors_total',
      help: 'Error frames sent, by protocol error code.',
      labelNames: ['code'],
      registers,
    });
    this.turns = new Histogram({
      name: 'safe_steps_turn_duration_seconds',
      help: 'Time from a frame arriving to its answer being sent.',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    });
    new Gauge({
      name: 'safe_steps_store_available',
      help: '1 while the session store answers, 0 while it does not.',
      registers,
      collect() {
        this.set(sources.storeAvailable() ? 1 : 0);
      },
    });
    collectDefaultMetrics({ register: this.registry });
  }

  started(): void {
    this.startedTotal.inc();
  }

  resumed(): void {
    this.resumedTotal.inc();
  }

  sent(frame: ServerFrame): void {
    if (frame.type === 'error') this.errors.inc({ code: frame.code });
    else if (frame.type === 'bye') this.quickExits.inc();
  }

  happened(events: readonly EngineEvent[]): void {
    for (const event of events) {
      if (event.type === 'entered') this.topics.inc({ flow: event.flow });
      else if (event.type === 'finished') this.outcomes.inc({ flow: event.flow, node: event.node });
    }
  }

  /** A quick exit that came as an HTTP beacon; kept apart so one exit is not counted twice. */
  exitBeacon(): void {
    this.exitBeacons.inc();
  }

  turn(seconds: number): void {
    this.turns.observe(seconds);
  }
}

export interface MetricsRouteOptions {
  metrics: Metrics;
}

export const metricsRoute: FastifyPluginAsync<MetricsRouteOptions> = async (app, { metrics }) => {
  // Scraped every few seconds: logged only if something goes wrong.
  app.get('/metrics', { logLevel: 'warn' }, async (_request, reply) => {
    reply.type(metrics.registry.contentType);
    return metrics.registry.metrics();
  });
};
