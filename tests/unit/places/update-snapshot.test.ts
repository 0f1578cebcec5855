import { afterEach, describe, expect, it } from 'vitest';
import { BoussoleDatabase } from '../../../src/places/db';
import type { Place, Snapshot } from '../../../src/places/place';
import { HttpError, syncSnapshot, updateSnapshot } from '../../../src/places/snapshot-sync';
import { snapshotVersion } from '../../../src/places/snapshot-version';
import { versionFileOf } from '../../../src/places/version-file';
import { makePlace } from '../fixtures/place';

let db: BoussoleDatabase;
let counter = 0;
afterEach(async () => db?.delete());

async function snapshotOf(places: Place[]): Promise<string> {
  const snapshot: Snapshot = { version: await snapshotVersion(places), generated_at: '2026-11-01', counts: { places: places.length }, places };
  return JSON.stringify(snapshot);
}

/** A server holding `files` by path; records every URL asked. */
function server(files: Record<string, string>) {
  const asked: string[] = [];
  const fetchText = async (url: string) => {
    asked.push(url);
    const text = files[url.split('?')[0]!];
    if (text === undefined) throw new HttpError(404);
    return text;
  };
  return { asked, fetchText };
}

const versionOf = (text: string) => JSON.stringify(versionFileOf(JSON.parse(text) as Snapshot, text.length));

describe('updateSnapshot', () => {
  it('asks only the version file when the snapshot is unchanged', async () => {
    db = new BoussoleDatabase(`update-${counter++}`);
    const text = await snapshotOf([makePlace({ id: 'a' })]);
    await syncSnapshot(db, async () => text);
    const { asked, fetchText } = server({ '/data/version.json': versionOf(text), '/data/snapshot.json': text });
    expect((await updateSnapshot(db, fetchText)).kind).toBe('unchanged');
    expect(asked).toEqual(['/data/version.json']);
  });

  it('downloads the snapshot under its new version when the version file announces one', async () => {
    db = new BoussoleDatabase(`update-${counter++}`);
    await syncSnapshot(db, async () => snapshotOf([makePlace({ id: 'a' })]));
    const newer = await snapshotOf([makePlace({ id: 'a' }), makePlace({ id: 'b' })]);
    const { asked, fetchText } = server({ '/data/version.json': versionOf(newer), '/data/snapshot.json': newer });
    const outcome = await updateSnapshot(db, fetchText);
    expect(outcome.kind === 'imported' && outcome.places.map((place) => place.id)).toEqual(['a', 'b']);
    expect(asked[1]).toBe(`/data/snapshot.json?v=${(JSON.parse(newer) as Snapshot).version}`);
  });

  it('refuses an announced snapshot above the cap without downloading it', async () => {
    db = new BoussoleDatabase(`update-${counter++}`);
    await syncSnapshot(db, async () => snapshotOf([makePlace({ id: 'a' })]));
    const { asked, fetchText } = server({ '/data/version.json': JSON.stringify({ version: 'ffff', bytes: 48e6 }) });
    expect(await updateSnapshot(db, fetchText)).toMatchObject({ kind: 'refused', code: 'too-large' });
    expect(asked).toEqual(['/data/version.json']);
  });

  it('falls back to the whole snapshot on a host without the version file', async () => {
    db = new BoussoleDatabase(`update-${counter++}`);
    const text = await snapshotOf([makePlace({ id: 'a' })]);
    await syncSnapshot(db, async () => text);
    const { asked, fetchText } = server({ '/data/snapshot.json': text });
    expect((await updateSnapshot(db, fetchText, 7)).kind).toBe('unchanged');
    expect(asked).toEqual(['/data/version.json', '/data/snapshot.json?fraicheur=7']);
  });
});
