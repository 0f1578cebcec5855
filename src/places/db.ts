import Dexie, { type Table } from 'dexie';
import type { Place } from './place';

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

export class BoussoleDatabase extends Dexie {
  places!: Table<Place, string>;
  meta!: Table<MetaRecord, string>;

  constructor(name = 'boussole') {
    super(name);
    this.version(1).stores({
      places: 'id, code_insee',
      meta: 'key',
    });
  }
}
