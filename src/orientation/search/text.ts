/**
 * Text rules shared by the place search and the commune finder: how a name
 * or a query is cut into comparable words, which words carry no meaning, how
 * many typos a word may carry, and a French sound key so that words written
 * as they sound meet the word as it is spelt ("chatoroux" / "Châteauroux",
 * "mediateque" / "Médiathèque", "servise" / "services").
 *
 * Pure functions, no DOM: the index may run in a Web Worker.
 */

/** Articles and prepositions: "Médiathèque de Lucé" is searched as "mediatheque luce". */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'au', 'aux', 'd', 'de', 'des', 'du', 'en', 'et', 'l', 'la', 'le', 'les', 'sur', 'sous', 'un', 'une', 'pour', 'par',
]);

/** Letters folded directly, without Unicode normalisation: French and neighbouring languages' accents, and ligatures. */
const FOLDED: Readonly<Record<string, string>> = {
  à: 'a', á: 'a', â: 'a', ã: 'a', ä: 'a', å: 'a', æ: 'ae', ç: 'c', è: 'e', é: 'e', ê: 'e', ë: 'e', ì: 'i', í: 'i', î: 'i',
  ï: 'i', ñ: 'n', ò: 'o', ó: 'o', ô: 'o', õ: 'o', ö: 'o', ù: 'u', ú: 'u', û: 'u', ü: 'u', ý: 'y', ÿ: 'y', œ: 'oe',
};
const COMBINING_MARK = /^[\u0300-\u036f]$/;
const MARKS = /[\u0300-\u036f]/g;

/** Any other character, folded as foldName folds it: its letters and digits without their accents, or nothing. */
function foldCharacter(character: string): string {
  const plain = character.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae');
  return /^[a-z0-9]+$/.test(plain) ? plain : '';
}

/**
 * The words of a text as foldName (src/places/normalize-name.ts) folds them —
 * lower case, no accents, œ → oe, "St"/"Ste" → saint/sainte — cut at anything
 * that is not a letter or a digit. The same result as
 * `foldName(text).split(/[^a-z0-9]+/)` (a unit test holds them together),
 * four times faster: it runs on every name when an index is built.
 */
export function words(text: string): string[] {
  const folded = text.toLowerCase().replace(NOT_ASCII, (character) => (COMBINING_MARK.test(character) ? '' : (FOLDED[character] ?? foldCharacter(character)) || ' '));
  const found: string[] = [];
  for (const word of folded.split(SEPARATORS)) {
    if (word.length > 0) found.push(word === 'st' ? 'saint' : word === 'ste' ? 'sainte' : word);
  }
  return found;
}
const NOT_ASCII = /[^\u0000-\u007f]/gu;
const SEPARATORS = /[^a-z0-9]+/;

export interface QueryWord {
  word: string;
  /** The word may be the beginning of a longer word (it is being typed). */
  prefix: boolean;
  /** A stop word still being typed, kept on request: it may rank, never find nor drop (see queryWords). */
  optional?: boolean;
}

/**
 * The meaningful words of a query. Every word may be a prefix ("mediath luc"),
 * stop words are dropped, except a lone one still being typed: "la" may be on
 * the way to "Lamotte-Beuvron" ("la " or "de la" find nothing).
 *
 * With `keepTypedStopWord`, a last stop word still being typed comes too,
 * marked optional: "saint a" may be on the way to "Saint-Aignan" or to
 * "Saint-Martin-d'Auxigny" (names keep their articles, so it can rank them).
 */
export function queryWords(query: string, options: { keepTypedStopWord?: boolean } = {}): QueryWord[] {
  const all = words(query);
  const typing = /[\p{L}\p{N}]$/u.test(query);
  const meaningful = all.filter((word) => !STOP_WORDS.has(word));
  if (meaningful.length > 0) {
    const found: QueryWord[] = dedupe(meaningful).map((word) => ({ word, prefix: true }));
    const last = all[all.length - 1]!;
    if (options.keepTypedStopWord && typing && STOP_WORDS.has(last)) found.push({ word: last, prefix: true, optional: true });
    return found;
  }
  const only = all.length === 1 ? all[0] : undefined;
  return only !== undefined && typing ? [{ word: only, prefix: true }] : [];
}

function dedupe(list: string[]): string[] {
  return [...new Set(list)];
}

/**
 * Typos forgiven in a word, by its length: none up to 3 letters (they are
 * mostly prefixes being typed), one up to 6, two beyond; none in numbers
 * (37500 is not 37000).
 */
export function typosAllowed(word: string): number {
  if (word.length <= 3 || /\d/.test(word)) return 0;
  if (word.length <= 6) return 1;
  return 2;
}

/** Spellings heard alike, replaced in one pass from left to right (see soundKey). */
const SPELLINGS = /eaux?|au|ph|th|ch|sh|qu?|ck|gu(?=[eiy])|c|[ae]i|e[mn](?=[^aeiouy]|$)|am(?=[^aeiouy]|$)|y|z|h/g;
const SOUNDS: Readonly<Record<string, string>> = {
  eau: 'o', eaux: 'o', au: 'o', ph: 'f', th: 't', ch: 'ch', sh: 'ch', q: 'k', qu: 'k', ck: 'k', gu: 'g', c: 'k',
  ai: 'e', ei: 'e', em: 'an', en: 'an', am: 'an', y: 'i', z: 's', h: '',
};
const SOFT_C = /c(?=[eiy])/y;

/**
 * A rough French sound key of one folded word: letters written but not heard,
 * or heard alike, are merged ("chateauroux" and "chatoroux" → "chatorou",
 * "mediatheque" and "mediateque" → "mediatek", "services" and "servise" →
 * "servis"). Only ever compared with other sound keys; too coarse to show.
 * Digits and words of one or two letters stay as they are.
 */
export function soundKey(word: string): string {
  if (word.length <= 2 || /\d/.test(word)) return word;
  const key = word
    .replace(SPELLINGS, (spelling, offset: number) => {
      if (spelling === 'c') {
        SOFT_C.lastIndex = offset;
        return SOFT_C.test(word) ? 's' : 'k';
      }
      return SOUNDS[spelling] ?? spelling;
    })
    // Doubled letters, then endings not heard: -er/-ez sound like -e, final s x t d and e are silent.
    .replace(/([a-z])\1+/g, '$1')
    .replace(/(?:er|ez)$/, 'e')
    .replace(/[sxtd]$/, '')
    .replace(/e$/, '');
  return key.length > 0 ? key : word;
}
