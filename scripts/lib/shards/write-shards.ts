/**
 * Splits a snapshot by département, so a phone can load its own area first
 * and the rest later. Each shard is itself a complete snapshot (its own
 * version hash, counts, places), so the app checks it exactly as it checks the
 * whole one; index.json lists them with the whole snapshot's version.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Place, Snapshot } from '../../../src/places/place';
import { departementOf } from '../../../src/places/departement';
import type { ShardIndex } from './departement';
import { snapshotVersion } from '../../../src/places/snapshot-version';

/** Places grouped by département, in the snapshot's order; places without an INSEE code go to "inconnu". */
export function groupByDepartement(places: readonly Place[]): Map<string, Place[]> {
  const groups = new Map<string, Place[]>();
  for (const place of places) {
    const key = departementOf(place.code_insee) ?? 'inconnu';
    const group = groups.get(key);
    if (group) group.push(place);
    else groups.set(key, [place]);
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}

export async function shardSnapshot(snapshot: Snapshot): Promise<{ index: ShardIndex; shards: Map<string, Snapshot> }> {
  const shards = new Map<string, Snapshot>();
  for (const [departement, places] of groupByDepartement(snapshot.places)) {
    shards.set(departement, {
      version: await snapshotVersion(places),
      generated_at: snapshot.generated_at,
      counts: { places: places.length, communes: new Set(places.map((place) => place.code_insee)).size },
      places,
    });
  }
  const index: ShardIndex = {
    version: snapshot.version,
    generated_at: snapshot.generated_at,
    counts: snapshot.counts,
    shards: [...shards].map(([departement, shard]) => ({ departement, file: `${departement}.json`, version: shard.version, places: shard.places.length })),
  };
  return { index, shards };
}

/** Writes `<folder>/index.json` and one `<folder>/<département>.json` per shard; returns the index. */
export async function writeShards(snapshot: Snapshot, folder: string): Promise<ShardIndex> {
  const { index, shards } = await shardSnapshot(snapshot);
  mkdirSync(folder, { recursive: true });
  for (const [departement, shard] of shards) writeFileSync(join(folder, `${departement}.json`), JSON.stringify(shard));
  writeFileSync(join(folder, 'index.json'), JSON.stringify(index, null, 1));
  return index;
}
