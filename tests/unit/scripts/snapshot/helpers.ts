/** Shared set-up of the snapshot tests: fixture paths, a scratch folder, one pipeline environment. */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { SnapshotEnvironment } from '../../../../scripts/lib/snapshot/build-snapshot';
import { defaultEnvironment } from '../../../../scripts/lib/snapshot/environment';
import { STANDARD_DIR } from '../../../../scripts/lib/sources/paths';
import { REPO_ROOT } from '../../../../scripts/lib/communes/paths';

export const FIXTURES = resolve(REPO_ROOT, 'tests', 'fixtures', 'snapshot');
export const fixture = (name: string): string => join(FIXTURES, name);
export const STANDARD_EXAMPLE_CSV = join(STANDARD_DIR, 'exemple-valide.csv');

let environment: SnapshotEnvironment | undefined;
export function testEnvironment(): SnapshotEnvironment {
  environment ??= defaultEnvironment();
  return environment;
}

/** A fresh scratch folder, removed by the returned cleanup. */
export function scratchFolder(): { path: string; cleanup: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'boussole-snapshot-'));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}

/** A copy of the fixture places folder, with only the named files, in `folder`/places. */
export function placesFolder(folder: string, files: readonly string[]): string {
  const directory = join(folder, 'places');
  mkdirSync(directory, { recursive: true });
  for (const file of files) cpSync(fixture(file), join(directory, file.split('/').pop() ?? file), { recursive: true });
  return directory;
}
