/** Set-up shared by the source-import tests: the fixtures of tests/fixtures/sources and one pipeline run over them. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSnapshot, type BuiltSnapshot } from '../../../../scripts/lib/snapshot/build-snapshot';
import { defaultEnvironment } from '../../../../scripts/lib/snapshot/environment';
import type { SnapshotEnvironment } from '../../../../scripts/lib/snapshot/build-snapshot';
import type { Place } from '../../../../src/places/place';
import { REPO_ROOT } from '../../../../scripts/lib/communes/paths';

export const ROOT = REPO_ROOT;
export const SOURCES = join(ROOT, 'tests', 'fixtures', 'sources');
export const source = (name: string): string => join(SOURCES, name);

let environment: SnapshotEnvironment | undefined;
const testEnvironment = (): SnapshotEnvironment => (environment ??= defaultEnvironment());

/** The snapshot built from these sources alone (no places folder), dated 2024-06-01. */
export async function importSources(...names: string[]): Promise<BuiltSnapshot & { places: Map<string, Place>; lines: (id: string) => string[] }> {
  const empty = mkdtempSync(join(tmpdir(), 'boussole-sources-'));
  try {
    const built = await buildSnapshot({ placesDirectory: empty, sources: names.map(source), generatedAt: '2024-06-01' }, testEnvironment());
    return {
      ...built,
      places: new Map(built.snapshot.places.map((place) => [place.id, place])),
      lines: (row) => built.report.entries.filter((entry) => entry.line === row || entry.line.endsWith(` · ${row}`)).map((entry) => `${entry.action} ${entry.field}: ${entry.reason}`),
    };
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
}
