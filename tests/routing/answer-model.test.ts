// The router's network is NLP.js's with one method rewritten for speed (server/routing/
// answer-model.ts): it must learn exactly what the library's own would, weight for weight.
import { NeuralNetwork } from '@nlpjs/neural';
import { describe, expect, it } from 'vitest';
import { FasterNeuralNetwork, spreadByLabel } from '../../server/routing/answer-model.js';
import { routingCatalogue } from '../../server/routing/catalogue.js';
import { features } from '../../server/routing/features.js';
import { stemEnglish } from '../../server/routing/stem.js';

describe('the faster network', () => {
  it('learns the same weights, to the bit, as NLP.js\'s own from the same messages', () => {
    const catalogue = routingCatalogue('en');
    const options = { slang: catalogue.slang, stopWords: new Set(catalogue.stopWords), stem: stemEnglish };
    // Four labels' training messages: enough for many updates, quick to train twice.
    const corpus = ['danger', 'none', 'plan.start', 'conference.whatItIs'].flatMap((label) =>
      catalogue.training[label]!.map((text) => ({ input: Object.fromEntries(features(text, options).map((f) => [f, 1])), output: { [label]: 1 } })),
    );
    const train = (net: NeuralNetwork) => {
      net.train(corpus.map((c) => ({ input: { ...c.input }, output: { ...c.output } })));
      return net.toJSON();
    };
    const library = train(new NeuralNetwork({ iterations: 10, log: false }));
    const faster = train(new FasterNeuralNetwork({ iterations: 10, log: false }));
    expect(library.perceptrons!.length).toBe(4);
    expect(faster).toEqual(library);
  });
});

describe('the order lessons are learnt in', () => {
  it('spreads each label\'s lessons evenly through the pass, each label in its own order, every lesson once', () => {
    const lessons = ['a1', 'a2', 'a3', 'a4', 'b1', 'b2'].map((id) => ({ label: id[0]!, id }));
    expect(spreadByLabel(lessons).map((l) => l.id)).toEqual(['a1', 'b1', 'a2', 'a3', 'b2', 'a4']);
    // A label of one lesson sits in the middle, not at either end where the pass starts or stops.
    const one = [...Array.from({ length: 9 }, (_, i) => ({ label: 'big', id: `big${i}` })), { label: 'one', id: 'one' }];
    expect(spreadByLabel(one).findIndex((l) => l.id === 'one')).toBe(5);
  });
});
