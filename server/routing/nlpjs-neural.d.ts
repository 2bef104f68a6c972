// @nlpjs/neural ships no types; this is the part of its API the router uses.
declare module '@nlpjs/neural' {
  export interface NeuralSettings {
    iterations?: number;
    errorThresh?: number;
    deltaErrorThresh?: number;
    learningRate?: number;
    momentum?: number;
    alpha?: number;
    log?: boolean;
  }
  export interface TrainingStatus {
    error: number;
    deltaError: number;
    iterations: number;
  }
  export class NeuralNetwork {
    constructor(settings?: NeuralSettings);
    train(corpus: { input: Record<string, number>; output: Record<string, number> }[]): TrainingStatus;
    run(input: Record<string, number>): Record<string, number> | undefined;
    /** The trained network: every feature and intent, and per intent its weights by feature then its bias. */
    toJSON(): { settings: Partial<NeuralSettings>; features?: string[]; intents?: string[]; perceptrons?: number[][] };
    /** One pass of one perceptron over the prepared data; returns its squared error. */
    trainPerceptron(
      perceptron: { id: number; weights: Float32Array; changes: Float32Array; bias: number },
      data: readonly { input: { keys: number[]; data: Record<number, number> }; output: { keys: number[]; data: Record<number, number> } }[],
    ): number;
    settings: Required<NeuralSettings>;
  }
}
