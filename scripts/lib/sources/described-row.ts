/**
 * One row of a source file with the standard's names: each column put under
 * the field it was read as, and, when a description says so, values
 * translated, yes/no columns turned into services and publics, dates read in
 * the file's format and coordinates converted to WGS 84. Nothing is judged
 * here: the row then goes through the same checks as every other.
 */
import { foldName } from '../../../src/places/normalize-name';
import { listOf, numberOf, textOf, type Raw } from '../snapshot/raw-values';
import { isListField } from '../snapshot/standard-fields';
import { foldColumn, type ColumnReading } from './column-names';
import { toWgs84 } from './projection';
import type { DateFormat, SourceConfig } from './source-config';

const DEFAULT_YES = ['oui', 'o', 'x', '1', 'yes', 'y', 'vrai', 'true'];

/** A date written in `format`, as YYYY-MM-DD; undefined when it is not one. */
export function readDate(text: string, format: DateFormat): string | undefined {
  const parts = text.trim().split(/[/.\-\s]/);
  const order = format.split(/[/.-]/);
  if (parts.length < 3) return undefined;
  const value = (unit: string) => Number(parts[order.indexOf(unit)]);
  const [year, month, day] = [value('YYYY'), value('MM'), value('DD')];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (!Number.isInteger(year) || year < 1900 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** `value` translated by `map` (exact, else ignoring case and accents); unchanged when the map does not know it. */
function translate(value: string, map: Readonly<Record<string, string>> | undefined): string {
  if (!map) return value;
  if (map[value] !== undefined) return map[value];
  const folded = foldName(value);
  const key = Object.keys(map).find((candidate) => foldName(candidate) === folded);
  return key === undefined ? value : (map[key] ?? value);
}

function cellOf(row: Raw, column: string): unknown {
  if (column in row) return row[column];
  const folded = foldColumn(column);
  const key = Object.keys(row).find((candidate) => foldColumn(candidate) === folded);
  return key === undefined ? undefined : row[key];
}

export function describeRow(row: Raw, reading: ColumnReading, config: SourceConfig | undefined): { row: Raw; id?: string } {
  const described: Raw = {};
  for (const [column, role] of reading.roles) {
    if (!('field' in role)) continue;
    let value = row[column];
    const map = config?.values[role.field];
    if (isListField(role.field) && (map || config?.listSeparator)) {
      const separators = config?.listSeparator ? new RegExp(`[|${config.listSeparator.replace(/[\\\]^-]/g, '\\$&')}]`) : /\|/;
      value = listOf(value, separators).map((item) => translate(item, map));
    } else if (typeof value === 'string' && map) {
      value = translate(value.trim(), map);
    }
    if (role.field === 'date_maj' && config?.dateFormat && typeof value === 'string') value = readDate(value, config.dateFormat) ?? value;
    described[role.field] = value;
  }
  if (config?.yesNo) {
    const yes = new Set((config.yesNo.yes ?? DEFAULT_YES).map((word) => foldName(word)));
    for (const [column, adds] of Object.entries(config.yesNo.columns)) {
      const cell = textOf(cellOf(row, column));
      if (cell === undefined || !yes.has(foldName(cell))) continue;
      for (const [field, values] of Object.entries(adds)) {
        described[field] = [...listOf(described[field]), ...(Array.isArray(values) ? values : [values])];
      }
    }
  }
  if (config?.coordinates) {
    const { system, x, y } = config.coordinates;
    const east = numberOf(cellOf(row, x));
    const north = numberOf(cellOf(row, y));
    if (east && north) {
      const { latitude, longitude } = toWgs84(system, east.value, north.value);
      described.latitude = latitude;
      described.longitude = longitude;
    }
  }
  if (config?.source !== undefined && textOf(described.source) === undefined) described.source = config.source;
  const id = textOf(described.id);
  return id === undefined ? { row: described } : { row: described, id };
}
