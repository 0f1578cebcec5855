/**
 * The device's database, as both its readers see it: Dexie (db.ts), which
 * creates and writes it, and the boot-time reader (stored-places.ts), which
 * must not wait for Dexie to load.
 */
export const DATABASE_NAME = 'boussole';

/**
 * Dexie's store definitions (primary key first). Version 2 keeps the snapshot
 * as its checked JSON text in one record instead of a record per place:
 * storing 18,000 places one by one took 2.4 s on a slow phone, reading them
 * back 1.7 s; one string is written and read in a blink, then parsed.
 */
export const SCHEMA_VERSION = 2;
export const STORES = {
  places: null,
  meta: 'key',
  snapshotText: 'key',
} as const;

/** What the device knows about the snapshot it holds. */
export interface SnapshotRecord {
  key: 'snapshot';
  version: string;
  generated_at: string;
  counts: Record<string, number>;
  imported_at: string;
}

/** Why the last offered snapshot was refused, kept so the app can say it. */
export interface RefusalRecord {
  key: 'refusal';
  reason: string;
  at: string;
}

export type MetaRecord = SnapshotRecord | RefusalRecord;

/** The stored snapshot itself, as the JSON text that passed the checks. */
export interface SnapshotTextRecord {
  key: 'snapshot';
  json: string;
}
