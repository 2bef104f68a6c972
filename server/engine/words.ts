// The engine's reading of a catalogue: words per locale with the base locale filling gaps,
// contacts by id, and sources' readable titles. Everything a screen says goes through here.
import type { Catalogue } from '../../flows/catalogue.js';
import type { Contact } from '../../flows/contacts.js';
import { titleOf } from '../../flows/sources.js';

export class Words {
  private readonly base: Readonly<Record<string, string>>;

  constructor(readonly catalogue: Catalogue) {
    const base = catalogue.texts[catalogue.baseLocale];
    if (!base) throw new Error(`the catalogue has no texts for its base locale "${catalogue.baseLocale}"`);
    this.base = base;
  }

  /** The locales a conversation may be in. */
  locales(): string[] {
    return Object.keys(this.catalogue.texts);
  }

  speaks(locale: string): boolean {
    return Object.hasOwn(this.catalogue.texts, locale);
  }

  has(key: string): boolean {
    return Object.hasOwn(this.base, key);
  }

  text(locale: string, key: string): string {
    const local = Object.hasOwn(this.catalogue.texts, locale) ? this.catalogue.texts[locale]! : this.base;
    if (Object.hasOwn(local, key)) return local[key]!;
    if (Object.hasOwn(this.base, key)) return this.base[key]!;
    throw new Error(`content key "${key}" is missing from the catalogue`);
  }

  contact(id: string): Contact | undefined {
    return Object.hasOwn(this.catalogue.contacts, id) ? this.catalogue.contacts[id] : undefined;
  }

  sourceTitle(source: string): string | undefined {
    return titleOf(source, this.catalogue.sourceTitles);
  }

  /** A flow may name a label for a choice; otherwise a shared one ("choice.next") is used. */
  choiceLabel(locale: string, flow: string, choice: string): string {
    const own = `${flow}.choice.${choice}`;
    return this.text(locale, this.has(own) ? own : `choice.${choice}`);
  }

  hasChoiceLabel(flow: string, choice: string): boolean {
    return this.has(`${flow}.choice.${choice}`) || this.has(`choice.${choice}`);
  }
}
