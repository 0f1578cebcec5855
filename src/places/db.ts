import Dexie, { type Table } from 'dexie';
import { DATABASE_NAME, SCHEMA_VERSION, STORES, type MetaRecord, type SnapshotTextRecord } from './schema';

export type { MetaRecord, RefusalRecord, SnapshotRecord, SnapshotTextRecord } from './schema';

export class BoussoleDatabase extends Dexie {
  meta!: Table<MetaRecord, string>;
  snapshotText!: Table<SnapshotTextRecord, string>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores({ places: 'id, code_insee', meta: 'key' });
    // Version 1 kept a record per place: its snapshot is forgotten and imported again from the precached file.
    this.version(SCHEMA_VERSION)
      .stores(STORES)
      .upgrade((transaction) => transaction.table('meta').delete('snapshot'));
  }
}
