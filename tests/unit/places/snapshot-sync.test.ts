import { afterEach, describe, expect, it } from 'vitest';
import { BoussoleDatabase } from '../../../src/places/db';
import type { Place, Snapshot } from '../../../src/places/place';
import { currentSnapshot, storedPlaces, syncSnapshot } from '../../../src/places/snapshot-sync';
import { snapshotVersion } from '../../../src/places/snapshot-version';
import { makePlace } from '../fixtures/place';

let db: BoussoleDatabase;
let counter = 0;
afterEach(async () => db?.delete());

async function snapshotOf(places: Place[]): Promise<string> {
  const snapshot: Snapshot = { version: await snapshotVersion(places), generated_at: '2026-11-01', counts: { places: places.length }, places };
  return JSON.stringify(snapshot);
}
const placesNamed = (...ids: string[]) => ids.map((id) => makePlace({ id }));
const serve = (text: string) => async () => text;

describe('syncSnapshot', () => {
  it('imports a first snapshot into IndexedDB with its version', async () => {
    db = new BoussoleDatabase(`test-${counter++}`);
    const outcome = await syncSnapshot(db, serve(await snapshotOf(placesNamed('a', 'b', 'c'))));
    expect(outcome.kind).toBe('imported');
    expect((await storedPlaces(db))!.map((p) => p.id).sort()).toEqual(['a', 'b', 'c']);
    expect((await currentSnapshot(db))?.counts.places).toBe(3);
  });

  it('replaces the old places by a newer valid snapshot, entirely', async () => {
    db = new BoussoleDatabase(`test-${counter++}`);
    await syncSnapshot(db, serve(await snapshotOf(placesNamed('a', 'b', 'c'))));
    const outcome = await syncSnapshot(db, serve(await snapshotOf(placesNamed('b', 'c', 'd'))));
    expect(outcome.kind).toBe('imported');
    expect((await storedPlaces(db))!.map((p) => p.id).sort()).toEqual(['b', 'c', 'd']);
  });

  it('does nothing when the offered snapshot is the one already held', async () => {
    db = new BoussoleDatabase(`test-${counter++}`);
    const text = await snapshotOf(placesNamed('a'));
    await syncSnapshot(db, serve(text));
    expect((await syncSnapshot(db, serve(text))).kind).toBe('unchanged');
  });

  it('refuses a truncated snapshot, keeps the old places and remembers why', async () => {
    db = new BoussoleDatabase(`test-${counter++}`);
    await syncSnapshot(db, serve(await snapshotOf(placesNamed('a', 'b'))));
    const full = await snapshotOf(placesNamed('x', 'y', 'z'));
    const outcome = await syncSnapshot(db, serve(full.slice(0, full.length - 20)));
    expect(outcome.kind).toBe('refused');
    expect((await storedPlaces(db))!.map((p) => p.id).sort()).toEqual(['a', 'b']);
    expect(await db.meta.get('refusal')).toMatchObject({ key: 'refusal' });
  });

  it('refuses a snapshot whose places were altered after hashing', async () => {
    db = new BoussoleDatabase(`test-${counter++}`);
    await syncSnapshot(db, serve(await snapshotOf(placesNamed('a'))));
    const tampered = (await snapshotOf(placesNamed('b'))).replace('Lieu b', 'Lieu piégé');
    expect((await syncSnapshot(db, serve(tampered))).kind).toBe('refused');
    expect((await storedPlaces(db))![0]!.id).toBe('a');
  });

  it('says the network is unreachable without touching the data', async () => {
    db = new BoussoleDatabase(`test-${counter++}`);
    await syncSnapshot(db, serve(await snapshotOf(placesNamed('a'))));
    const outcome = await syncSnapshot(db, async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(outcome.kind).toBe('unreachable');
    expect(await storedPlaces(db)).toHaveLength(1);
  });

  it('leaves the old data whole when the import fails half-way (storage full)', async () => {
    db = new BoussoleDatabase(`test-${counter++}`);
    await syncSnapshot(db, serve(await snapshotOf(placesNamed('a', 'b'))));
    const original = db.snapshotText.put.bind(db.snapshotText);
    db.snapshotText.put = (async (...args: Parameters<typeof original>) => {
      await original(...args);
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    }) as unknown as typeof db.snapshotText.put;
    const outcome = await syncSnapshot(db, serve(await snapshotOf(placesNamed('c', 'd', 'e'))));
    expect(outcome).toMatchObject({ kind: 'not-stored', code: 'storage-full', reason: 'could not store: QuotaExceededError' });
    expect((await storedPlaces(db))!.map((p) => p.id).sort()).toEqual(['a', 'b']);
    expect((await currentSnapshot(db))?.counts.places).toBe(2);
  });
});
