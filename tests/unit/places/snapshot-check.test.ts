import { describe, expect, it } from 'vitest';
import type { Place, Snapshot } from '../../../src/places/place';
import { checkSnapshot } from '../../../src/places/snapshot-check';
import { snapshotVersion } from '../../../src/places/snapshot-version';
import { makePlace } from '../fixtures/place';

const ids = (count: number) => Array.from({ length: count }, (_, index) => `lieu-${index}`);

async function snapshotText(places: Place[], patch: Partial<Snapshot> = {}): Promise<string> {
  const snapshot: Snapshot = { version: await snapshotVersion(places), generated_at: '2021-03-01', counts: { places: places.length }, places, ...patch };
  return JSON.stringify(snapshot);
}

async function refusal(text: string, previous?: { count: number }): Promise<string> {
  const checked = await checkSnapshot(text, previous);
  if (checked.ok) throw new Error('expected a refusal');
  return checked.reason;
}

describe('checkSnapshot', () => {
  const places = ids(4).map((id) => makePlace({ id }));

  it('accepts a complete, consistent snapshot and returns it parsed', async () => {
    const checked = await checkSnapshot(await snapshotText(places), { count: 5 });
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.snapshot.places.map((place) => place.id)).toEqual(ids(4));
  });

  it('refuses a truncated file', async () => {
    const text = await snapshotText(places);
    expect(await refusal(text.slice(0, Math.floor(text.length * 0.7)))).toMatch(/JSON/);
  });

  it('refuses a place altered after the version was computed', async () => {
    const tampered = (await snapshotText(places)).replace('Lieu lieu-2', 'Lieu piégé');
    expect(await refusal(tampered)).toMatch(/version .* does not match/);
  });

  it('refuses a wrong version', async () => {
    expect(await refusal(await snapshotText(places, { version: '0123456789abcdef' }))).toMatch(/does not match/);
  });

  it('refuses a count that collapsed to less than half of the previous snapshot', async () => {
    expect(await refusal(await snapshotText(places), { count: 9 })).toMatch(/only 4 places where the previous snapshot had 9/);
    expect((await checkSnapshot(await snapshotText(places), { count: 8 })).ok).toBe(true);
  });

  it('refuses counts.places that disagrees with the places', async () => {
    expect(await refusal(await snapshotText(places, { counts: { places: 5 } }))).toMatch(/counts\.places is 5/);
  });

  it('skips and counts a place without coordinates or id instead of refusing the whole file', async () => {
    const withoutLatitude = places.map((place, index) => (index === 1 ? ({ ...place, latitude: '47.1' } as unknown as Place) : place));
    const withoutId = withoutLatitude.map((place, index) => (index === 0 ? ({ ...place, id: '' } as Place) : place));
    const checked = await checkSnapshot(await snapshotText(withoutId));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.skipped).toBe(2);
    expect(checked.snapshot.places.map((place) => place.id)).toEqual(['lieu-2', 'lieu-3']);
  });

  it('refuses a file without its parts, or whose places are all unusable', async () => {
    expect(await refusal(JSON.stringify({ places: [] }))).toMatch(/version/);
    expect(await refusal('[]')).toMatch(/not a snapshot/);
    expect(await refusal(await snapshotText(places.map((place) => ({ ...place, nom: '' }))))).toMatch(/no usable places/);
  });

  it('refuses an empty snapshot, and keeps a duplicated id once', async () => {
    expect(await refusal(await snapshotText([]))).toMatch(/no places/);
    const checked = await checkSnapshot(await snapshotText([places[0]!, places[0]!, places[1]!]));
    expect(checked.ok && checked.snapshot.places.map((place) => place.id)).toEqual(['lieu-0', 'lieu-1']);
    expect(checked.ok && checked.skipped).toBe(1);
  });
});

describe('the reason of a refusal', () => {
  const places = ids(3).map((id) => makePlace({ id }));
  const codeOf = async (text: string, previous?: { count: number }) => {
    const checked = await checkSnapshot(text, previous);
    return checked.ok ? 'accepted' : checked.code;
  };

  it('tells a truncated file, a web page, a wrong hash, an empty file, a collapse and an oversized file apart', async () => {
    const text = await snapshotText(places);
    expect(await codeOf(text.slice(0, text.length - 10))).toBe('truncated');
    expect(await codeOf('<!doctype html><html><body>Portail captif</body></html>')).toBe('not-json');
    expect(await codeOf(await snapshotText(places, { version: '0123456789abcdef' }))).toBe('wrong-hash');
    expect(await codeOf(await snapshotText([]))).toBe('no-places');
    expect(await codeOf(text, { count: 10 })).toBe('fewer-places');
    expect(await codeOf(' '.repeat(24 * 1024 * 1024 + 1))).toBe('too-large');
    expect(await codeOf('[]')).toBe('not-snapshot');
  });
});
