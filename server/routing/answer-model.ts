// The trained part of the router: a small neural classifier (NLP.js's, from @nlpjs/neural: one
// layer of perceptrons over word features, the model behind NLP.js's intent recognition) that
// learns which answer a message is after from labelled messages. Local and in-process: it is
// trained at start from data in the repository, with no randomness (weights start at zero and
// the data comes in a fixed order), so the same data and the same text always give the same
// scores.
import { NeuralNetwork } from '@nlpjs/neural';

export interface Labelled {
  label: string;
  features: readonly string[];
}

export class AnswerModel {
  private readonly net: NeuralNetwork;
  /** Every label, in the order of `shares`. */
  readonly labels: readonly string[];
  private readonly vocabulary: Set<string>;

  /** `iterations`: passes over the data (each pass costs labels × examples). */
  constructor(examples: readonly Labelled[], iterations: number) {
    this.net = new NeuralNetwork({ iterations, log: false });
    if (examples.length === 0) throw new Error('the routing model needs labelled messages to learn from');
    this.labels = [...new Set(examples.map((e) => e.label))];
    this.vocabulary = new Set(examples.flatMap((e) => e.features));
    this.net.train(
      examples.map((e) => ({
        input: Object.fromEntries(e.features.map((f) => [f, 1])),
        output: { [e.label]: 1 },
      })),
    );
  }

  /** Whether a feature was ever seen in training. */
  knows(feature: string): boolean {
    return this.vocabulary.has(feature);
  }

  /**
   * Each label's share of the model's weight, in `labels` order, summing to 1 (all 0 when
   * nothing weighs anything). Unsorted and by position: the router reads it on every message.
   */
  shares(features: readonly string[]): Float64Array {
    const out = new Float64Array(this.labels.length);
    if (features.length === 0) return out;
    const input: Record<string, number> = {};
    for (const f of features) input[f] = 1;
    const raw = this.net.run(input) ?? {};
    let total = 0;
    for (let i = 0; i < out.length; i++) {
      out[i] = Math.max(0, raw[this.labels[i]!] ?? 0);
      total += out[i]!;
    }
    if (total > 0) for (let i = 0; i < out.length; i++) out[i] = out[i]! / total;
    return out;
  }
}
