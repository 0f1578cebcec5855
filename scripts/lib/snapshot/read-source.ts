/**
 * An extra source given with `--source FILE`: a file of the standard, as CSV
 * (lists joined with "|") or as JSON (an array of objects with the standard's
 * names, lists as "|" strings or arrays). Columns of v0.1 are recognised and
 * upgraded row by row; columns the standard does not know are set aside once
 * for the whole file.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { UnusableInputError } from './errors';
import type { InputRow, RowFile } from './input-rows';
import { DROPPED_LEGACY_COLUMNS, hasLegacyColumns, LEGACY_COLUMNS } from './legacy-columns';
import { isRecord, textOf } from './raw-values';
import { readCsv } from './read-csv';
import { quote } from './report';
import { isStandardField } from './standard-fields';

export function readFileText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UnusableInputError(`${path}: unreadable (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UnusableInputError(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

function isKnownColumn(column: string): boolean {
  return isStandardField(column) || (LEGACY_COLUMNS as readonly string[]).includes(column) || column === 'complements';
}

/** Column-level remarks, and rows without the columns the standard does not know. */
function standardRowFile(file: string, columns: readonly string[], rows: InputRow[], malformed: RowFile['malformed'] = []): RowFile {
  const notes: RowFile['notes'] = [];
  const legacy = hasLegacyColumns(columns);
  for (const column of columns) {
    if (DROPPED_LEGACY_COLUMNS.has(column)) notes.push({ field: column, reason: 'colonne v0.1 sans équivalent en v1 : ignorée' });
    else if ((LEGACY_COLUMNS as readonly string[]).includes(column)) notes.push({ field: column, reason: 'colonne v0.1 : lue selon la table de correspondance v0.1 → v1' });
    else if (!isKnownColumn(column)) notes.push({ field: column, reason: 'colonne inconnue du standard : ignorée' });
  }
  const hasSourceColumn = columns.includes('source');
  if (!hasSourceColumn) notes.push({ field: 'source', reason: `colonne absente : le nom du fichier ${quote(file)} en tient lieu` });
  const kept = rows.map(({ ref, row }) => ({
    ref,
    row: Object.fromEntries(Object.entries(row).filter(([column]) => isKnownColumn(column))),
  }));
  return { file, kind: 'standard', rows: kept, notes, legacy, malformed, hasSourceColumn };
}

function jsonRows(parsed: unknown, file: string): InputRow[] {
  // A Boussole snapshot ({ places: [...] }) is accepted as well as a bare array.
  const array = Array.isArray(parsed) ? parsed : isRecord(parsed) && Array.isArray(parsed.places) ? parsed.places : undefined;
  if (!array) throw new UnusableInputError(`${file}: JSON is not an array of places`);
  return array.map((item, index) => {
    const row = isRecord(item) ? item : {};
    const id = textOf(row.id);
    return { ref: { file, index, ...(id === undefined ? {} : { id }) }, row };
  });
}

export function readStandardSource(path: string): RowFile {
  const file = basename(path);
  const text = readFileText(path);
  const extension = extname(path).toLowerCase();
  if (extension === '.csv') {
    const table = readCsv(text, file);
    return { ...standardRowFile(file, table.columns, table.rows, table.malformed), headerLine: 1 };
  }
  if (extension === '.json') {
    const rows = jsonRows(parseJson(text, file), file);
    const columns = [...new Set(rows.flatMap(({ row }) => Object.keys(row)))].sort();
    return standardRowFile(file, columns, rows);
  }
  throw new UnusableInputError(`${file}: neither .csv nor .json`);
}
