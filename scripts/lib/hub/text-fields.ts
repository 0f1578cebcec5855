/** Small clean-ups of the hub's free-text fields. */
import { frenchTitleCase } from './title-case';

/** "Route de Levet.." → "Route de Levet"; "1 bvd Béranger - Ancienne Poste,.." → "1 bvd Béranger - Ancienne Poste". */
export function cleanAddress(address: string): string {
  const trimmed = address
    .replace(/\s+/g, ' ')
    .replace(/[\s,.;-]+$/, '')
    .replace(/^[\s,.;-]+/, '')
    .trim();
  return frenchTitleCase(trimmed);
}

/** Removes a lone double quote ('BIBLIOTHEQUE "ABBE GREGOIRE' → 'BIBLIOTHEQUE ABBE GREGOIRE'). */
export function dropUnbalancedQuotes(name: string): string {
  const quotes = (name.match(/"/g) ?? []).length;
  return quotes % 2 === 1 ? name.replace(/"/g, '').replace(/\s+/g, ' ').trim() : name.trim();
}

/** The export writes booleans into some text columns. */
export function isBooleanJunk(text: string): boolean {
  return /^(?:true|false)$/i.test(text.trim());
}

/** "2020/06/30 14:16:50.898" → "2020-06-30". */
export function isoDate(hubDate: string): string {
  const match = /^(\d{4})[/-](\d{2})[/-](\d{2})/.exec(hubDate.trim());
  if (!match) throw new Error(`date illisible : ${hubDate}`);
  return `${match[1]}-${match[2]}-${match[3]}`;
}

/** A SIREN is 9 digits with a Luhn checksum. */
export function isValidSiren(value: string): boolean {
  if (!/^\d{9}$/.test(value) || /^0+$/.test(value)) return false;
  let sum = 0;
  for (let index = 0; index < 9; index++) {
    let digit = Number(value[8 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The first clause that speaks of appointments ("accompagnement sur RDV par un agent dédié"). */
export function appointmentClause(texts: string[]): string | undefined {
  for (const text of texts) {
    const clause = text
      .split(/\n|;|\.\s|\(|\)/)
      .map((part) => part.trim())
      .find((part) => /\b(?:rdv|rendez[- ]?vous)\b/i.test(part) && !/\bsans\s+(?:rdv|rendez)/i.test(part));
    if (clause) return clause.replace(/[\s,.]+$/, '');
  }
  return undefined;
}
