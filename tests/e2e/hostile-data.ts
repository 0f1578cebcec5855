import { readFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import type { Place, Snapshot } from '../../src/places/place';
import { snapshotVersion } from '../../src/places/snapshot-version';

/** The committed snapshot, as the app ships it. */
export const SNAPSHOT_TEXT = readFileSync(new URL('../../public/data/snapshot.json', import.meta.url), 'utf8');
export const SNAPSHOT = JSON.parse(SNAPSHOT_TEXT) as Snapshot;

/** A snapshot built from `places` that passes every check: its version is the hash of exactly these places. */
export async function hashedSnapshot(places: unknown[]): Promise<string> {
  const version = await snapshotVersion(places as Place[]);
  return JSON.stringify({ ...SNAPSHOT, version, counts: { ...SNAPSHOT.counts, places: places.length }, places });
}

/** Serves `body` for every request of the snapshot (the first download, the service worker's, the update check). */
export async function serveSnapshot(context: BrowserContext, body: string): Promise<void> {
  await context.route(/\/data\/snapshot\.json(\?.*)?$/, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
}

/** Announces a snapshot version in data/version.json, as the server does after a nightly update. */
export async function announceVersion(context: BrowserContext, version: string, bytes = 100_000): Promise<void> {
  await context.route(/\/data\/version\.json(\?.*)?$/, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ version, generated_at: '2030-01-31', places: 1, bytes }) }),
  );
}
