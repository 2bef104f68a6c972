// What the engine needs from the content besides the flows: every word per locale, every
// contact, and readable titles of sources. The guide's own is in flows/content/index.ts; a
// test can hand the engine a tiny one of its own.
import type { Contact } from './contacts.js';

export interface Catalogue {
  /** The locale every other falls back to, key by key: it holds every key. */
  baseLocale: string;
  /** Every word a person reads, per locale: catalogue key → text. Its keys are the locales offered. */
  texts: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Every contact a flow may name, by id. */
  contacts: Readonly<Record<string, Contact>>;
  /** Readable titles of sources (seed files by name); a source without one is shown as it is. */
  sourceTitles: Readonly<Record<string, string>>;
}
