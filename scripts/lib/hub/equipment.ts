/**
 * What the equipment texts of the hub say: how many computers and tablets,
 * printing, free wifi. Counts are only read where a number stands right
 * before the noun ("11 postes", "4 PC portables", "un poste connecté").
 */
import { foldName } from '../../../src/places/normalize-name';

const NUMBER_WORDS: Record<string, number> = { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10 };
const NUMBER = String.raw`(\d{1,3}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)`;
const COMPUTERS = new RegExp(String.raw`\b${NUMBER}\s+(?:postes?|ordinateurs?|ordis?|pc|portables?)\b`, 'g');
const TABLETS = new RegExp(String.raw`\b${NUMBER}\s+tablettes?\b`, 'g');

function sumOf(pattern: RegExp, folded: string): number | undefined {
  let total = 0;
  let found = false;
  for (const match of folded.matchAll(pattern)) {
    const word = match[1] ?? '';
    const value = NUMBER_WORDS[word] ?? Number(word);
    if (Number.isFinite(value)) {
      total += value;
      found = true;
    }
  }
  return found ? total : undefined;
}

/** Folding keeps hyphens apart from words: "PC portables" and "visio-conférence" read as words. */
function foldForCounting(text: string): string {
  return foldName(text).replace(/[^a-z0-9 ]+/g, ' ');
}

export function countComputers(text: string): number | undefined {
  return sumOf(COMPUTERS, foldForCounting(text));
}

export function countTablets(text: string): number | undefined {
  return sumOf(TABLETS, foldForCounting(text));
}

const EQUIPMENT_WORDS = /\b(?:postes?|ordinateurs?|ordianteurs?|ordis?|pc|portables?|tablettes?|imprimantes?|scanners?|photocopieur|copieur|liseuses?|wi ?fi|borne|webcams?|internet|fax|videoprojecteur|video projecteur|visio ?conference|materiel|salle informatique|espace numerique)\b/;
const TEACHING_WORDS =
  /\b(?:ateliers?|formations?|initiations?|cours|accompagn\w*|demarches?|conseils?|apprendre|decouverte|aide|utilisation|maintenance|bureautique|securite|sur demande|lundis?|mardis?|mercredis?|jeudis?|vendredis?|samedis?)\b/;

/** A text that describes equipment and nothing about teaching or help (for texts filed in the wrong column). */
export function isEquipmentOnly(text: string): boolean {
  const folded = foldForCounting(text);
  return EQUIPMENT_WORDS.test(folded) && !TEACHING_WORDS.test(folded);
}

/** Describes computers or internet the public can use. */
export function mentionsPublicComputers(text: string): boolean {
  const folded = foldForCounting(text);
  return /\b(?:postes?|ordinateurs?|ordianteurs?|ordis?|pc|portables?|tablettes?|borne|internet|espace numerique|point cyb)/.test(folded) &&
    !/^(?:non|pas de)\b/.test(folded);
}

/** The clauses about printing or copying, in the source's words (3D printers are not a printing service). */
export function printingClauses(texts: string[]): string | undefined {
  const clauses = texts
    .flatMap((text) => text.split(/\n|;|,|\+|\s-\s|(?<=\.)\s/))
    .map((clause) => clause.replace(/^[\s>•-]+/, '').trim())
    .filter((clause) => /imprim|impression|photocop|copieur/i.test(clause) && !/(?:imprimantes?|impression)\s*3\s?d/i.test(clause));
  return clauses.length > 0 ? [...new Set(clauses)].join(' ; ') : undefined;
}

export function statesFreeWifi(texts: string[]): boolean {
  return texts.some((text) => {
    const folded = foldForCounting(text);
    return /wi ?fi\w*\s+(?:\w+\s+){0,3}gratuit|gratuit\w*\s+(?:\w+\s+){0,3}wi ?fi/.test(folded);
  });
}
