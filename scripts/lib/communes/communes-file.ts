/**
 * The two committed commune files and their exact bytes: the regional list as
 * objects (one commune a line), the national list as columnar rows (one
 * commune a line) to stay small for the national benchmark.
 */
import { readFileSync } from 'node:fs';
import { COMMUNE_FIELDS, fromRow, toRow, type CommuneRecord, type CommuneRow } from './commune-record.ts';
import { NATIONAL_COMMUNES_FILE, REGIONAL_COMMUNES_FILE } from './paths.ts';

export interface RegionalCommunesFile {
  source: string;
  methode: string;
  communes: CommuneRecord[];
}

export interface NationalCommunesFile {
  source: string;
  methode: string;
  fields: typeof COMMUNE_FIELDS;
  rows: CommuneRow[];
}

export function serializeRegional(file: RegionalCommunesFile): string {
  const lines = file.communes.map((commune) => `    ${JSON.stringify(commune)}`);
  return (
    `{\n  "source": ${JSON.stringify(file.source)},\n  "methode": ${JSON.stringify(file.methode)},\n` +
    `  "communes": [\n${lines.join(',\n')}\n  ]\n}\n`
  );
}

export function serializeNational(source: string, methode: string, communes: CommuneRecord[]): string {
  const lines = communes.map((commune) => JSON.stringify(toRow(commune)));
  return (
    `{"source":${JSON.stringify(source)},\n"methode":${JSON.stringify(methode)},\n` +
    `"fields":${JSON.stringify(COMMUNE_FIELDS)},\n"rows":[\n${lines.join(',\n')}\n]}\n`
  );
}

export function readRegionalCommunes(file = REGIONAL_COMMUNES_FILE): CommuneRecord[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as RegionalCommunesFile).communes;
}

export function readNationalCommunes(file = NATIONAL_COMMUNES_FILE): CommuneRecord[] {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as NationalCommunesFile;
  if (JSON.stringify(parsed.fields) !== JSON.stringify(COMMUNE_FIELDS)) {
    throw new Error(`${file}: unexpected fields ${JSON.stringify(parsed.fields)}`);
  }
  return parsed.rows.map(fromRow);
}
