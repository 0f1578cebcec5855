/**
 * Every source in data/places/: files of places (JSON arrays of Place, such
 * as the hub import) and the monograph records (monographies.json), told apart
 * by their shape. Files are read in name order so the run is deterministic.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { UnusableInputError } from './errors';
import type { RowFile } from './input-rows';
import { looksLikeMonographRecords } from './monograph-record';
import { isRecord, textOf } from './raw-values';
import { parseJson, readFileText } from './read-source';

export interface PlacesDirectory {
  placeFiles: RowFile[];
  monographFiles: Array<{ file: string; items: unknown[] }>;
}

export function readPlacesDirectory(directory: string): PlacesDirectory {
  let names: string[];
  try {
    names = readdirSync(directory).filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    throw new UnusableInputError(`${directory}: unreadable (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const placeFiles: RowFile[] = [];
  const monographFiles: PlacesDirectory['monographFiles'] = [];
  for (const file of names) {
    const parsed = parseJson(readFileText(join(directory, file)), file);
    if (!Array.isArray(parsed)) throw new UnusableInputError(`${file}: not a JSON array`);
    if (looksLikeMonographRecords(parsed)) {
      monographFiles.push({ file, items: parsed });
      continue;
    }
    const rows = parsed.map((item, index) => {
      const row = isRecord(item) ? item : {};
      const id = textOf(row.id);
      return { ref: { file, index, ...(id === undefined ? {} : { id }) }, row };
    });
    placeFiles.push({ file, kind: 'places', rows, notes: [], legacy: false, malformed: [], hasSourceColumn: true });
  }
  return { placeFiles, monographFiles };
}
