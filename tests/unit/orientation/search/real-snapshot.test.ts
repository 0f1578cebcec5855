import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPlaceIndex } from '../../../../src/orientation/search/place-index';
import type { Place, Snapshot } from '../../../../src/places/place';
import labels from '../../../../src/places/locales/fr.json';

// The real snapshot of the Centre-Val de Loire (public/data/snapshot.json); assertions go by names, not ids,
// so that a regenerated snapshot keeps them true.
const snapshot = JSON.parse(readFileSync('public/data/snapshot.json', 'utf8')) as Snapshot;
const index = createPlaceIndex(snapshot.places, labels.typologie);
const byId = new Map(snapshot.places.map((place) => [place.id, place]));
const found = (query: string, limit = 50): Place[] => index.search(query, limit).map((hit) => byId.get(hit.id)!);

describe('place search on the real snapshot', () => {
  it('finds the Médiathèque of Lucé with typos, without accents, in any order', () => {
    for (const query of ['mediateque luce', 'luce mediatheque', 'MÉDIATHÈQUE LUCÉ', 'mediath luc']) {
      const place = found(query)[0];
      expect(place?.commune, query).toBe('Lucé');
      expect(place?.nom, query).toMatch(/^Médiathèque/);
    }
  });

  it('finds the places of Châteauroux typed "chatoroux"', () => {
    const places = found('chatoroux');
    expect(places.length).toBeGreaterThan(3);
    expect(places.every((place) => place.commune === 'Châteauroux' || /ch[aâ]teauroux/i.test(place.nom))).toBe(true);
  });

  it('finds the library of Chinon', () => {
    const place = found('bibliotheque chinon')[0];
    expect(place?.commune).toBe('Chinon');
    expect(place?.typologie).toContain('BIB');
  });

  it('finds France Services (MSAP) by kind name, with a typo', () => {
    for (const query of ['france services', 'france servise']) {
      const places = found(query);
      expect(places.length, query).toBeGreaterThan(10);
      expect(places.every((place) => place.typologie?.includes('MSAP') || /france services?/i.test(place.nom) || (place.dispositif_programmes_nationaux ?? []).includes('France Services')), query).toBe(true);
    }
  });

  it('finds BIB places by "médiathèque" even when their name says "Bibliothèque"', () => {
    const places = found('mediatheque', 500);
    expect(places.some((place) => /biblioth[eè]que/i.test(place.nom) && place.typologie?.includes('BIB'))).toBe(true);
    expect(places.filter((place) => place.typologie?.includes('BIB'))).toHaveLength(snapshot.places.filter((place) => place.typologie?.includes('BIB')).length);
  });

  it('finds places by service words', () => {
    const demarches = found('démarches', 500);
    expect(demarches.length).toBeGreaterThan(10);
    expect(demarches.filter((place) => place.services.includes('Aide aux démarches administratives'))).toHaveLength(
      snapshot.places.filter((place) => place.services.includes('Aide aux démarches administratives')).length,
    );
    const printing = found('impression', 500);
    expect(printing.length).toBeGreaterThan(5);
    // Places that state a printer come first.
    expect(printing.slice(0, 5).every((place) => Boolean(place.complements.impression))).toBe(true);
  });
});
