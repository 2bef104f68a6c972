// Prometheus metrics at GET /metrics (prom-client): how the guide is used and how it runs, as
// counts only. No label ever carries a token, typed text, an address or a time tied to a
// person: the only labels are a flow id, a final node of a flow, and an error code, all fixed
// by the code, so no label can grow with traffic. The README lists every series.
import type { FastifyPluginAsync } from 'fastify';
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { ServerFrame } from './protocol.js';
import type { EngineEvent } from './engine/engine.js';
import { TurnDurations } from './turn-durations.js';

/** What the chat endpoint tells the metrics. */
export interface ChatMetrics {
  started(): void;
  resumed(): void;
  /** Every frame sent (errors and quick exits are counted from these). */
  sent(frame: ServerFrame): void;
  /** What the engine says an answer did: flows entered, outcomes reached. */
  happened(events: readonly EngineEvent[]): void;
  /** The widget printed "My list" (a `printed` frame). */
  printed(): void;
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
  private readonly errors: Counter<'code'>;
  private readonly listsPrinted: Counter;
  private readonly turns: TurnDurations;
  // What every tap may add to is counted in plain numbers and handed to prom-client when
  // /metrics is read (each counter's collect), so a tap does not pay for its label hashing.
  /** Flows entered since the last scrape, by flow id. */
  private readonly topicsSince = new Map<string, number>();
  /** Final steps reached since the last scrape, by flow id, then node. */
  private readonly outcomesSince = new Map<string, Map<string, number>>();
  private listItemsSince = 0;

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
    const topicsSince = this.topicsSince;
    new Counter({
      name: 'safe_steps_topics_reached_total',
      help: 'Times a conversation entered a flow, by flow id.',
      labelNames: ['flow'],
      registers,
      collect() {
        for (const [flow, n] of topicsSince) this.inc({ flow }, n);
        topicsSince.clear();
      },
    });
    const outcomesSince = this.outcomesSince;
    new Counter({
      name: 'safe_steps_outcomes_reached_total',
      help: 'Times a conversation reached a final step, by flow id and node.',
      labelNames: ['flow', 'node'],
      registers,
      collect() {
        for (const [flow, nodes] of outcomesSince) for (const [node, n] of nodes) this.inc({ flow, node }, n);
        outcomesSince.clear();
      },
    });
    this.errors = new Counter({
      name: 'safe_steps_errors_total',
      help: 'Error frames sent, by protocol error code.',
      labelNames: ['code'],
      registers,
    });
    const takeListItems = () => {
      const n = this.listItemsSince;
      this.listItemsSince = 0;
      return n;
    };
    new Counter({
      name: 'safe_steps_list_items_added_total',
      help: 'Items put on "My list" (how many, never which).',
      registers,
      collect() {
        this.inc(takeListItems());
      },
    });
    this.listsPrinted = new Counter({
      name: 'safe_steps_lists_printed_total',
      help: '"My list" printed from the widget.',
      registers,
    });
    this.turns = new TurnDurations(
      'safe_steps_turn_duration_seconds',
      'Time from a frame arriving to its answer being sent.',
      [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      this.registry,
    );
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
      if (event.type === 'entered') this.topicsSince.set(event.flow, (this.topicsSince.get(event.flow) ?? 0) + 1);
      else if (event.type === 'finished') {
        let nodes = this.outcomesSince.get(event.flow);
        if (!nodes) this.outcomesSince.set(event.flow, (nodes = new Map()));
        nodes.set(event.node, (nodes.get(event.node) ?? 0) + 1);
      } else if (event.type === 'listed') this.listItemsSince += event.items;
    }
  }

  printed(): void {
    this.listsPrinted.inc();
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
