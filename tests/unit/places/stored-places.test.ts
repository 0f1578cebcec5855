import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { BoussoleDatabase } from '../../../src/places/db';
import type { Place, Snapshot } from '../../../src/places/place';
import { currentSnapshot, storedPlaces, syncSnapshot } from '../../../src/places/snapshot-sync';
import { snapshotVersion } from '../../../src/places/snapshot-version';
import { readStoredPlaces } from '../../../src/places/read-stored';
import { readStoredPlacesAside, type StoredPlaces } from '../../../src/places/stored-places';
import { fakeWorker } from '../fixtures/fake-worker';
import { makePlace } from '../fixtures/place';

let counter = 0;
const names: string[] = [];
const freshName = () => {
  const name = `stored-${counter++}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  for (const name of names.splice(0)) await new BoussoleDatabase(name).delete();
});

async function serveSnapshot(places: Place[]): Promise<() => Promise<string>> {
  const snapshot: Snapshot = { version: await snapshotVersion(places), generated_at: '2026-11-01', counts: { places: places.length }, places };
  return async () => JSON.stringify(snapshot);
}

describe('readStoredPlaces (the boot-time read, without Dexie)', () => {
  it('reads the snapshot record and every place that Dexie stored', async () => {
    const name = freshName();
    const db = new BoussoleDatabase(name);
    await syncSnapshot(db, await serveSnapshot([makePlace({ id: 'a' }), makePlace({ id: 'b', nom: 'Médiathèque' })]));
    db.close();

    const stored = await readStoredPlaces(name);
    expect(stored?.snapshot.counts.places).toBe(2);
    expect(stored?.places.map((place) => place.id).sort()).toEqual(['a', 'b']);
    expect(stored?.places.find((place) => place.id === 'b')?.nom).toBe('Médiathèque');
  });

  it('finds nothing on a first visit and does not create the database, so Dexie still creates it with its schema', async () => {
    const name = freshName();
    expect(await readStoredPlaces(name)).toBeUndefined();
    expect((await indexedDB.databases()).map((database) => database.name)).not.toContain(name);

    const db = new BoussoleDatabase(name);
    const outcome = await syncSnapshot(db, await serveSnapshot([makePlace({ id: 'a' })]));
    expect(outcome.kind).toBe('imported');
    db.close();
    expect((await readStoredPlaces(name))?.places).toHaveLength(1);
  });

  it('finds nothing when the database holds no snapshot yet (only a refusal)', async () => {
    const name = freshName();
    const db = new BoussoleDatabase(name);
    await db.meta.put({ key: 'refusal', reason: 'tronqué', at: '2026-11-01' });
    db.close();
    expect(await readStoredPlaces(name)).toBeUndefined();
  });

  it('finds nothing, without throwing, when the browser has no IndexedDB', async () => {
    expect(await readStoredPlaces('any', undefined)).toBeUndefined();
    const broken = { open: () => { throw new DOMException('denied', 'SecurityError'); } } as unknown as IDBFactory;
    expect(await readStoredPlaces('any', broken)).toBeUndefined();
  });

  it('does not keep Dexie from opening the database afterwards', async () => {
    const name = freshName();
    const db = new BoussoleDatabase(name);
    await syncSnapshot(db, await serveSnapshot([makePlace({ id: 'a' })]));
    db.close();
    await readStoredPlaces(name);
    const again = new BoussoleDatabase(name);
    await again.open();
    expect(await storedPlaces(again)).toHaveLength(1);
    again.close();
  });

  it('leaves a database of the first schema (a record per place) to Dexie, which forgets its snapshot so it is imported again', async () => {
    const name = freshName();
    const old = new Dexie(name);
    old.version(1).stores({ places: 'id, code_insee', meta: 'key' });
    await old.table('places').bulkAdd([makePlace({ id: 'a' })]);
    await old.table('meta').put({ key: 'snapshot', version: 'v1', generated_at: '2020-01-01', counts: { places: 1 }, imported_at: '2020-01-01' });
    old.close();

    expect(await readStoredPlaces(name)).toBeUndefined();
    const db = new BoussoleDatabase(name);
    expect(await currentSnapshot(db)).toBeUndefined();
    expect(db.tables.map((table) => table.name)).not.toContain('places');
    await syncSnapshot(db, await serveSnapshot([makePlace({ id: 'b' })]));
    db.close();
    expect((await readStoredPlaces(name))?.places.map((place) => place.id)).toEqual(['b']);
  });

  it('reads an unreadable stored record as nothing, never as an exception (store.ts then recovers)', async () => {
    for (const damage of ['garbage {', 42, '{"places":null}', '{"places":[{"id":1}]}']) {
      const name = freshName();
      const db = new BoussoleDatabase(name);
      await syncSnapshot(db, await serveSnapshot([makePlace({ id: 'a' })]));
      await db.snapshotText.put({ key: 'snapshot', json: damage as string });
      expect(await storedPlaces(db), String(damage)).toBeUndefined();
      db.close();
      expect(await readStoredPlaces(name), String(damage)).toBeUndefined();
    }
  });
});

describe('readStoredPlacesAside (the same read in a worker, off the main thread)', () => {
  const held: StoredPlaces = {
    snapshot: { key: 'snapshot', version: 'v1', generated_at: '2026-11-01', counts: { places: 1 }, imported_at: '2026-11-02T00:00:00Z' },
    places: [makePlace({ id: 'from-worker' })],
  };
  const neverHere = () => Promise.reject(new Error('read on the main thread although the worker answered'));

  it("hands over the worker's places, and stops the worker", async () => {
    const worker = fakeWorker(() => held);
    expect((await readStoredPlacesAside(worker.start, neverHere))?.places.map((place) => place.id)).toEqual(['from-worker']);
    expect(worker.terminated()).toBe(true);
  });

  it('takes "nothing stored" from the worker as it is, without reading again', async () => {
    expect(await readStoredPlacesAside(fakeWorker(() => null).start, neverHere)).toBeUndefined();
  });
});
