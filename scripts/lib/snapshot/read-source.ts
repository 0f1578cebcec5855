/**
 * An extra source given with `--source FILE`: CSV or JSON, in the standard's
 * shape (lists joined with "|" or as arrays), in v0.1 of it, with column names
 * of its own that mean a field for certain (see ../sources/column-names.ts),
 * or described by a `<name>.config.json` beside it (../sources/source-config.ts).
 * Every row comes out with the standard's names; what the file's columns were
 * read as is said once for the file. A file whose columns cannot give a
 * place's name, commune, postal code and address is refused as a whole,
 * naming the columns that could not be read.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { describeRow as applyDescription } from '../sources/described-row';
import { foldColumn, INDISPENSABLE_FIELDS, readColumns, type ColumnReading } from '../sources/column-names';
import { loadSourceConfig, type SourceConfig } from '../sources/source-config';
import { UnusableInputError } from './errors';
import type { InputRow, RowFile } from './input-rows';
import { DROPPED_LEGACY_COLUMNS, hasLegacyColumns, LEGACY_COLUMNS } from './legacy-columns';
import { isRecord, textOf } from './raw-values';
import { readCsv } from './read-csv';
import { quote } from './report';

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

/** What the file says about each of its columns, once. */
function columnNotes(file: string, reading: ColumnReading, config: SourceConfig | undefined): RowFile['notes'] {
  const notes: RowFile['notes'] = [];
  if (config) notes.push({ field: '*', reason: `fichier décrit par ${config.file}` });
  for (const [column, role] of reading.roles) {
    if ('personal' in role) notes.push({ field: column, reason: 'colonne nominative (personnes) : jamais reprise' });
    else if ('unread' in role) notes.push({ field: column, reason: 'colonne inconnue du standard : ignorée' });
    else if ('field' in role) {
      if (DROPPED_LEGACY_COLUMNS.has(role.field)) notes.push({ field: column, reason: 'colonne v0.1 sans équivalent en v1 : ignorée' });
      else if ((LEGACY_COLUMNS as readonly string[]).includes(role.field)) notes.push({ field: column, reason: 'colonne v0.1 : lue selon la table de correspondance v0.1 → v1' });
      else if (role.field !== foldColumn(column) && !config?.columns[column]) notes.push({ field: column, reason: `colonne lue comme ${quote(role.field)}` });
    }
  }
  const fields = new Set([...reading.roles.values()].flatMap((role) => ('field' in role ? [role.field] : [])));
  if (!fields.has('source') && !config?.source) notes.push({ field: 'source', reason: `colonne absente : le nom du fichier ${quote(file)} en tient lieu` });
  return notes;
}

/** Refuses a file whose columns cannot give the fields every place needs. */
function checkReadable(file: string, reading: ColumnReading, config: SourceConfig | undefined): void {
  const fields = new Set([...reading.roles.values()].flatMap((role) => ('field' in role ? [role.field] : [])));
  const missing = INDISPENSABLE_FIELDS.filter((field) => !fields.has(field));
  if (missing.length === 0) return;
  const unread = reading.unread.length > 0 ? `columns it could not read: ${reading.unread.map((column) => JSON.stringify(column)).join(', ')}` : 'no column it could not read';
  const advice = config ? `complete ${config.file}` : `describe the file in ${basename(file, extname(file))}.config.json`;
  throw new UnusableInputError(`${file}: refused as a whole — no column for ${missing.join(', ')}; ${unread}; ${advice}`);
}

function sourceRowFile(file: string, columns: readonly string[], rows: InputRow[], config: SourceConfig | undefined, malformed: RowFile['malformed'] = []): RowFile {
  const reading = readColumns(columns, config);
  checkReadable(file, reading, config);
  const fields = new Set([...reading.roles.values()].flatMap((role) => ('field' in role ? [role.field] : [])));
  const described = rows.map(({ ref, row }) => {
    const { row: standardRow, id } = applyDescription(row, reading, config);
    return { ref: { ...ref, ...(ref.id === undefined && id !== undefined ? { id } : {}) }, row: standardRow };
  });
  return {
    file,
    kind: 'standard',
    rows: described,
    notes: columnNotes(file, reading, config),
    legacy: hasLegacyColumns([...fields]),
    malformed,
    hasSourceColumn: fields.has('source') || config?.source !== undefined,
    ...(config ? { config } : {}),
  };
}

function jsonRows(parsed: unknown, file: string): InputRow[] {
  // A Boussole snapshot ({ places: [...] }) is accepted as well as a bare array.
  const array = Array.isArray(parsed) ? parsed : isRecord(parsed) && Array.isArray(parsed.places) ? parsed.places : undefined;
  if (!array) throw new UnusableInputError(`${file}: JSON is not an array of places`);
  return array.map((item, index) => {
    const row = isRecord(item) ? item : {};
    const idKey = Object.keys(row).find((key) => key.toLowerCase() === 'id');
    const id = idKey === undefined ? undefined : textOf(row[idKey]);
    return { ref: { file, index, ...(id === undefined ? {} : { id }) }, row };
  });
}

/** The date a JSON file gives itself ({ "date_maj": …, "places": […] }), if any. */
function jsonFileDate(parsed: unknown): string | undefined {
  if (!isRecord(parsed)) return undefined;
  return textOf(parsed.date_maj) ?? textOf(parsed.generated_at) ?? textOf(parsed.date);
}

export function readStandardSource(path: string): RowFile {
  const file = basename(path);
  const text = readFileText(path);
  const extension = extname(path).toLowerCase();
  if (extension !== '.csv' && extension !== '.json') throw new UnusableInputError(`${file}: neither .csv nor .json`);
  const config = loadSourceConfig(path);
  if (extension === '.csv') {
    const table = readCsv(text, file);
    return { ...sourceRowFile(file, table.columns, table.rows, config, table.malformed), headerLine: 1 };
  }
  const parsed = parseJson(text, file);
  const rows = jsonRows(parsed, file);
  const columns = [...new Set(rows.flatMap(({ row }) => Object.keys(row)))];
  const fileDate = jsonFileDate(parsed);
  return { ...sourceRowFile(file, columns, rows, config), ...(fileDate === undefined ? {} : { fileDate }) };
}
