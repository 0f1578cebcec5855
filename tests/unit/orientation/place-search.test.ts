import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPlaceIndex } from '../../../src/orientation/search';
import type { Snapshot } from '../../../src/places/place';
import labels from '../../../src/places/locales/fr.json';

const snapshot = JSON.parse(readFileSync('public/data/snapshot.json', 'utf8')) as Snapshot;
const index = createPlaceIndex(snapshot.places, labels.typologie);
const names = (query: string, limit = 5) =>
  index.search(query, limit).map((hit) => snapshot.places.find((place) => place.id === hit.id)!);

describe('place search (real snapshot)', () => {
  it('finds a place despite typos, missing accents and word order', () => {
    expect(names('mediateque luce')[0]?.id).toBe('hub-255');
    expect(names('luce mediatheque')[0]?.id).toBe('hub-255');
    expect(names('MÉDIATHÈQUE LUCÉ')[0]?.id).toBe('hub-255');
  });

  it('finds places by commune with a typo', () => {
    const found = names('chatoroux', 20);
    expect(found.length).toBeGreaterThan(3);
    expect(found.every((place) => place.commune === 'Châteauroux')).toBe(true);
  });

  it('finds places by kind name even when their name says otherwise', () => {
    const found = names('france services', 50);
    expect(found.length).toBeGreaterThan(10);
    expect(
      found.every((place) => place.typologie?.includes('MSAP') || place.dispositif_programmes_nationaux?.includes('France Services') || /france services/i.test(place.nom)),
    ).toBe(true);
  });

  it('matches while typing (prefixes)', () => {
    expect(names('mediath luc')[0]?.id).toBe('hub-255');
  });

  it('returns nothing for an empty or meaningless query', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('de la')).toEqual([]);
    expect(index.search('zzzzqqq')).toEqual([]);
  });
});
