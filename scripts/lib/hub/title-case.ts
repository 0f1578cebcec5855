/**
 * Sensible French title case for names typed in capitals ("MEDIATHEQUE DE
 * CHATEAUROUX" → "Médiathèque de Châteauroux"). Words already in mixed case
 * are left alone; acronyms stay in capitals; commune names take their
 * official spelling; a few frequent words get their accents back.
 */
import { foldName } from '../../../src/places/normalize-name';

/** Acronyms met in the Hub Lo names and legal names (and the usual ones of the field). */
export const ACRONYMS: ReadonlySet<string> = new Set(
  `ACM ADSEA AIJAM AJCV AME APEB APPECS ASCA ASELQO BGE BIJ CA CAF CBE CC CCAS CCI CDC CIAS CIDFF CIM CIMAS CISPEO CLAAC
   CPAM CRIJ CS CSC CSE CVL EBR ECW EPCI EPIDE EPN ESP ESS EVS FJT FOL FRAPS FS GIP HQ ID IES IMEP INFREP LMDC MDD MELI
   MFS MJC MJCS MRJC MSA MSAP MSP ODARPA PAEJ PASEJ PDN PIJ PIMMS PMN PRIJ RERS RIJ SAM SCI SLAC UDTL UNRPA VAN VLD ZRR`.split(/\s+/),
);

const LOWER_CASE_WORDS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'et', 'en', 'sur', 'sous', 'au', 'aux', 'à', 'par', 'pour', 'dans', 'by', 'lès', 'lez']);

/** Frequent words of the names whose capitals dropped their accents. */
const ACCENTED = new Map(
  Object.entries({
    activites: 'activités',
    agees: 'âgées',
    agglomeration: 'agglomération',
    bibliotheque: 'bibliothèque',
    bibliotheques: 'bibliothèques',
    blesois: 'blésois',
    chateau: 'château',
    cite: 'cité',
    communaute: 'communauté',
    congres: 'congrès',
    createurs: 'créateurs',
    creation: 'création',
    defense: 'défense',
    deleguee: 'déléguée',
    departement: 'département',
    departemental: 'départemental',
    departementale: 'départementale',
    detente: 'détente',
    developpement: 'développement',
    echanges: 'échanges',
    ecole: 'école',
    educatif: 'éducatif',
    educative: 'éducative',
    education: 'éducation',
    eglise: 'église',
    federation: 'fédération',
    foret: 'forêt',
    forets: 'forêts',
    gatine: 'gâtine',
    hote: 'hôte',
    mediatheque: 'médiathèque',
    mediatheques: 'médiathèques',
    metropole: 'métropole',
    multimedia: 'multimédia',
    numerique: 'numérique',
    numeriques: 'numériques',
    parentalite: 'parentalité',
    parenthese: 'parenthèse',
    pole: 'pôle',
    prevention: 'prévention',
    reciproques: 'réciproques',
    region: 'région',
    regional: 'régional',
    regionale: 'régionale',
    reseau: 'réseau',
    resoudre: 'résoudre',
    sante: 'santé',
    societe: 'société',
    solidarite: 'solidarité',
    specialisee: 'spécialisée',
    theatre: 'théâtre',
    universite: 'université',
    vallee: 'vallée',
    vendomois: 'vendômois',
  }),
);

export interface TitleCaseOptions {
  /** Official commune names that may appear in the name ("SAINT-GERMAIN-DU-PUY" → "Saint-Germain-du-Puy"). */
  communeNames?: readonly string[];
}

interface Token {
  /** Punctuation around the word: "(" and ")" in "(VENDOME". */
  before: string;
  word: string;
  after: string;
}

const ELISION = /^([LDJ]|QU)['’](.+)$/i;

function tokenize(text: string): Token[] {
  return text
    .trim()
    .split(/\s+/)
    .map((raw) => {
      const match = /^([("«[]*)(.*?)([)"»\],.:;!?]*)$/u.exec(raw);
      return { before: match?.[1] ?? '', word: match?.[2] ?? raw, after: match?.[3] ?? '' };
    });
}

function isAllCaps(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** One capitalised word, possibly hyphenated, slashed or with an elided article ("D'HERBAULT"). */
function titleCaseWord(word: string, isFirst: boolean, alone: boolean): string {
  const elision = ELISION.exec(word);
  if (elision) {
    const article = (elision[1] ?? '').toLowerCase();
    return `${isFirst ? capitalise(article) : article}'${titleCaseWord(elision[2] ?? '', false, false)}`;
  }
  if (/[-/]/.test(word)) {
    return word
      .split(/([-/])/)
      .map((part, index) => (part === '-' || part === '/' ? part : titleCaseWord(part, isFirst && index === 0, false)))
      .join('');
  }
  const bare = word.replace(/[^\p{L}\p{N}@&]/gu, '');
  if (ACRONYMS.has(bare.toUpperCase()) || /\d/.test(bare)) return word;
  // "C.I.M.E", "S.L.A.C": dotted acronyms; "XIII": roman numerals; a lone "(PASEJ)": an acronym.
  if (/^(?:\p{L}\.)+\p{L}?\.?$/u.test(word) || /^[IVXLC]{2,6}$/.test(bare) || alone) return word;
  const lower = word.toLowerCase();
  if (!isFirst && LOWER_CASE_WORDS.has(lower)) return lower;
  // In capitals, a lone "A" is the preposition "à" ("MOULE A GAUFRES").
  if (lower === 'a') return isFirst ? 'À' : 'à';
  return capitalise(ACCENTED.get(foldName(lower)) ?? lower);
}

/** "COMMUNE D ISSOUDUN" (SIRENE drops apostrophes): "D" and "L" join the next word as "D'ISSOUDUN". */
function joinLoneArticles(tokens: Token[]): Token[] {
  const joined: Token[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    const next = tokens[index + 1];
    if (token && next && /^[DL]$/.test(token.word) && !token.after && !next.before && isAllCaps(next.word)) {
      joined.push({ before: token.before, word: `${token.word}'${next.word}`, after: next.after });
      index++;
    } else if (token) {
      joined.push(token);
    }
  }
  return joined;
}

/** Replaces runs of capitalised words that spell a commune by its official name. */
function restoreCommuneNames(tokens: Token[], communeNames: readonly string[]): Token[] {
  const byKey = new Map(communeNames.map((name) => [foldName(name), name]));
  const result: Token[] = [];
  let index = 0;
  while (index < tokens.length) {
    let replaced = false;
    for (let length = Math.min(6, tokens.length - index); length >= 1 && !replaced; length--) {
      const window = tokens.slice(index, index + length);
      // Punctuation may only wrap the run, not split it.
      if (!window.every((token, position) => isAllCaps(token.word) && (position === 0 || !token.before) && (position === length - 1 || !token.after))) continue;
      const first = window[0]?.word ?? '';
      const elision = ELISION.exec(first);
      const article = elision ? `${(elision[1] ?? '').toLowerCase()}'` : '';
      const candidate = [elision ? (elision[2] ?? '') : first, ...window.slice(1).map((token) => token.word)].join(' ');
      const official = byKey.get(foldName(candidate));
      if (official) {
        const word = `${index === 0 && article ? capitalise(article) : article}${official}`;
        result.push({ before: window[0]?.before ?? '', word, after: window[length - 1]?.after ?? '' });
        index += length;
        replaced = true;
      }
    }
    if (!replaced) {
      const token = tokens[index];
      if (token) result.push(token);
      index++;
    }
  }
  return result;
}

export function frenchTitleCase(name: string, options: TitleCaseOptions = {}): string {
  const tokens = tokenize(name);
  if (!tokens.some((token) => isAllCaps(token.word) && token.word.replace(/[^\p{L}]/gu, '').length >= 2)) return name.trim();
  const prepared = restoreCommuneNames(joinLoneArticles(tokens), options.communeNames ?? []);
  return prepared
    .map(({ before, word, after }, index) => {
      if (!isAllCaps(word)) return `${before}${word}${after}`;
      const alone = before.includes('(') && after.includes(')');
      return `${before}${titleCaseWord(word, index === 0, alone)}${after}`;
    })
    .join(' ');
}
