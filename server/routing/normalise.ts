// Typed text arrives in every shape a frightened person types on a phone: capitals, curly
// apostrophes, no spaces after commas, "pleeease", "u" for "you". Everything the router
// matches against goes through these functions first, on both sides (the catalogue's phrases
// and the person's text), so the two always meet in the same form.

/** Lower case, accents and apostrophes gone, anything that is not a letter or digit a space. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`´ʼ]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Every run of one repeated letter made single ("killl", "kil" and "kill" all become "kil").
 * Only ever applied to both sides of a comparison, since it makes words unreadable.
 */
export function squeeze(text: string): string {
  return text.replace(/([a-z])\1+/g, '$1');
}

/** Runs of three or more of a letter cut to two ("pleeease" → "please", "sooo" → "soo"). */
export function calm(text: string): string {
  return text.replace(/([a-z])\1{2,}/g, '$1$1');
}

/**
 * Replaces whole words with what they stand for ("sw" → "social worker", "u" → "you"), from a
 * locale's slang table. Keys are single normalised words; values may be several words.
 */
export function expandSlang(text: string, slang: Readonly<Record<string, string>>): string {
  if (text === '') return text;
  return text
    .split(' ')
    .map((word) => {
      if (Object.hasOwn(slang, word)) return slang[word]!;
      const spelt = unLeet(word);
      return Object.hasOwn(slang, spelt) ? slang[spelt]! : spelt;
    })
    .join(' ');
}

/**
 * A word typed with digits for letters ("h3s outsid3", "k1ll") read as letters: 3 as e, 0 as
 * o, 1 as i, only in a word that also holds letters and is not itself slang ("b4", "any1"),
 * so "999", "section 47" and "2nite" stay as they are.
 */
function unLeet(word: string): string {
  if (!/[013]/.test(word) || !/[a-z]/.test(word)) return word;
  return word.replace(/3/g, 'e').replace(/0/g, 'o').replace(/1/g, 'i');
}

/** The form every matcher sees: normalised, slang expanded, letter runs calmed. */
export function prepare(text: string, slang: Readonly<Record<string, string>>): string {
  return expandSlang(calm(normalise(text)), slang);
}
