import { placesOfSnapshotText } from './normalize-place';
import { DATABASE_NAME, type SnapshotRecord, type SnapshotTextRecord } from './schema';
import type { StoredPlaces } from './stored-places';

/**
 * Reads the places a previous visit stored, with IndexedDB's own API: this
 * runs before the rest of the app (and Dexie) has even loaded, which is most
 * of an offline cold start. Resolves to undefined whenever there is nothing
 * usable — no IndexedDB, no database yet, no snapshot, any error — and the
 * app then takes the full road through Dexie, which knows how to handle each.
 */
export function readStoredPlaces(name = DATABASE_NAME, factory: IDBFactory | undefined = globalThis.indexedDB): Promise<StoredPlaces | undefined> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      if (!factory) return resolve(undefined);
      request = factory.open(name);
    } catch {
      return resolve(undefined);
    }
    // No database yet: abort rather than create an empty one, so that Dexie creates it with its schema.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      event.preventDefault();
      resolve(undefined);
    };
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();
      // An older database (a record per place) is left to Dexie, which upgrades it.
      if (!db.objectStoreNames.contains('meta') || !db.objectStoreNames.contains('snapshotText')) {
        db.close();
        return resolve(undefined);
      }
      try {
        const transaction = db.transaction(['meta', 'snapshotText'], 'readonly');
        const snapshot = transaction.objectStore('meta').get('snapshot');
        const text = transaction.objectStore('snapshotText').get('snapshot');
        transaction.oncomplete = () => {
          db.close();
          const record = snapshot.result as SnapshotRecord | undefined;
          const stored = text.result as SnapshotTextRecord | undefined;
          if (record?.key !== 'snapshot' || !stored) return resolve(undefined);
          // An unreadable record (garbage, `json: 42`, `{"places":null}`) is left to store.ts, which recovers.
          const read = placesOfSnapshotText(stored.json);
          resolve(read ? { snapshot: record, places: read.places } : undefined);
        };
        transaction.onerror = transaction.onabort = () => {
          db.close();
          resolve(undefined);
        };
      } catch {
        db.close();
        resolve(undefined);
      }
    };
  });
}
