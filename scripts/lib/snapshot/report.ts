/**
 * What the snapshot did to its input, row by row: every rejection, repair and
 * merge, with the file and line it concerns, so a data producer can fix the
 * source instead of the pipeline guessing the same way every night.
 */

/** Where a row comes from: a CSV line, or a JSON array index and the record's id. */
export interface RowRef {
  file: string;
  /** 1-based line in a CSV file (the header is line 1). */
  line?: number;
  /** 0-based index in a JSON array. */
  index?: number;
  id?: string;
}

export type ReportAction = 'rejected' | 'repaired' | 'merged';

export interface ReportEntry {
  file: string;
  /** "ligne 12" for CSV, "#3 · hub-5" for JSON. */
  line: string;
  field: string;
  reason: string;
  action: ReportAction;
}

export function describeRow(ref: RowRef): string {
  const parts: string[] = [];
  if (ref.line !== undefined) parts.push(`ligne ${ref.line}`);
  if (ref.index !== undefined) parts.push(`#${ref.index}`);
  if (ref.id !== undefined && ref.id !== '') parts.push(ref.id);
  // A remark on the whole file (a JSON file has no header line to point at).
  return parts.join(' · ') || 'fichier';
}

/** A value quoted in a reason, cut short: reasons stay one line. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const flat = text.replace(/\s+/g, ' ').trim();
  return `« ${flat.length > 80 ? `${flat.slice(0, 79)}…` : flat} »`;
}

export class SnapshotReport {
  readonly entries: ReportEntry[] = [];

  add(ref: RowRef, field: string, reason: string, action: ReportAction): void {
    this.entries.push({ file: ref.file, line: describeRow(ref), field, reason, action });
  }

  repaired(ref: RowRef, field: string, reason: string): void {
    this.add(ref, field, reason, 'repaired');
  }

  rejected(ref: RowRef, field: string, reason: string): void {
    this.add(ref, field, reason, 'rejected');
  }

  merged(ref: RowRef, field: string, reason: string): void {
    this.add(ref, field, reason, 'merged');
  }

  count(action: ReportAction): number {
    return this.entries.filter((entry) => entry.action === action).length;
  }
}
