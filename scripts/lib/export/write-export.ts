/**
 * The files of `npm run export`: the snapshot in the standard, as CSV (the
 * schema's column order, lists joined with "|") and JSON, for the region and
 * for each département, and siren.csv (the SIRENs set aside from the pivots).
 * Same snapshot → same bytes.
 */
import Papa from 'papaparse';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Place } from '../../../src/places/place';
import { STANDARD_FIELDS } from '../snapshot/standard-fields';
import { toStandardRow, type StandardRow } from './standard-row';

const require = createRequire(import.meta.url);

interface Departement {
  code: string;
  region: string;
  nom: string;
}

interface Region {
  code: string;
  nom: string;
}

function readDecoupage<T>(file: string): T {
  return JSON.parse(readFileSync(require.resolve(`@etalab/decoupage-administratif/data/${file}`), 'utf8')) as T;
}

/** The département of a place: from its INSEE code, else its postal code. */
export function departementOf(place: Place): string {
  const code = place.code_insee ?? place.code_postal;
  if (code.startsWith('97') || code.startsWith('98')) return code.slice(0, 3);
  if (place.code_insee?.startsWith('2A') || place.code_insee?.startsWith('2B')) return place.code_insee.slice(0, 2);
  return code.slice(0, 2);
}

/** "Centre-Val de Loire" → "centre-val-de-loire". */
export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function toCsv(rows: readonly StandardRow[]): string {
  const columns = [...STANDARD_FIELDS];
  const data = rows.map((row) => columns.map((column) => (row[column] === undefined ? '' : String(row[column]))));
  return `${Papa.unparse({ fields: columns, data }, { newline: '\n' })}\n`;
}

export function toJson(rows: readonly StandardRow[]): string {
  return `[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]\n`;
}

export interface ExportFile {
  name: string;
  content: string;
}

export const EXPORT_PREFIX = 'lieux-de-mediation-numerique';

/** Every file of the export, by name. */
export function exportFiles(places: readonly Place[]): ExportFile[] {
  const departements = new Map(readDecoupage<Departement[]>('departements.json').map((departement) => [departement.code, departement]));
  const regions = new Map(readDecoupage<Region[]>('regions.json').map((region) => [region.code, region]));
  const groups = new Map<string, StandardRow[]>();
  const sirens: string[][] = [];
  const add = (name: string, row: StandardRow) => groups.set(name, [...(groups.get(name) ?? []), row]);
  for (const place of places) {
    const { row, siren } = toStandardRow(place);
    if (siren !== undefined) sirens.push([place.id, siren]);
    const departement = departements.get(departementOf(place));
    const region = departement && regions.get(departement.region);
    add(`${EXPORT_PREFIX}-${region ? slug(region.nom) : 'hors-region'}`, row);
    add(`${EXPORT_PREFIX}-${departement ? `${departement.code}-${slug(departement.nom)}` : 'hors-departement'}`, row);
  }
  const files: ExportFile[] = [];
  for (const name of [...groups.keys()].sort()) {
    const rows = groups.get(name) ?? [];
    files.push({ name: `${name}.csv`, content: toCsv(rows) }, { name: `${name}.json`, content: toJson(rows) });
  }
  files.push({ name: 'siren.csv', content: `${Papa.unparse({ fields: ['id', 'siren'], data: sirens }, { newline: '\n' })}\n` });
  return files;
}
