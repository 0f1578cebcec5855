/**
 * Sensible French title case for names typed in capitals ("MEDIATHEQUE DE
 * CHATEAUROUX" → "Médiathèque de Châteauroux"). Words already in mixed case
 * are left alone; acronyms stay in capitals; commune names take their
 * official spelling; a few frequent words get their accents back.
 */
import { foldName } from '../../../src/places/normalize-name';

/** Acronyms met in the Hub Lo names (and the usual ones of the field). */
export const ACRONYMS: ReadonlySet<string> = new Set(
  `ADSEA AIJAM AJCV AME APEB APPECS ASCA ASELQO BGE BIJ CA CAF CBE CC CCAS CCI CDC CIAS CIDFF CIM CIMAS CISPEO CLAAC
   CPAM CRIJ CS CSC CSE CVL EBR EPCI EPIDE EPN ESP ESS EVS FJT FOL FRAPS FS HQ ID IES IMEP INFREP MDD MELI MFS MJC MJCS
   MRJC MSA MSAP MSP ODARPA PAEJ PDN PIJ PIMMS PMN PRIJ RERS RIJ SAM SLAC UDTL UNRPA VAN ZRR`.split(/\s+/),
);

const LOWER_CASE_WORDS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'et', 'en', 'sur', 'sous', 'au', 'aux', 'à', 'a', 'par', 'pour', 'dans', 'by', 'lès', 'lez']);

/** Frequent words of the names whose capitals dropped their accents. */
const ACCENTED = new Map(
  Object.entries({
    mediatheque: 'médiathèque',
    mediatheques: 'médiathèques',
    bibliotheque: 'bibliothèque',
    bibliotheques: 'bibliothèques',
    numerique: 'numérique',
    numeriques: 'numériques',
    cite: 'cité',
    pole: 'pôle',
    prevention: 'prévention',
    specialisee: 'spécialisée',
    solidarite: 'solidarité',
    deleguee: 'déléguée',
    ecole: 'école',
    eglise: 'église',
    reseau: 'réseau',
    echanges: 'échanges',
    reciproques: 'réciproques',
    activites: 'activités',
    creation: 'création',
    federation: 'fédération',
    departement: 'département',
    departemental: 'départemental',
    departementale: 'départementale',
    communaute: 'communauté',
    vallee: 'vallée',
    foret: 'forêt',
    forets: 'forêts',
    chateau: 'château',
    region: 'région',
    regional: 'régional',
    regionale: 'régionale',
    developpement: 'développement',
    reussite: 'réussite',
    theatre: 'théâtre',
    sante: 'santé',
    parentalite: 'parentalité',
    congres: 'congrès',
    defense: 'défense',
  }),
);

export interface TitleCaseOptions {
  /** Official commune names that may appear in the name ("SAINT-GERMAIN-DU-PUY" → "Saint-Germain-du-Puy"). */
  communeNames?: readonly string[];
}

function isAllCaps(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** One capitalised word, possibly hyphenated or with an elided article ("D'HERBAULT"). */
function titleCaseWord(word: string, isFirst: boolean): string {
  const elision = /^([LDJ]|QU)['’](.+)$/i.exec(word);
  if (elision) {
    const article = (elision[1] ?? '').toLowerCase();
    const rest = titleCaseWord(elision[2] ?? '', false);
    return `${isFirst ? capitalise(article) : article}'${rest}`;
  }
  if (word.includes('-')) {
    return word
      .split('-')
      .map((part, index) => titleCaseWord(part, isFirst && index === 0))
      .join('-');
  }
  const bare = word.replace(/[^\p{L}\p{N}@&]/gu, '');
  if (ACRONYMS.has(bare.toUpperCase()) || /\d/.test(bare)) return word;
  // Roman numerals ("Louis XIII", "Jean XXIII") stay in capitals.
  if (/^[IVXLC]{2,6}$/.test(bare)) return word;
  const lower = word.toLowerCase();
  if (!isFirst && LOWER_CASE_WORDS.has(lower)) return lower;
  const accented = ACCENTED.get(foldName(lower)) ?? lower;
  // "COWORK'IN" → "Cowork'in": an inner apostrophe that is not an elision keeps the rest in lower case.
  return capitalise(accented);
}

/** Replaces runs of capitalised words that spell a commune by its official name. */
function restoreCommuneNames(words: string[], communeNames: readonly string[]): string[] {
  const byKey = new Map(communeNames.map((name) => [foldName(name), name]));
  const result: string[] = [];
  let index = 0;
  while (index < words.length) {
    let replaced = false;
    for (let length = Math.min(6, words.length - index); length >= 1 && !replaced; length--) {
      const window = words.slice(index, index + length);
      if (!window.every(isAllCaps)) continue;
      // An elided article stays outside the commune name: "D'HERBAULT" → "d'Herbault".
      const first = window[0] ?? '';
      const elision = /^([LDJ]|QU)['’](.+)$/i.exec(first);
      const article = elision ? `${(elision[1] ?? '').toLowerCase()}'` : '';
      const candidate = [elision ? (elision[2] ?? '') : first, ...window.slice(1)].join(' ');
      const official = byKey.get(foldName(candidate));
      if (official && foldName(candidate).length >= 2) {
        result.push(`${index === 0 && article ? capitalise(article) : article}${official}`);
        index += length;
        replaced = true;
      }
    }
    if (!replaced) {
      result.push(words[index] ?? '');
      index++;
    }
  }
  return result;
}

export function frenchTitleCase(name: string, options: TitleCaseOptions = {}): string {
  const words = name.trim().split(/\s+/);
  if (!words.some(isAllCaps)) return name.trim();
  const withCommunes = restoreCommuneNames(words, options.communeNames ?? []);
  return withCommunes
    .map((word, index) => {
      if (!isAllCaps(word)) return word;
      // Punctuation-only neighbours (":" or "-") do not make the next word "first".
      return titleCaseWord(word, index === 0);
    })
    .join(' ');
}
