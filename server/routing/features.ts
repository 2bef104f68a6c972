// What the model sees of a message: its content words, stemmed, and each pair of neighbouring
// content words ("core group", "section 47"), after the same normalising and slang as every
// other matcher. Stop words are dropped so "what", "my" and "the" decide nothing.
import { prepare } from './normalise.js';

export interface FeatureOptions {
  slang: Readonly<Record<string, string>>;
  stopWords: ReadonlySet<string>;
  stem: (word: string) => string;
}

export function features(text: string, options: FeatureOptions): string[] {
  return featuresOfPrepared(prepare(text, options.slang), options);
}

/** The same, for text already through `prepare` (the router prepares a message once for every matcher). */
export function featuresOfPrepared(prepared: string, options: FeatureOptions): string[] {
  const words = prepared.split(' ').filter((w) => w !== '' && !options.stopWords.has(w)).map(options.stem);
  const pairs = words.slice(1).map((w, i) => `${words[i]}_${w}`);
  return [...new Set([...words, ...pairs])];
}
