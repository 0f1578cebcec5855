import { useEffect, useState } from 'preact/hooks';
import type { BoussoleDatabase } from './db';
import type { Place } from './place';
import type { SnapshotRecord } from './schema';
import { takeStoredPlaces, type StoredPlaces } from './stored-places';

export type PlacesState =
  | { status: 'loading' }
  | { status: 'ready'; places: Place[]; byId: Map<string, Place>; snapshot: SnapshotRecord | undefined; refusal?: string }
  | { status: 'failed'; reason: string };

let state: PlacesState = { status: 'loading' };
const listeners = new Set<(state: PlacesState) => void>();

function publish(next: PlacesState): void {
  state = next;
  for (const listener of listeners) listener(state);
}

function ready(places: Place[], snapshot: SnapshotRecord | undefined, refusal?: string): PlacesState {
  return { status: 'ready', places, byId: new Map(places.map((place) => [place.id, place])), snapshot, refusal };
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

/**
 * Shows what the device already holds first (read at boot, without waiting
 * for Dexie), then, when online, checks for a newer snapshot in the
 * background. Without IndexedDB (private modes, old browsers) the snapshot is
 * kept in memory for the visit.
 */
export async function startPlaces(stored: Promise<StoredPlaces | undefined> = takeStoredPlaces()): Promise<void> {
  const held = await stored;
  if (held) publish(ready(held.places, held.snapshot));

  // Dexie and the snapshot checks are needed only to import or update: they load after the first results.
  const [{ BoussoleDatabase }, sync] = await Promise.all([import('./db'), import('./snapshot-sync')]);
  const db = new BoussoleDatabase();
  try {
    await db.open();
  } catch {
    return held ? undefined : startWithoutStorage();
  }
  if (!held) {
    const record = await sync.currentSnapshot(db);
    if (record) publish(ready(await sync.storedPlaces(db), record));
    else {
      const first = await sync.syncSnapshot(db, fetchText);
      if (first.kind === 'refused' || first.kind === 'unreachable') {
        publish({ status: 'failed', reason: first.kind === 'refused' ? first.reason : 'unreachable' });
        return;
      }
      publish(ready(await sync.storedPlaces(db), first.record));
    }
  }

  if (typeof navigator !== 'undefined' && navigator.onLine === false) return;
  // Asks the network (not the service worker's copy) whether a newer snapshot exists.
  const update = await sync.syncSnapshot(db, fetchText, `${sync.SNAPSHOT_URL}?fraicheur=${Date.now()}`);
  if (update.kind === 'imported') publish(ready(await sync.storedPlaces(db), update.record));
  else if (update.kind === 'refused' && state.status === 'ready') publish({ ...state, refusal: update.reason });
}

async function startWithoutStorage(): Promise<void> {
  const [{ SNAPSHOT_URL }, { checkSnapshot }] = await Promise.all([import('./snapshot-sync'), import('./snapshot-check')]);
  try {
    const checked = await checkSnapshot(await fetchText(SNAPSHOT_URL));
    if (!checked.ok) return publish({ status: 'failed', reason: checked.reason });
    const { version, generated_at, counts } = checked.snapshot;
    publish(ready(checked.snapshot.places, { key: 'snapshot', version, generated_at, counts, imported_at: new Date().toISOString() }));
  } catch {
    publish({ status: 'failed', reason: 'unreachable' });
  }
}

export function usePlaces(): PlacesState {
  const [current, setCurrent] = useState(state);
  useEffect(() => {
    listeners.add(setCurrent);
    setCurrent(state);
    return () => void listeners.delete(setCurrent);
  }, []);
  return current;
}
