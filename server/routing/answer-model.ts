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

export interface LabelScore {
  label: string;
  score: number;
}

export class AnswerModel {
  private readonly net: NeuralNetwork;
  private readonly labels: string[];
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

  /** Every label the model gives any weight, best first, scores summing to 1. */
  scores(features: readonly string[]): LabelScore[] {
    if (features.length === 0) return [];
    const raw = this.net.run(Object.fromEntries(features.map((f) => [f, 1]))) ?? {};
    let total = 0;
    for (const label of this.labels) total += Math.max(0, raw[label] ?? 0);
    if (total <= 0) return [];
    const order = new Map(this.labels.map((l, i) => [l, i]));
    return this.labels
      .map((label) => ({ label, score: Math.max(0, raw[label] ?? 0) / total }))
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score || order.get(a.label)! - order.get(b.label)!);
  }
}
