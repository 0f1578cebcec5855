/**
 * A snapshot split by département (scripts/shard-snapshot.ts): index.json
 * names the shards, each a complete snapshot of one département's places.
 */
import type { Snapshot } from '../../../src/places/place';

export interface ShardEntry {
  /** "37", "2A", "971"…, or "inconnu" for places without an INSEE code. */
  departement: string;
  file: string;
  version: string;
  places: number;
}

export interface ShardIndex {
  /** The whole snapshot's version. */
  version: string;
  generated_at: string;
  counts: Snapshot['counts'];
  shards: ShardEntry[];
}
