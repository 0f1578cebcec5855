/**
 * One run of the pipeline with its effects: build everything in memory, then
 * write the snapshot and its report atomically. On unusable input (nothing
 * readable, a source of which no row was accepted, no valid place) it throws
 * before writing anything.
 */
import { buildSnapshot, type BuiltSnapshot, type SnapshotEnvironment, type SnapshotInputs } from './build-snapshot';
import { writeFileAtomic } from './atomic-write';
import { UnusableInputError } from './errors';
import { rejectedRows } from './render-report';
import { describeTally } from './source-tally';

export interface SnapshotOutputs {
  snapshotFile: string;
  reportFile: string;
}

/** How many rejection reasons are quoted on the console for a source that gave nothing. */
const QUOTED_REASONS = 10;

/** Why a built snapshot must not replace the previous one, or undefined. */
export function refusal(built: BuiltSnapshot): string | undefined {
  const empty = built.tallies.filter((tally) => tally.accepted === 0);
  if (empty.length > 0) {
    const lines = empty.flatMap((tally) => {
      const reasons = built.report.entries.filter((entry) => entry.file === tally.file && entry.action === 'rejected');
      return [
        `${describeTally(tally)}: no accepted row`,
        ...reasons.slice(0, QUOTED_REASONS).map((entry) => `  ${entry.line} \`${entry.field}\`: ${entry.reason}`),
        ...(reasons.length > QUOTED_REASONS ? [`  … and ${reasons.length - QUOTED_REASONS} more reasons`] : []),
      ];
    });
    return `${lines.join('\n')}\nprevious snapshot kept`;
  }
  if (built.snapshot.places.length === 0) return `no valid place in the input (${rejectedRows(built.report)} rejected rows): previous snapshot kept`;
  return undefined;
}

export async function runSnapshot(inputs: SnapshotInputs, environment: SnapshotEnvironment, outputs: SnapshotOutputs): Promise<BuiltSnapshot> {
  const built = await buildSnapshot(inputs, environment);
  const problem = refusal(built);
  if (problem !== undefined) throw new UnusableInputError(problem);
  writeFileAtomic(outputs.snapshotFile, built.text);
  writeFileAtomic(outputs.reportFile, built.reportText);
  return built;
}
