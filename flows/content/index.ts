// The content catalogue: every word a person reads, per locale. Welsh falls back to English
// key by key until it is translated, so a partial translation never shows a bare key.
import { en as flowsEn } from './en.js';
import { routingEn } from './routing.en.js';
import { routingCy } from './routing.cy.js';
import type { Catalogue } from '../catalogue.js';
import { contacts } from '../contacts.js';
import { SEED_TITLES } from '../sources.js';
import { checklists } from '../my-list.js';

export const locales = ['en', 'cy'] as const;
export type Locale = (typeof locales)[number];

// The routing catalogue's words (typed-text answers, topic and answer titles) join the flows' words.
const routingWords = (r: {
  messages?: Record<string, string>;
  topics?: readonly { flow: string; title: string }[];
  answers?: readonly { state: string; title: string }[];
}) => ({
  ...r.messages,
  ...Object.fromEntries((r.topics ?? []).map((t) => [`routing.topic.${t.flow}`, t.title])),
  ...Object.fromEntries((r.answers ?? []).map((a) => [`routing.answer.${a.state}`, a.title])),
});
const en: Record<string, string> = { ...flowsEn, ...routingWords(routingEn) };
const catalogues: Record<Locale, Record<string, string>> = { en, cy: { ...routingWords(routingCy) } };

export function hasText(key: string): boolean {
  return Object.hasOwn(en, key);
}

export function text(locale: Locale, key: string): string {
  const local = catalogues[locale];
  if (Object.hasOwn(local, key)) return local[key]!;
  if (Object.hasOwn(en, key)) return en[key]!;
  throw new Error(`content key "${key}" is missing from the catalogue`);
}

export function allKeys(): string[] {
  return Object.keys(en);
}

/** The guide's own catalogue, as the engine takes it. */
export const catalogue: Catalogue = { baseLocale: 'en', texts: catalogues, contacts, sourceTitles: SEED_TITLES, checklists };
