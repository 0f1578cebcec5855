import Dexie, { type Table } from 'dexie';
import type { Place } from './place';
import { DATABASE_NAME, STORES, type MetaRecord } from './schema';

export type { MetaRecord, RefusalRecord, SnapshotRecord } from './schema';

export class BoussoleDatabase extends Dexie {
  places!: Table<Place, string>;
  meta!: Table<MetaRecord, string>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores(STORES);
  }
}
