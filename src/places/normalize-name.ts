/**
 * Folds a French place name into a comparison key, so that "ST-AMAND-MONTROND",
 * "Saint Amand Montrond" and "saint-amand-montrond" all meet on the same key.
 * Browser-safe: no Node APIs, shared by the data pipeline and the app.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const WORD_SEPARATORS = /[-‐‑‒–—'’‘`_]+/g;
const SAINT_ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  // A trailing space, not '', so that "St.Amand" still splits into two words.
  [/\bste\b\.?/g, 'sainte '],
  [/\bst\b\.?/g, 'saint '],
];

export function foldName(name: string): string {
  let folded = name.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
  // "œ" and "æ" carry no combining mark: NFD leaves them whole.
  folded = folded.replace(/œ/g, 'oe').replace(/æ/g, 'ae');
  folded = folded.replace(WORD_SEPARATORS, ' ');
  for (const [abbreviation, word] of SAINT_ABBREVIATIONS) folded = folded.replace(abbreviation, word);
  return folded.replace(/\s+/g, ' ').trim();
}
