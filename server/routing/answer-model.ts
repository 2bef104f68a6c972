// The trained part of the router: a small neural classifier (NLP.js's, from @nlpjs/neural: one
// layer of perceptrons over word features, the model behind NLP.js's intent recognition) that
// learns which answer a message is after from labelled messages. Local and in-process: it is
// trained at start from data in the repository, with no randomness (weights start at zero and
// the data comes in a fixed order), so the same data and the same text always give the same
// scores.
import { NeuralNetwork } from '@nlpjs/neural';

/** A prepared input or output as NLP.js's lookup builds it: indices, and their values by index. */
interface Prepared {
  keys: number[];
  data: Record<number, number>;
}
interface Perceptron {
  id: number;
  weights: Float32Array;
  changes: Float32Array;
  bias: number;
}

/** The training data laid out flat, once: lesson i's inputs are `keys`/`values` from `start[i]` to `start[i + 1]`. */
interface FlatData {
  data: readonly { input: Prepared; output: Prepared }[];
  start: Int32Array;
  keys: Int32Array;
  values: Float64Array;
  /** The lesson's one output and its value; -1 when it has several (read from `output.data` then). */
  outKey: Int32Array;
  outValue: Float64Array;
}

/**
 * NLP.js's network with its training pass written as plain loops over arrays. Training runs a
 * perceptron labels × messages × passes times (about 8 million at start-up, four fifths of it):
 * the library sums with a closure built for `reduce` on every run, and reads each input's
 * values and each expected output from objects keyed by number (a hash lookup each). Here the
 * whole corpus is laid out once in typed arrays (inputs end to end, and each lesson's one
 * output), so a pass reads memory in order. The arithmetic is the library's, in the same order,
 * so the trained weights are the same to the bit (tests/routing/answer-model.test.ts checks it
 * against the library's own network).
 */
export class FasterNeuralNetwork extends NeuralNetwork {
  private flat: FlatData | undefined;
  declare decayLearningRate: number;

  private flatten(data: readonly { input: Prepared; output: Prepared }[]): FlatData {
    if (this.flat?.data === data) return this.flat;
    const start = new Int32Array(data.length + 1);
    for (let i = 0; i < data.length; i++) start[i + 1] = start[i]! + data[i]!.input.keys.length;
    const keys = new Int32Array(start[data.length]!);
    const values = new Float64Array(start[data.length]!);
    const outKey = new Int32Array(data.length);
    const outValue = new Float64Array(data.length);
    data.forEach(({ input, output }, i) => {
      input.keys.forEach((key, j) => {
        keys[start[i]! + j] = key;
        values[start[i]! + j] = input.data[key]!;
      });
      outKey[i] = output.keys.length === 1 ? output.keys[0]! : -1;
      outValue[i] = output.keys.length === 1 ? output.data[output.keys[0]!]! : 0;
    });
    this.flat = { data, start, keys, values, outKey, outValue };
    return this.flat;
  }

  override trainPerceptron(perceptron: Perceptron, data: readonly { input: Prepared; output: Prepared }[]): number {
    const { alpha, momentum } = this.settings;
    const { changes, weights, id } = perceptron;
    const { start, keys, values, outKey, outValue } = this.flatten(data);
    const rate = this.decayLearningRate;
    let error = 0;
    for (let i = 0; i < data.length; i += 1) {
      const from = start[i]!;
      const to = start[i + 1]!;
      // The library's runInputPerceptron: the bias plus each value times its weight, cut at zero.
      let sum = perceptron.bias;
      for (let j = from; j < to; j += 1) sum += values[j]! * weights[keys[j]!]!;
      const actualOutput = sum <= 0 ? 0 : alpha * sum;
      const out = outKey[i]!;
      const expectedOutput = out === id ? outValue[i]! : out === -1 ? data[i]!.output.data[id] || 0 : 0;
      const currentError = expectedOutput - actualOutput;
      if (currentError) {
        error += currentError ** 2;
        const delta = (actualOutput > 0 ? 1 : alpha) * currentError * rate;
        for (let j = from; j < to; j += 1) {
          const key = keys[j]!;
          const change = delta * values[j]! + momentum * changes[key]!;
          changes[key] = change;
          weights[key]! += change;
        }
        perceptron.bias += delta;
      }
    }
    return error;
  }
}

export interface Labelled {
  label: string;
  features: readonly string[];
}

/**
 * The lessons in the order the network is to see them: each label's spread evenly through the
 * pass, in their own order, rather than one label's after another. The network learns online,
 * one lesson at a time, at a rate that hardly decays, so where it stops each pass depends on the
 * lessons it saw last. In blocks, a label's perceptron rose on its own block and was pushed back
 * by the blocks after it: "what is a child protection plan" (plan.start's own title) lost its
 * answer to the plan's contents, whose block came next and shares its words, and the danger
 * model, whose block came first, left danger messages it had learnt unheard after 2,500
 * ordinary ones. More passes did not help: the pass ends in the same place each time.
 * Spread, every label's lessons weigh the same wherever its block happens to sit in the files.
 */
export function spreadByLabel<T extends { label: string }>(lessons: readonly T[]): T[] {
  const count = new Map<string, number>();
  for (const lesson of lessons) count.set(lesson.label, (count.get(lesson.label) ?? 0) + 1);
  const seen = new Map<string, number>();
  const placed = lessons.map((lesson, order) => {
    const i = seen.get(lesson.label) ?? 0;
    seen.set(lesson.label, i + 1);
    // The i-th of n lessons of a label sits at (i + ½) / n of the way through the pass.
    return { lesson, at: (i + 0.5) / count.get(lesson.label)!, order };
  });
  return placed.sort((a, b) => a.at - b.at || a.order - b.order).map((p) => p.lesson);
}

export class AnswerModel {
  /** Every label, in the order of `shares`. */
  readonly labels: readonly string[];
  private readonly featureIndex: Map<string, number>;
  /**
   * The trained weights, feature by feature (`weights[feature * labels + label]`), and each
   * label's bias: what NLP.js's network holds, read out once through its own `toJSON` so a
   * message is scored with a few additions and no objects. Its `run` built an input object and
   * a closure per label for every message, a fifth of routing's garbage.
   */
  private readonly weights: Float32Array;
  private readonly bias: Float64Array;

  /**
   * `iterations`: passes over the data (each pass costs labels × examples). The examples are
   * seen spread by label (`spreadByLabel`), whatever order they come in.
   */
  constructor(examples: readonly Labelled[], iterations: number) {
    if (examples.length === 0) throw new Error('the routing model needs labelled messages to learn from');
    const net = new FasterNeuralNetwork({ iterations, log: false });
    net.train(
      spreadByLabel(examples).map((e) => ({
        input: Object.fromEntries(e.features.map((f) => [f, 1])),
        output: { [e.label]: 1 },
      })),
    );
    const { features = [], intents = [], perceptrons = [] } = net.toJSON();
    this.labels = intents;
    this.featureIndex = new Map(features.map((f, i) => [f, i]));
    const count = intents.length;
    this.weights = new Float32Array(features.length * count);
    this.bias = new Float64Array(count);
    perceptrons.forEach((perceptron, label) => {
      for (let f = 0; f < features.length; f++) this.weights[f * count + label] = perceptron[f]!;
      this.bias[label] = perceptron[features.length]!;
    });
  }

  /** Whether a feature was ever seen in training. */
  knows(feature: string): boolean {
    return this.featureIndex.has(feature);
  }

  /** One label's share (`shares`), 0 for a label the model never learnt. */
  shareOf(features: readonly string[], label: string): number {
    const index = this.labels.indexOf(label);
    return index < 0 ? 0 : this.shares(features)[index]!;
  }

  /**
   * Each label's share of the model's weight, in `labels` order, summing to 1 (all 0 when
   * nothing weighs anything). Each label's output is its bias plus the weights of the
   * message's features, cut at zero, as the network computes it (its constant scale cancels
   * out in the shares).
   */
  shares(features: readonly string[]): Float64Array {
    const count = this.labels.length;
    const out = new Float64Array(count);
    if (features.length === 0) return out;
    out.set(this.bias);
    for (const feature of features) {
      const f = this.featureIndex.get(feature);
      if (f === undefined) continue;
      const base = f * count;
      for (let label = 0; label < count; label++) out[label] = out[label]! + this.weights[base + label]!;
    }
    let total = 0;
    for (let label = 0; label < count; label++) {
      if (!(out[label]! > 0)) out[label] = 0;
      total += out[label]!;
    }
    if (total > 0) for (let label = 0; label < count; label++) out[label] = out[label]! / total;
    return out;
  }
}
