/**
 * The device's database, as both its readers see it: Dexie (db.ts), which
 * creates and writes it, and the boot-time reader (stored-places.ts), which
 * must not wait for Dexie to load.
 */
export const DATABASE_NAME = 'boussole';

/** Dexie's store definitions: primary key first, then indexes. */
export const STORES = {
  places: 'id, code_insee',
  meta: 'key',
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
