/**
 * Nights on fixtures, offline. The national file of each night is generated
 * from this project's own standard export (scripts/lib/export/, `npm run export`'s CSV)
 * of the snapshot built from data/places — one night's export is a valid next
 * night's input — then edited place by place as the national cartography would.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../../../scripts/lib/communes/paths';
import { toStandardRow } from '../../../../scripts/lib/export/standard-row';
import { toCsv } from '../../../../scripts/lib/export/write-export';
import { runNightly, type NightlyOutcome, type NightlyPaths } from '../../../../scripts/lib/nightly/run-nightly';
import { regionOf } from '../../../../scripts/lib/nightly/settings';
import { buildSnapshot } from '../../../../scripts/lib/snapshot/build-snapshot';
import type { Place, Snapshot } from '../../../../src/places/place';
import { testEnvironment } from '../snapshot/helpers';

export const PLACES_DIR = join(REPO_ROOT, 'data', 'places');
export const CENTRE_VAL_DE_LOIRE = regionOf('24');

export function nightPaths(folder: string): NightlyPaths {
  return {
    placesDirectory: PLACES_DIR,
    nightlyDirectory: join(folder, 'nightly'),
    snapshotFile: join(folder, 'public', 'snapshot.json'),
    snapshotReportFile: join(folder, 'reports', 'snapshot.md'),
    nightlyReportFile: join(folder, 'reports', 'nightly.md'),
    changesFile: join(folder, 'reports', 'nightly-changes.json'),
  };
}

let localSnapshot: Snapshot | undefined;
/** The snapshot of data/places alone, before any national file: what the app shipped before the nightly. */
export async function snapshotWithoutNational(): Promise<{ snapshot: Snapshot; text: string }> {
  const built = await buildSnapshot({ placesDirectory: PLACES_DIR, sources: [] }, testEnvironment());
  localSnapshot ??= built.snapshot;
  return { snapshot: built.snapshot, text: built.text };
}

/** A folder where the previous night published `text`. */
export function publishedBefore(folder: string, text: string): NightlyPaths {
  const paths = nightPaths(folder);
  mkdirSync(join(folder, 'public'), { recursive: true });
  writeFileSync(paths.snapshotFile, text);
  return paths;
}

/** Writes a national file (`places` as `npm run export` writes them in the standard's CSV) and returns its path. */
export function nationalFile(folder: string, name: string, places: readonly Place[]): string {
  const path = join(folder, name);
  writeFileSync(path, toCsv(places.map((place) => toStandardRow(place).row)));
  return path;
}

export function night(paths: NightlyPaths, source: string, today: string, maxRemovedShare = 0.1): Promise<NightlyOutcome> {
  return runNightly({ settings: { source, region: CENTRE_VAL_DE_LOIRE, maxRemovedShare }, paths, environment: testEnvironment(), today });
}

/** Every file under `folder` with its bytes: to prove a refused night wrote nothing. */
export function filesOf(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (directory: string): void => {
    if (!existsSync(directory)) return;
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[path] = readFileSync(path, 'utf8');
    }
  };
  walk(folder);
  return files;
}

/** The place without what the national file adds to it: its record's provenance entry. */
export function withoutNationalProvenance(place: Place, nationalFile: string): Place {
  return { ...place, complements: { ...place.complements, provenance: place.complements.provenance.filter((entry) => entry.fichier !== nationalFile) } };
}
