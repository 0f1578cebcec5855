import type { SourceConfig } from '../sources/source-config';
/** One row read from an input file, before any check: its cells and where it was found. */
import type { Raw } from './raw-values';
import type { RowRef } from './report';

export interface InputRow {
  ref: RowRef;
  row: Raw;
}

/** A file of rows in the standard's terms: Boussole's own place files, or an extra source (CSV or JSON). */
export interface RowFile {
  /** The name shown in reports and provenance: the file's base name. */
  file: string;
  kind: 'places' | 'standard';
  rows: InputRow[];
  /** File-level remarks (unknown or v0.1 columns), reported against the header line of a CSV, against the file for JSON. */
  notes: Array<{ field: string; reason: string }>;
  /** Written to v0.1 of the standard: values are upgraded, lists split on ";" too. */
  legacy: boolean;
  /** False when no row has a `source` column: the file's name stands in, said once for the file. */
  hasSourceColumn: boolean;
  /** CSV lines that could not be split into the header's columns: rejected whole. */
  malformed: Array<{ line: number; reason: string }>;
  /** 1 for a CSV file (its header); absent for JSON, whose remarks concern the whole file. */
  headerLine?: number;
  /** The description the file was read with, if any. */
  config?: SourceConfig;
  /** The date the file gives itself, for rows without date_maj. */
  fileDate?: string;
}
