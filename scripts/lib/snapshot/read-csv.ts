/**
 * A CSV file (of the standard: comma-separated, lists joined with "|"), read
 * with the line number of every row, counted in the file as an editor shows
 * it, so each report line points at the right place even when a quoted cell
 * spans several lines.
 */
import Papa from 'papaparse';
import { UnusableInputError } from './errors';
import type { InputRow } from './input-rows';

export interface CsvTable {
  columns: string[];
  rows: InputRow[];
  /** Rows the parser could not split into the header's columns. */
  malformed: Array<{ line: number; reason: string }>;
}

function lineAt(text: string, offset: number, newlines: number[]): number {
  let low = 0;
  let high = newlines.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((newlines[middle] ?? Infinity) < offset) low = middle + 1;
    else high = middle;
  }
  return low + 1;
}

export function readCsv(content: string, file: string): CsvTable {
  const text = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const newlines: number[] = [];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) newlines.push(index);

  let columns: string[] | undefined;
  const rows: InputRow[] = [];
  const malformed: CsvTable['malformed'] = [];
  let previousEnd = -1;
  Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
    step: (result) => {
      let start = previousEnd + 1;
      while (text[start] === '\n') start++;
      previousEnd = result.meta.cursor;
      const line = lineAt(text, start, newlines);
      const cells = result.data;
      if (!columns) {
        columns = cells.map((cell) => cell.trim());
        return;
      }
      if (result.errors.length > 0 || cells.length !== columns.length) {
        const reason = result.errors[0]?.message ?? `${cells.length} colonnes au lieu de ${columns.length}`;
        malformed.push({ line, reason: `ligne mal formée : ${reason}` });
        return;
      }
      const row: Record<string, string> = {};
      columns.forEach((column, index) => {
        row[column] = cells[index] ?? '';
      });
      const idColumn = columns.find((column) => column.toLowerCase() === 'id');
      const id = idColumn === undefined ? undefined : row[idColumn]?.trim();
      rows.push({ ref: { file, line, ...(id ? { id } : {}) }, row });
    },
  });
  if (!columns) throw new UnusableInputError(`${file}: empty CSV (no header line)`);
  return { columns, rows, malformed };
}
