import { useEffect, useState } from 'preact/hooks';
import type { BoussoleDatabase } from './db';
import type { Place, Snapshot } from './place';
import type { SnapshotRecord } from './schema';
import type { RefusalCode } from './snapshot-check';
import type { SyncOutcome } from './snapshot-sync';
import { takeStoredPlaces, type StoredPlaces } from './stored-places';
import { afterAnswerShown } from '../scheduling';
import { askToKeepData } from '../pwa/storage';

/** Why the places could not be shown at all, or why the last update was not taken. */
export type PlacesProblem = RefusalCode | 'unreachable';

export interface Refusal {
  code: PlacesProblem;
  /** Technical detail, for the log. */
  reason: string;
}

export type PlacesState =
  | { status: 'loading' }
  | {
      status: 'ready';
      places: Place[];
      byId: Map<string, Place>;
      snapshot: SnapshotRecord | undefined;
      /** False when the device could not keep them (storage full, no IndexedDB): they last this visit only. */
      stored: boolean;
      refusal?: Refusal;
    }
  | { status: 'failed'; code: PlacesProblem; reason: string };

let state: PlacesState = { status: 'loading' };
const listeners = new Set<(state: PlacesState) => void>();

function publish(next: PlacesState): void {
  state = next;
  for (const listener of listeners) listener(state);
}

function ready(places: Place[], snapshot: SnapshotRecord | undefined, stored: boolean, refusal?: Refusal): PlacesState {
  return { status: 'ready', places, byId: new Map(places.map((place) => [place.id, place])), snapshot, stored, refusal };
}

function recordOf(snapshot: Snapshot): SnapshotRecord {
  const { version, generated_at, counts } = snapshot;
  return { key: 'snapshot', version, generated_at, counts, imported_at: new Date().toISOString() };
}

async function fetchText(url: string, init?: RequestInit): Promise<string> {
  const [{ HttpError, TooLargeError }, { MAX_SNAPSHOT_BYTES }] = await Promise.all([import('./snapshot-sync'), import('./snapshot-check')]);
  const response = await fetch(url, init);
  if (!response.ok) throw new HttpError(response.status);
  // An announced size above the cap is refused before a byte of the body is read.
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_SNAPSHOT_BYTES) {
    void response.body?.cancel();
    throw new TooLargeError(length);
  }
  return response.text();
}

/** The network's copy, past the service worker's precache and the HTTP cache. */
const fromNetwork = (url: string) => fetchText(url, { cache: 'no-store' });
/** The precached copy when a service worker holds one, else the network's (through the HTTP cache). */
const fromPrecacheOrNetwork = (url: string) => fetchText(url);

function problemOf(outcome: SyncOutcome): Refusal | undefined {
  if (outcome.kind === 'refused' || outcome.kind === 'not-stored') return { code: outcome.code, reason: outcome.reason };
  if (outcome.kind === 'unreachable') {
    return outcome.status ? { code: 'server-error', reason: `HTTP ${outcome.status}` } : { code: 'unreachable', reason: 'unreachable' };
  }
  return undefined;
}

/**
 * Shows what the device already holds first (read at boot, without waiting
 * for Dexie), then, when online, checks for a newer snapshot in the
 * background. Nothing here may leave the screen on "loading": a stored record
 * that cannot be read falls back to the precached snapshot, then to the
 * network, then to a message; a device that cannot store (no IndexedDB,
 * storage full) runs from memory and says so.
 */
export async function startPlaces(stored: Promise<StoredPlaces | undefined> = takeStoredPlaces()): Promise<void> {
  try {
    await startFromStorage(await stored);
  } catch (error) {
    // IndexedDB failing in a way nothing above foresaw: the visit goes on from memory.
    if (state.status !== 'ready') await startWithoutStorage(error);
  }
}

async function startFromStorage(held: StoredPlaces | undefined): Promise<void> {
  if (held) {
    publish(ready(held.places, held.snapshot, true));
    // Dexie and the snapshot checks are needed only to update: they wait until the first results are on screen.
    await afterAnswerShown(3000);
  }

  const [{ BoussoleDatabase }, sync] = await Promise.all([import('./db'), import('./snapshot-sync')]);
  const db = new BoussoleDatabase();
  try {
    await db.open();
  } catch (error) {
    return held ? undefined : startWithoutStorage(error);
  }
  if (!held) {
    const record = await sync.currentSnapshot(db);
    const places = record ? await sync.storedPlaces(db) : undefined;
    if (record && places) publish(ready(places, record, true));
    else {
      // A record that cannot be read (damaged, or written by a faulty version) is dropped, then replaced.
      if (record) await sync.forgetSnapshot(db);
      const outcome = await firstImport(db);
      if (outcome.kind === 'imported') {
        publish(ready(outcome.places, outcome.record, true));
        void askToKeepData();
      } else if (outcome.kind === 'not-stored') {
        publish(ready(outcome.snapshot.places, recordOf(outcome.snapshot), false));
        return;
      } else {
        const problem = problemOf(outcome)!;
        publish({ status: 'failed', ...problem });
        return;
      }
    }
  }

  if (typeof navigator !== 'undefined' && navigator.onLine === false) return;
  // Asks the network (not the service worker's copy) whether a newer snapshot exists: the version file first.
  const update = await sync.updateSnapshot(db, fromNetwork);
  if (update.kind === 'imported') publish(ready(update.places, update.record, true));
  else if (state.status === 'ready' && update.kind !== 'unchanged' && !(update.kind === 'unreachable' && !update.status)) {
    publish({ ...state, refusal: problemOf(update) });
  }
}

/** The recovery ladder of a device holding nothing usable: the precached snapshot, then the network. */
async function firstImport(db: BoussoleDatabase): Promise<SyncOutcome> {
  const sync = await import('./snapshot-sync');
  const precached = await sync.syncSnapshot(db, fromPrecacheOrNetwork, sync.SNAPSHOT_URL);
  if (precached.kind === 'imported' || precached.kind === 'not-stored' || (typeof navigator !== 'undefined' && navigator.onLine === false)) return precached;
  const network = await sync.syncSnapshot(db, fromNetwork, `${sync.SNAPSHOT_URL}?fraicheur=${Date.now()}`);
  return network.kind === 'unreachable' && !network.status ? precached : network;
}

/** No IndexedDB (private modes, old browsers, a broken profile): the snapshot is kept in memory for the visit. */
async function startWithoutStorage(cause?: unknown): Promise<void> {
  if (cause !== undefined) console.warn('Boussole: no storage on this device, running from memory', cause);
  const [{ SNAPSHOT_URL, HttpError }, { checkSnapshotAside }] = await Promise.all([import('./snapshot-sync'), import('./check-aside')]);
  try {
    const checked = await checkSnapshotAside(await fromPrecacheOrNetwork(SNAPSHOT_URL));
    if (!checked.ok) return publish({ status: 'failed', code: checked.code, reason: checked.reason });
    publish(ready(checked.snapshot.places, recordOf(checked.snapshot), false));
  } catch (error) {
    if (error instanceof HttpError) publish({ status: 'failed', code: 'server-error', reason: error.message });
    else publish({ status: 'failed', code: 'unreachable', reason: 'unreachable' });
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
