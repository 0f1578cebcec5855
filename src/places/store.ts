import { useEffect, useState } from 'preact/hooks';
import { BoussoleDatabase, type SnapshotRecord } from './db';
import { measured } from './measured';
import type { Place } from './place';
import { checkSnapshot } from './snapshot-check';
import { SNAPSHOT_URL, currentSnapshot, syncSnapshot } from './snapshot-sync';

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

/** Asks the network (not the service worker's copy) whether a newer snapshot exists. */
const freshSnapshotUrl = () => `${SNAPSHOT_URL}?fraicheur=${Date.now()}`;

/**
 * Shows what the device already holds first, then, when online, checks for a
 * newer snapshot in the background. Without IndexedDB (private modes, old
 * browsers) the snapshot is kept in memory for the visit.
 */
export async function startPlaces(database = new BoussoleDatabase()): Promise<void> {
  let db: BoussoleDatabase;
  try {
    await database.open();
    db = database;
  } catch {
    return startWithoutStorage();
  }
  let record = await currentSnapshot(db);
  if (!record) {
    const first = await syncSnapshot(db, fetchText);
    if (first.kind === 'refused' || first.kind === 'unreachable') {
      publish({ status: 'failed', reason: first.kind === 'refused' ? first.reason : 'unreachable' });
      return;
    }
    record = first.record;
  }
  publish(ready(await measured('boussole:places-read', () => db.places.toArray()), record));

  if (typeof navigator !== 'undefined' && navigator.onLine === false) return;
  const update = await syncSnapshot(db, fetchText, freshSnapshotUrl());
  if (update.kind === 'imported') publish(ready(await db.places.toArray(), update.record));
  else if (update.kind === 'refused' && state.status === 'ready') publish({ ...state, refusal: update.reason });
}

async function startWithoutStorage(): Promise<void> {
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
