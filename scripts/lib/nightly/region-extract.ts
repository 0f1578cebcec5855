/**
 * The région's records of the national file, as the national file wrote them
 * (same columns, same cells), sorted by id so that a night's git diff shows the
 * records that changed and not a reshuffle. A record belongs to the région by
 * the département of its INSEE code, or of its postal code when it has none.
 */
import Papa from 'papaparse';
import { departementOf } from '../../../src/places/departement';
import { departementsOfPostalCode } from '../snapshot/commune-lookup';
import { UnusableInputError } from '../snapshot/errors';
import { readCsv } from '../snapshot/read-csv';
import type { Region } from './settings';

export interface RegionExtract {
  /** The extract, a CSV of the standard. */
  text: string;
  /** Rows of the national file, in all. */
  nationalRows: number;
  /** Rows the parser could not split into the header's columns (their département is unknown). */
  malformed: number;
  /** Rows with neither an INSEE code nor a postal code to place them. */
  unplaced: number;
  /** Rows kept, by département of the région. */
  byDepartement: Record<string, number>;
  ids: string[];
}

/** The cell of `column` whatever the case of the header ("Code_INSEE"), trimmed. */
function cellOf(row: Record<string, unknown>, columns: ReadonlyMap<string, string>, column: string): string {
  const header = columns.get(column);
  const value = header === undefined ? undefined : row[header];
  return typeof value === 'string' ? value.trim() : '';
}

export function departementsOfRow(row: Record<string, unknown>, columns: ReadonlyMap<string, string>): string[] {
  const fromInsee = departementOf(cellOf(row, columns, 'code_insee').toUpperCase());
  if (fromInsee) return [fromInsee];
  const postal = cellOf(row, columns, 'code_postal');
  return /^\d{5}$/.test(postal) ? departementsOfPostalCode(postal) : [];
}

export function extractRegion(nationalText: string, fileName: string, region: Region): RegionExtract {
  const table = readCsv(nationalText, fileName);
  const columns = new Map(table.columns.map((column) => [column.trim().toLowerCase(), column]));
  const missing = ['id', 'nom'].filter((column) => !columns.has(column));
  if (!columns.has('code_insee') && !columns.has('code_postal')) missing.push('code_insee or code_postal');
  if (missing.length > 0) {
    throw new UnusableInputError(`${fileName}: not a CSV of the standard (no ${missing.map((column) => `"${column}"`).join(', ')} column in the header)`);
  }
  const wanted = new Set(region.departements);
  const byDepartement: Record<string, number> = Object.fromEntries(region.departements.map((code) => [code, 0]));
  let unplaced = 0;
  const kept: Array<Record<string, unknown>> = [];
  for (const { row } of table.rows) {
    const departements = departementsOfRow(row, columns);
    if (departements.length === 0) unplaced++;
    const departement = departements.find((code) => wanted.has(code));
    if (departement === undefined) continue;
    byDepartement[departement] = (byDepartement[departement] ?? 0) + 1;
    kept.push(row);
  }
  const idOf = (row: Record<string, unknown>): string => cellOf(row, columns, 'id');
  kept.sort((a, b) => (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0));
  const data = kept.map((row) => table.columns.map((column) => (typeof row[column] === 'string' ? row[column] : '')));
  return {
    text: `${Papa.unparse({ fields: table.columns, data }, { newline: '\n' })}\n`,
    nationalRows: table.rows.length + table.malformed.length,
    malformed: table.malformed.length,
    unplaced,
    byDepartement,
    ids: kept.map(idOf),
  };
}
