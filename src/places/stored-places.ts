import { measured, measuredNow } from './measured';
import { placesOfSnapshotText } from './normalize-place';
import type { Place } from './place';
import { DATABASE_NAME, type SnapshotRecord, type SnapshotTextRecord } from './schema';

export interface StoredPlaces {
  snapshot: SnapshotRecord;
  places: Place[];
}

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
    const opening = performance.now();
    request.onsuccess = () => {
      performance.measure('boussole:places-open', { start: opening, end: performance.now() });
      const db = request.result;
      db.onversionchange = () => db.close();
      // An older database (a record per place) is left to Dexie, which upgrades it.
      if (!db.objectStoreNames.contains('meta') || !db.objectStoreNames.contains('snapshotText')) {
        db.close();
        return resolve(undefined);
      }
      try {
        const reading = performance.now();
        const transaction = db.transaction(['meta', 'snapshotText'], 'readonly');
        const snapshot = transaction.objectStore('meta').get('snapshot');
        const text = transaction.objectStore('snapshotText').get('snapshot');
        transaction.oncomplete = () => {
          performance.measure('boussole:places-get', { start: reading, end: performance.now() });
          db.close();
          const record = snapshot.result as SnapshotRecord | undefined;
          const stored = text.result as SnapshotTextRecord | undefined;
          if (record?.key !== 'snapshot' || !stored) return resolve(undefined);
          // An unreadable record (garbage, `json: 42`, `{"places":null}`) is left to store.ts, which recovers.
          const read = measuredNow('boussole:places-parse', () => placesOfSnapshotText(stored.json));
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

/** The worker that reads the stored places (src/places/read-worker.ts); Vite bundles it as its own file. */
const placesWorker = (): Worker => new Worker(new URL('./read-worker.ts', import.meta.url), { type: 'module', name: 'boussole-places' });

/**
 * The same read in a worker, so that neither the wait for IndexedDB nor the parse queues behind the app's start on
 * the main thread. Where a worker cannot start, or fails, the read runs here.
 */
export function readStoredPlacesAside(
  startWorker: (() => Worker) | undefined = typeof Worker === 'function' ? placesWorker : undefined,
  readHere: () => Promise<StoredPlaces | undefined> = () => readStoredPlaces(),
): Promise<StoredPlaces | undefined> {
  if (!startWorker) return readHere();
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = startWorker();
    } catch {
      return resolve(readHere());
    }
    worker.onmessage = (event: MessageEvent<StoredPlaces | null>) => {
      worker.terminate();
      resolve(event.data ?? undefined);
    };
    const failed = (event: Event) => {
      event.preventDefault();
      worker.terminate();
      resolve(readHere());
    };
    worker.onerror = failed;
    worker.onmessageerror = failed;
  });
}

let begun: Promise<StoredPlaces | undefined> | undefined;

/** Starts the read at boot (src/boot.ts), while the app's code is still on its way. */
export function beginReadingPlaces(): void {
  begun ??= measured('boussole:places-read', () => readStoredPlacesAside());
}

/** The read begun at boot — or a new one — handed over once. */
export function takeStoredPlaces(): Promise<StoredPlaces | undefined> {
  const read = begun ?? measured('boussole:places-read', () => readStoredPlaces());
  begun = undefined;
  return read;
}
