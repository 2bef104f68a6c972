// The turn-duration histogram, counted in plain numbers. Every frame records one duration, and
// prom-client's own Histogram.observe, though small, allocates and hashes labels on each call
// (it is built for labelled series); this one only finds the bucket and adds. It is handed to
// prom-client's registry as a metric of its own, and /metrics writes it exactly as it writes a
// Histogram without labels: cumulative `_bucket` lines by `le`, then `+Inf`, `_sum`, `_count`.
import type { Metric, MetricValueWithName, Registry } from 'prom-client';

/** What a registry asks a metric for when it writes /metrics. */
interface Collected {
  name: string;
  help: string;
  type: 'histogram';
  values: MetricValueWithName<string>[];
  aggregator: 'sum';
}

export class TurnDurations {
  readonly type = 'histogram' as const;
  readonly aggregator = 'sum' as const;
  /** How many durations fell in each bucket (not cumulative); the last is over every bound. */
  private readonly counts: number[];
  private sum = 0;
  private count = 0;

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly bounds: readonly number[],
    registry: Registry,
  ) {
    this.counts = new Array<number>(bounds.length + 1).fill(0);
    // The registry takes any object that answers get() as its own metrics do.
    registry.registerMetric(this as unknown as Metric);
  }

  observe(seconds: number): void {
    const { bounds } = this;
    let i = 0;
    while (i < bounds.length && seconds > bounds[i]!) i++;
    this.counts[i]! += 1;
    this.sum += seconds;
    this.count += 1;
  }

  async get(): Promise<Collected> {
    const bucket = `${this.name}_bucket`;
    let cumulative = 0;
    const values: MetricValueWithName<string>[] = this.bounds.map((le, i) => {
      cumulative += this.counts[i]!;
      return { labels: { le }, value: cumulative, metricName: bucket };
    });
    values.push(
      { labels: { le: '+Inf' }, value: this.count, metricName: bucket },
      { labels: {}, value: this.sum, metricName: `${this.name}_sum` },
      { labels: {}, value: this.count, metricName: `${this.name}_count` },
    );
    return { name: this.name, help: this.help, type: this.type, values, aggregator: this.aggregator };
  }

  reset(): void {
    this.counts.fill(0);
    this.sum = 0;
    this.count = 0;
  }
}
