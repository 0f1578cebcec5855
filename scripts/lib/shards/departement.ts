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

/** The département of an INSEE commune code: two characters, three overseas (971…976). */
export function departementOf(codeInsee: string | undefined): string | undefined {
  if (!codeInsee || !/^(\d{5}|2[AB]\d{3})$/.test(codeInsee)) return undefined;
  return codeInsee.startsWith('97') ? codeInsee.slice(0, 3) : codeInsee.slice(0, 2);
}
