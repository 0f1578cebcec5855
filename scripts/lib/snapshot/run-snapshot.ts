/**
 * One run of the pipeline with its effects: build everything in memory, then
 * write the snapshot and its report atomically. On unusable input (nothing
 * readable, no valid place) it throws before writing anything.
 */
import { buildSnapshot, type BuiltSnapshot, type SnapshotEnvironment, type SnapshotInputs } from './build-snapshot';
import { writeFileAtomic } from './atomic-write';
import { UnusableInputError } from './errors';

export interface SnapshotOutputs {
  snapshotFile: string;
  reportFile: string;
}

export async function runSnapshot(inputs: SnapshotInputs, environment: SnapshotEnvironment, outputs: SnapshotOutputs): Promise<BuiltSnapshot> {
  const built = await buildSnapshot(inputs, environment);
  if (built.snapshot.places.length === 0) {
    throw new UnusableInputError(`no valid place in the input (${built.report.count('rejected')} rejections): previous snapshot kept`);
  }
  writeFileAtomic(outputs.snapshotFile, built.text);
  writeFileAtomic(outputs.reportFile, built.reportText);
  return built;
}
