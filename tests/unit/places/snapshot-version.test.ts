import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Place } from '../../../src/places/place';
import { snapshotVersion } from '../../../src/places/snapshot-version';
import { makePlace } from '../fixtures/place';

describe('snapshotVersion', () => {
  const places = [makePlace({ id: 'a' }), makePlace({ id: 'b', nom: 'Médiathèque « Les Halles »' })];

  it('is the first 16 hex characters of SHA-256 over JSON.stringify(places)', async () => {
    const expected = createHash('sha256').update(JSON.stringify(places)).digest('hex').slice(0, 16);
    expect(await snapshotVersion(places)).toBe(expected);
    expect(await snapshotVersion(places)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes with any change of content, including key order', async () => {
    const reference = await snapshotVersion(places);
    expect(await snapshotVersion([places[0]!, { ...places[1]!, nom: 'Autre nom' }])).not.toBe(reference);
    const { id, ...rest } = places[0]!;
    const idLast = { ...rest, id } as Place;
    expect(await snapshotVersion([idLast, places[1]!])).not.toBe(reference);
  });

  it('is the same after a JSON round trip, as the app recomputes it from the parsed file', async () => {
    const reparsed = JSON.parse(JSON.stringify(places)) as typeof places;
    expect(await snapshotVersion(reparsed)).toBe(await snapshotVersion(places));
  });
});
