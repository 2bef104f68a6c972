// A light English stemmer, so "removed", "removal" and "remove" meet as one word. It is not
// a linguist's stemmer (Porter's is ten times longer); it only needs to be applied the same way
// to the catalogue and to the typed text, and to keep words of different meaning apart.

// "took" and "taken" stay apart on purpose: "he took my son" is a child taken by the other
// parent, "will my children be taken" is a fear of removal.
const irregular: Readonly<Record<string, string>> = {
  children: 'child',
  childrens: 'child',
  women: 'woman',
  men: 'man',
  gone: 'go',
  went: 'go',
  said: 'say',
  says: 'say',
  told: 'tell',
  kept: 'keep',
  left: 'leave',
  saw: 'see',
  seen: 'see',
  lives: 'live',
  // "hidden" meets "hide" and "hiding": "he has hidden my keys", "where do i hide my diary".
  hidden: 'hid',
  // Not "car": care proceedings and kinship care are not the car he sits outside in.
  care: 'care',
  cares: 'care',
  cared: 'care',
  caring: 'care',
};

const suffixes = ['ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'ies', 'ied', 'ive', 'ion', 'ers', 'er', 'ed', 'es', 'ly', 'al', 's'];

export function stemEnglish(word: string): string {
  if (Object.hasOwn(irregular, word)) return irregular[word]!;
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  for (const suffix of suffixes) {
    if (!w.endsWith(suffix)) continue;
    const rest = w.slice(0, -suffix.length);
    // Keep at least three letters, and leave "ss"/"us"/"is" endings ("class", "bus", "this").
    if (rest.length < 3) continue;
    if (suffix === 's' && /(ss|us|is)$/.test(w)) continue;
    if (suffix === 'er' && w.length < 6) continue;
    w = suffix === 'ies' || suffix === 'ied' ? `${rest}y` : rest;
    break;
  }
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  // "stopp" → "stop", "calls" → "cal" like "call" → "cal": doubled endings made single.
  w = w.replace(/([a-z])\1$/, '$1');
  return w;
}
