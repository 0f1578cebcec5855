/**
 * What became of each input file's rows, counted in rows (not in reasons): how
 * many were read, accepted (repaired or not) and rejected. The console prints
 * it per source, and a source with no accepted row stops the run.
 */
import { describeRow, type RowRef, type SnapshotReport } from './report';

export interface SourceTally {
  file: string;
  read: number;
  accepted: number;
  /** Accepted rows with at least one repair. */
  repaired: number;
  rejected: number;
}

/** One file's tally, from the refs of its rows, the refs of those accepted, and the report. */
export function tallySource(file: string, rowRefs: readonly RowRef[], acceptedRefs: readonly RowRef[], report: SnapshotReport): SourceTally {
  const repairedRows = new Set(report.entries.filter((entry) => entry.file === file && entry.action === 'repaired').map((entry) => entry.line));
  const accepted = new Set(acceptedRefs.map(describeRow));
  const read = new Set(rowRefs.map(describeRow));
  return {
    file,
    read: rowRefs.length,
    accepted: accepted.size,
    repaired: [...accepted].filter((row) => repairedRows.has(row)).length,
    rejected: [...read].filter((row) => !accepted.has(row)).length,
  };
}

export function describeTally(tally: SourceTally): string {
  return `${tally.file}: ${tally.read} ${tally.read === 1 ? 'row' : 'rows'} read, ${tally.accepted} accepted (${tally.repaired} repaired), ${tally.rejected} rejected`;
}
