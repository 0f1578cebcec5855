/**
 * Publics a place says it addresses specifically (standard enum), from the
 * free-text target public. "Tout public" means nobody in particular.
 */
import { PublicSpecifiquementAdresse } from '@gouvfr-anct/lieux-de-mediation-numerique';
import { foldName } from '../../../src/places/normalize-name';

const EVERYONE = /\btou(?:s|t|tes?)\b|grand public|ouvert a tous/;

const PUBLIC_WORDS: ReadonlyArray<readonly [RegExp, PublicSpecifiquementAdresse]> = [
  [/\bjeunes?\b|\bados?\b|adolescents?|college|lycee/, PublicSpecifiquementAdresse.Jeunes],
  [/etudiant/, PublicSpecifiquementAdresse.Etudiants],
  [/famille|parents?\b|enfants?/, PublicSpecifiquementAdresse.FamillesEnfants],
  [/seniors?|retraite|personnes agees/, PublicSpecifiquementAdresse.Seniors],
  [/\bfemmes?\b/, PublicSpecifiquementAdresse.Femmes],
];

/** An age range whose upper bound is 30 or less ("16-25 ans", "12 - 30 ans") is a youth public. */
function isYouthAgeRange(folded: string): boolean {
  // foldName has already turned the hyphen of "16-25 ans" into a space.
  const range = /(\d{1,2})\s+(?:a\s+)?(\d{1,2})\s*ans/.exec(folded);
  return range !== null && Number(range[2]) <= 30;
}

export function publicsOf(text: string): PublicSpecifiquementAdresse[] {
  const folded = foldName(text);
  if (!folded || EVERYONE.test(folded)) return [];
  const found = new Set<PublicSpecifiquementAdresse>();
  for (const [pattern, value] of PUBLIC_WORDS) if (pattern.test(folded)) found.add(value);
  if (isYouthAgeRange(folded)) found.add(PublicSpecifiquementAdresse.Jeunes);
  return Object.values(PublicSpecifiquementAdresse).filter((value) => found.has(value));
}
