/**
 * Every cell of a source row made safe to read further: invisible and
 * bidirectional control characters (which can make a name display as another,
 * "Trojan Source") taken out, and every text cut to a length no real value
 * reaches, before any pattern reads it. A cut is said in the report.
 */
import { isRecord, type Raw } from '../snapshot/raw-values';

/** Zero-width marks, LRM/RLM/ALM, embeddings, overrides and isolates, BOM. */
const CONTROL_CHARACTERS = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]/g;

/** The longest value kept per field; others get DEFAULT_MAX_LENGTH. */
const MAX_LENGTHS: Readonly<Record<string, number>> = {
  presentation_detail: 4000,
  presentation_resume: 1000,
  horaires: 1000,
  ouverture: 300,
  courriels: 254,
  site_web: 500,
  fiche_acces_libre: 500,
  prise_rdv: 500,
};
export const DEFAULT_MAX_LENGTH = 500;
/** Boussole's complements hold the longer details (equipment, training): 891 characters at most in the hub. */
export const COMPLEMENT_MAX_LENGTH = 2000;

export interface CellChange {
  field: string;
  reason: string;
}

function cleanText(text: string, field: string, changes: Set<string>): string {
  const max = MAX_LENGTHS[field] ?? (field.startsWith('complements.') ? COMPLEMENT_MAX_LENGTH : DEFAULT_MAX_LENGTH);
  // Cut first (with room for the characters removed next), so nothing below reads more than that.
  let value = text.length > max * 2 ? text.slice(0, max * 2) : text;
  const stripped = value.replace(CONTROL_CHARACTERS, '');
  if (stripped !== value) changes.add(`${field}\u0000caractères invisibles ou de contrôle bidirectionnel retirés`);
  value = stripped;
  if (value.length > max || text.length > max * 2) {
    value = value.slice(0, max).trimEnd();
    changes.add(`${field}\u0000plus de ${max} caractères (${text.length}) : coupé à ${max}`);
  }
  return value;
}

/** The row with clean, bounded text; what changed, one line per field and kind of change. */
export function cleanCells(row: Raw): { row: Raw; changes: CellChange[] } {
  const changes = new Set<string>();
  const cleaned: Raw = {};
  for (const [field, value] of Object.entries(row)) {
    if (typeof value === 'string') cleaned[field] = cleanText(value, field, changes);
    else if (Array.isArray(value)) cleaned[field] = value.slice(0, 100).map((item) => (typeof item === 'string' ? cleanText(item, field, changes) : item));
    else if (isRecord(value) && field === 'complements') {
      const complements: Raw = {};
      for (const [key, item] of Object.entries(value)) {
        const name = `complements.${key}`;
        if (typeof item === 'string') complements[key] = cleanText(item, name, changes);
        else if (Array.isArray(item) && key !== 'provenance') complements[key] = item.slice(0, 100).map((part) => (typeof part === 'string' ? cleanText(part, name, changes) : part));
        else complements[key] = item;
      }
      cleaned[field] = complements;
    } else cleaned[field] = value;
  }
  return {
    row: cleaned,
    changes: [...changes].map((change) => {
      const [field = '', reason = ''] = change.split('\u0000');
      return { field, reason };
    }),
  };
}
