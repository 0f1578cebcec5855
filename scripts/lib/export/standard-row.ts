/**
 * A Boussole place written back in the national standard, so that the
 * national cartography and the hubs can take back what Boussole repaired
 * (positions, hours converted to OSM, current communes): the standard's
 * fields only, in schema.json's order, lists joined with "|", nothing empty.
 *
 * The standard's package (fromSchemaLieuxDeMediationNumerique) takes as pivot
 * only a 14-character SIRET or an RNA number; 401 hub places carry a 9-digit
 * SIREN (the structure, not the site). Such a place is written with the
 * standard's placeholder 00000000000000 and its SIREN kept aside (siren.csv).
 */
import type { Place } from '../../../src/places/place';
import { UNKNOWN_PIVOT } from '../snapshot/monographs';
import { isListField, STANDARD_FIELDS, type StandardField } from '../snapshot/standard-fields';

/** One place in the standard: every value a string, but latitude and longitude numbers (as the package reads them). */
export type StandardRow = Partial<Record<StandardField, string | number>>;

const SIRET_OR_RNA = /^(?:\d{14}|W\d{9})$/;

export interface ExportedPlace {
  row: StandardRow;
  /** The SIREN set aside when the pivot was one. */
  siren?: string;
}

export function toStandardRow(place: Place): ExportedPlace {
  const row: StandardRow = {};
  for (const field of STANDARD_FIELDS) {
    const value = place[field];
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0 && isListField(field)) row[field] = value.join('|');
      continue;
    }
    row[field] = value;
  }
  const pivot = place.pivot.replace(/\s/g, '');
  if (SIRET_OR_RNA.test(pivot)) return { row };
  row.pivot = UNKNOWN_PIVOT;
  return /^\d{9}$/.test(pivot) ? { row, siren: pivot } : { row };
}
