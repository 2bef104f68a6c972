// How evidence is compared with a seed: as a reader would, so curly and straight quotes,
// line breaks and runs of spaces, and letter case do not matter; the words themselves must.
const SEED_FILE = /\b\d{3}_[0-9a-f]+\.txt\b/g;

export function normaliseForEvidence(s: string): string {
  return s
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The seed files a source names ("a.txt", or several: "a.txt, b.txt"). */
export function seedsCited(source: string | undefined): string[] {
  return source?.match(SEED_FILE) ?? [];
}
