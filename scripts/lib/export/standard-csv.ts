/**
 * Places written back in the national standard's CSV: one column per field of
 * the schema, in the schema's order, lists joined with "|", Boussole's
 * complements left out. Minimal writer for the nightly (issue 18): the full
 * export of issue 14 (`npm run export`, per région and département, JSON too)
 * lives at this same path on its branch and supersedes this file at merge.
 */
import Papa from 'papaparse';
import type { Place } from '../../../src/places/place';
import { STANDARD_FIELDS } from '../snapshot/standard-fields';

function cellOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join('|');
  return String(value);
}

export function standardCsv(places: readonly Place[]): string {
  const rows = places.map((place) => STANDARD_FIELDS.map((field) => cellOf(place[field])));
  return `${Papa.unparse({ fields: [...STANDARD_FIELDS], data: rows }, { newline: '\n' })}\n`;
}
