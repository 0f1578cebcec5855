import { canStartWorkers, inWorker } from '../scheduling/in-worker';
import { measured } from './measured';
import type { Place } from './place';
import type { SnapshotRecord } from './schema';

export interface StoredPlaces {
  snapshot: SnapshotRecord;
  places: Place[];
}

/** The read itself (src/places/read-stored.ts), on this thread: loaded only where the worker cannot do it. */
const readHereAndNow = (): Promise<StoredPlaces | undefined> => import('./read-stored').then(({ readStoredPlaces }) => readStoredPlaces());

/** The worker that reads the stored places (src/places/read-worker.ts); Vite bundles it as its own file. */
const placesWorker = (): Worker => new Worker(new URL('./read-worker.ts', import.meta.url), { type: 'module', name: 'boussole-places' });

/**
 * The same read in a worker, so that neither the wait for IndexedDB nor the parse queues behind the app's start on
 * the main thread. Where a worker cannot start, or fails, the read runs here.
 */
export function readStoredPlacesAside(
  startWorker: (() => Worker) | undefined = canStartWorkers() ? placesWorker : undefined,
  readHere: () => Promise<StoredPlaces | undefined> = readHereAndNow,
): Promise<StoredPlaces | undefined> {
  return inWorker<undefined, StoredPlaces | null | undefined>(startWorker, undefined, readHere).then((held) => held ?? undefined);
}

let begun: Promise<StoredPlaces | undefined> | undefined;

/** Starts the read at boot (src/boot.ts), while the app's code is still on its way. */
export function beginReadingPlaces(): void {
  begun ??= measured('boussole:places-read', () => readStoredPlacesAside());
}

/** The read begun at boot — or a new one — handed over once. */
export function takeStoredPlaces(): Promise<StoredPlaces | undefined> {
  const read = begun ?? measured('boussole:places-read', () => readStoredPlacesAside());
  begun = undefined;
  return read;
}
