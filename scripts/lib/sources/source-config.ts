/**
 * The description of a source file in a shape of its own: which column holds
 * which field of the standard, how its values translate, which yes/no columns
 * mean a service or a public, how it writes dates and in which coordinate
 * system. The same idea as the national import pipeline's per-source configs,
 * as plain JSON beside the file (`<name>.config.json` for `<name>.csv`), so a
 * new hub's file needs a description, not code.
 *
 * {
 *   "source": "Hub exemple — cartographie (2020)",
 *   "columns": { "NOM_STRUCTURE": "nom", "CP": "code_postal", "NUM_TEL": "telephone", "DAT_MaJ": "date_maj" },
 *   "values": { "typologie": { "Médiathèque": "BIB" } },
 *   "yesNo": { "yes": ["oui", "x"], "columns": { "DEMARCHES": { "services": "Aide aux démarches administratives" } } },
 *   "dateFormat": "DD/MM/YYYY",
 *   "coordinates": { "system": "EPSG:2154", "x": "x", "y": "y" }
 * }
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { UnusableInputError } from '../snapshot/errors';
import { isRecord } from '../snapshot/raw-values';
import { isListField, isStandardField } from '../snapshot/standard-fields';
import { isSupportedSystem, SUPPORTED_SYSTEMS } from './projection';

export const DATE_FORMATS = ['DD/MM/YYYY', 'MM/DD/YYYY', 'YYYY-MM-DD', 'DD-MM-YYYY', 'DD.MM.YYYY', 'YYYY/MM/DD'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

export interface SourceConfig {
  /** The config file's name, for reports. */
  file: string;
  /** The value of `source` for every row (the standard's "who published it"). */
  source?: string;
  /** Column of the file → field of the standard ("" or null: read no further, say nothing). */
  columns: Record<string, string | null>;
  /** Per field: value as the file writes it → value of the standard. */
  values: Record<string, Record<string, string>>;
  yesNo?: {
    /** Cell values meaning yes (folded: case and accents ignored). Default: oui, o, x, 1, yes, vrai, true. */
    yes?: string[];
    /** Yes/no column → the list values it adds when yes. */
    columns: Record<string, Record<string, string | string[]>>;
  };
  dateFormat?: DateFormat;
  coordinates?: { system: string; x: string; y: string };
  /** Separator of list values in the file, when not "|". */
  listSeparator?: string;
}

/** The config beside a source file, when there is one. */
export function configPathFor(sourcePath: string): string {
  return join(dirname(sourcePath), `${basename(sourcePath, extname(sourcePath))}.config.json`);
}

function stringRecord(value: unknown, where: string, file: string): Record<string, string> {
  if (!isRecord(value)) throw new UnusableInputError(`${file}: ${where} must be an object`);
  for (const [key, item] of Object.entries(value)) if (typeof item !== 'string') throw new UnusableInputError(`${file}: ${where}.${key} must be text`);
  return value as Record<string, string>;
}

/** Reads and checks a config: a mistake in it stops the run, naming the key. */
export function parseSourceConfig(text: string, file: string): SourceConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new UnusableInputError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  if (!isRecord(raw) || !isRecord(raw.columns)) throw new UnusableInputError(`${file}: a source description needs "columns": { "column of the file": "field of the standard" }`);
  const columns: Record<string, string | null> = {};
  for (const [column, field] of Object.entries(raw.columns)) {
    if (field === null || field === '') columns[column] = null;
    else if (typeof field === 'string' && (isStandardField(field) || field === 'ouverture')) columns[column] = field;
    else throw new UnusableInputError(`${file}: columns.${column}: ${JSON.stringify(field)} is not a field of the standard`);
  }
  const values: SourceConfig['values'] = {};
  if (raw.values !== undefined) {
    if (!isRecord(raw.values)) throw new UnusableInputError(`${file}: values must be an object`);
    for (const [field, map] of Object.entries(raw.values)) {
      if (!isStandardField(field)) throw new UnusableInputError(`${file}: values.${field} is not a field of the standard`);
      values[field] = stringRecord(map, `values.${field}`, file);
    }
  }
  const config: SourceConfig = { file, columns, values };
  if (typeof raw.source === 'string') config.source = raw.source;
  if (raw.yesNo !== undefined) {
    if (!isRecord(raw.yesNo) || !isRecord(raw.yesNo.columns)) throw new UnusableInputError(`${file}: yesNo needs "columns"`);
    const yesColumns: Record<string, Record<string, string | string[]>> = {};
    for (const [column, adds] of Object.entries(raw.yesNo.columns)) {
      if (!isRecord(adds)) throw new UnusableInputError(`${file}: yesNo.columns.${column} must be an object { field: value }`);
      for (const field of Object.keys(adds)) {
        if (!isListField(field)) throw new UnusableInputError(`${file}: yesNo.columns.${column}.${field} is not a list field of the standard`);
      }
      yesColumns[column] = adds as Record<string, string | string[]>;
    }
    const yes = Array.isArray(raw.yesNo.yes) ? raw.yesNo.yes.filter((item): item is string => typeof item === 'string') : undefined;
    config.yesNo = { columns: yesColumns, ...(yes ? { yes } : {}) };
  }
  if (raw.dateFormat !== undefined) {
    if (!(DATE_FORMATS as readonly unknown[]).includes(raw.dateFormat)) throw new UnusableInputError(`${file}: dateFormat must be one of ${DATE_FORMATS.join(', ')}`);
    config.dateFormat = raw.dateFormat as DateFormat;
  }
  if (raw.coordinates !== undefined) {
    const coordinates = raw.coordinates;
    if (!isRecord(coordinates) || typeof coordinates.system !== 'string' || typeof coordinates.x !== 'string' || typeof coordinates.y !== 'string') {
      throw new UnusableInputError(`${file}: coordinates needs "system", "x" and "y" (column names)`);
    }
    if (!isSupportedSystem(coordinates.system)) throw new UnusableInputError(`${file}: coordinates.system ${JSON.stringify(coordinates.system)}: one of ${SUPPORTED_SYSTEMS.join(', ')}`);
    config.coordinates = { system: coordinates.system, x: coordinates.x, y: coordinates.y };
  }
  if (typeof raw.listSeparator === 'string' && raw.listSeparator !== '') config.listSeparator = raw.listSeparator;
  return config;
}

export function loadSourceConfig(sourcePath: string): SourceConfig | undefined {
  const path = configPathFor(sourcePath);
  if (!existsSync(path)) return undefined;
  return parseSourceConfig(readFileSync(path, 'utf8'), basename(path));
}
