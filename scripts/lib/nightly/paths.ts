/**
 * Where the nightly keeps what it needs from one night to the next
 * (data/nightly/), and the national input every snapshot build reads from there.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { foldName } from '../../../src/places/normalize-name';
import { REPO_ROOT } from '../communes/paths';
import type { SnapshotInputs } from '../snapshot/build-snapshot';
import type { Region } from './settings';
import { readWithdrawn } from './withdrawn';

export const NIGHTLY_DIR = join(REPO_ROOT, 'data', 'nightly');
export const STATE_FILE_NAME = 'state.json';
export const WITHDRAWN_FILE_NAME = 'withdrawn.json';
const EXTRACT_PREFIX = 'cartographie-nationale-';

/** "cartographie-nationale-centre-val-de-loire.csv": the name provenance shows in the app. */
export function extractFileName(region: Region): string {
  return `${EXTRACT_PREFIX}${foldName(region.nom).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.csv`;
}

/** Every région extract in `directory` (one, unless the région setting changed). */
export function extractFiles(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory).filter((name) => name.startsWith(EXTRACT_PREFIX) && name.endsWith('.csv')).sort();
}

/** The national input of a build from `directory`: its one extract and the withdrawn places, or none before the first night. */
export function nationalInput(directory: string): SnapshotInputs['national'] {
  const [file] = extractFiles(directory);
  if (file === undefined) return undefined;
  return { file: join(directory, file), withdrawn: readWithdrawn(join(directory, WITHDRAWN_FILE_NAME)).map((entry) => entry.id) };
}
