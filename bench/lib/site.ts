/**
 * The two sites the benchmark serves, built the way they would be deployed:
 * the regional app as it ships, and a national build (all French communes)
 * carrying about 18,000 synthetic places spread over real communes. Synthetic
 * places are for measurement only: they live under bench/tmp/, never in data/
 * or public/. Each site also gets the in-page harness under bench/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { syntheticPlaces, type SyntheticCommune } from '../measure/synthetic';
import { communesFromColumns, type CommuneColumns } from '../../src/orientation/where/communes';
import type { Snapshot } from '../../src/places/place';
import { snapshotVersion } from '../../src/places/snapshot-version';
import { writeShards } from '../../scripts/lib/shards/write-shards';

export type Scale = 'regional' | 'national';

export interface Site {
  scale: Scale;
  folder: string;
  places: number;
  communeScope: 'region' | 'france';
}

export const NATIONAL_PLACES = 18_000;
/** Fixed, so two runs of the benchmark measure the same places. */
const NATIONAL_SEED = 2026;

function viteBuild(root: string, outDir: string, communeScope: 'region' | 'france'): void {
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: root,
    // NODE_ENV=test (set when vitest runs the smoke test) would make a development build: no service worker.
    env: { ...process.env, NODE_ENV: 'production', VITE_COMMUNE_SCOPE: communeScope },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

async function buildHarness(root: string, site: string): Promise<void> {
  await build({
    configFile: false,
    root: join(root, 'bench/harness'),
    base: '/bench/',
    logLevel: 'warn',
    build: { outDir: join(site, 'bench'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 10_000 },
  });
}

/** Real French communes with a position, as the synthetic generator wants them. */
export function frenchCommunes(root: string): SyntheticCommune[] {
  const columns = JSON.parse(readFileSync(join(root, 'data/communes/france.json'), 'utf8')) as CommuneColumns;
  return communesFromColumns(columns)
    .filter((commune) => commune.lat !== null && commune.lon !== null)
    .map((commune) => ({ nom: commune.nom, codesPostaux: commune.codesPostaux, code: commune.code, lat: commune.lat!, lon: commune.lon! }));
}

export async function syntheticSnapshot(root: string, count: number): Promise<Snapshot> {
  const regional = JSON.parse(readFileSync(join(root, 'public/data/snapshot.json'), 'utf8')) as Snapshot;
  const hours = [...new Set(regional.places.map((place) => place.horaires).filter((value): value is string => Boolean(value)))].sort();
  const places = syntheticPlaces(count, frenchCommunes(root), NATIONAL_SEED, { hours });
  return {
    version: await snapshotVersion(places),
    generated_at: '2026-01-01T00:00:00.000Z',
    counts: { places: places.length, communes: new Set(places.map((place) => place.code_insee)).size },
    places,
  };
}

export async function buildSites(root: string, work: string, scales: readonly Scale[], nationalPlaces = NATIONAL_PLACES): Promise<Site[]> {
  mkdirSync(work, { recursive: true });
  const sites: Site[] = [];
  for (const scale of scales) {
    const folder = join(work, scale);
    rmSync(folder, { recursive: true, force: true });
    const communeScope = scale === 'national' ? 'france' : 'region';
    viteBuild(root, folder, communeScope);
    let snapshot = JSON.parse(readFileSync(join(folder, 'data/snapshot.json'), 'utf8')) as Snapshot;
    if (scale === 'national') {
      snapshot = await syntheticSnapshot(root, nationalPlaces);
      writeFileSync(join(folder, 'data/snapshot.json'), JSON.stringify(snapshot));
    }
    writeShards(snapshot, join(folder, 'bench-shards'));
    await buildHarness(root, folder);
    sites.push({ scale, folder, places: snapshot.places.length, communeScope });
  }
  return sites;
}
