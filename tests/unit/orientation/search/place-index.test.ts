import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPlaceIndex } from '../../../../src/orientation/search/place-index';
import type { Place } from '../../../../src/places/place';
import { makePlace } from '../../fixtures/place';

const KINDS = { BIB: 'Médiathèque', MSAP: 'France Services', EPN: 'Espace public numérique', FABLAB: 'Fablab', MUNI: 'Mairie' };

const PLACES: Place[] = [
  makePlace({ id: 'luce-media', nom: 'Médiathèque de Lucé', commune: 'Lucé', code_postal: '28110', typologie: ['BIB', 'EPN'], services: ['Accès internet et matériel informatique'] }),
  makePlace({ id: 'luce-social', nom: 'Centre social Robert Doisneau', commune: 'Lucé', code_postal: '28110', typologie: ['EPN'], services: ['Aide aux démarches administratives'] }),
  makePlace({ id: 'chartres-media', nom: "Médiathèque L'Apostrophe", commune: 'Chartres', code_postal: '28000', typologie: ['BIB'], services: ['Loisirs et créations numériques'] }),
  makePlace({ id: 'chx-biblio', nom: 'Bibliothèque de Châteauroux', commune: 'Châteauroux', code_postal: '36000', typologie: ['BIB'], services: [] }),
  makePlace({ id: 'chx-pij', nom: 'PIJ', commune: 'Châteauroux', code_postal: '36000', typologie: ['PIJ_BIJ'], services: ['Insertion professionnelle via le numérique'] }),
  makePlace({ id: 'chx-lab', nom: 'Berry Lab 36', commune: 'Châteauroux', code_postal: '36000', typologie: ['FABLAB'], services: ['Loisirs et créations numériques'] }),
  makePlace({ id: 'chinon-biblio', nom: 'Bibliothèque le Patio', commune: 'Chinon', code_postal: '37500', typologie: ['BIB', 'EPN'], services: [] }),
  makePlace({ id: 'chinon-claac', nom: 'CLAAC', commune: 'Chinon', code_postal: '37500', typologie: ['EPN'], services: ['Maîtrise des outils numériques du quotidien'] }),
  makePlace({ id: 'tours-biblio', nom: 'Bibliothèque municipale', commune: 'Tours', code_postal: '37000', typologie: ['BIB'], services: [] }),
  makePlace({ id: 'msap-avord', nom: "Maison France Services d'Avord", commune: 'Avord', code_postal: '18520', typologie: ['MSAP'], services: ['Aide aux démarches administratives'] }),
  makePlace({ id: 'msap-neung', nom: 'MSAP', commune: 'Neung-sur-Beuvron', code_postal: '41210', typologie: ['MSAP', 'EPN'], services: ['Aide aux démarches administratives'] }),
  makePlace({ id: 'msap-bus', nom: 'Bus itinérant', commune: 'Bellegarde', code_postal: '45270', typologie: ['EPN'], dispositif_programmes_nationaux: ['France Services'], services: [] }),
  makePlace({ id: 'sam-msap', nom: 'MSAP de Saint-Amand-Montrond', commune: 'Saint-Amand-Montrond', code_postal: '18200', typologie: ['MSAP'], services: ['Aide aux démarches administratives'] }),
  makePlace({
    id: 'tours-epn',
    nom: 'EPN Mairie de Tours',
    commune: 'Tours',
    code_postal: '37000',
    typologie: ['EPN', 'MUNI'],
    services: ['Accès internet et matériel informatique'],
    complements: { provenance: [], impression: '15 c la page', wifi_gratuit: true },
  }),
  makePlace({ id: 'joue-tours', nom: 'Espace Rabière', commune: 'Joué-lès-Tours', code_postal: '37300', typologie: ['EPN'], services: [] }),
];

const index = createPlaceIndex(PLACES, KINDS);
const ids = (query: string, limit?: number) => index.search(query, limit).map((hit) => hit.id);
const first = (query: string) => ids(query)[0];

describe('place search: typos, accents, case, word order', () => {
  it('finds "Médiathèque de Lucé" however it is typed', () => {
    for (const query of ['mediateque luce', 'Médiathèque de Lucé', 'MEDIATHEQUE LUCE', 'luce mediatheque', 'mediatheqe luce', 'lucé médiathèque'])
      expect(first(query), query).toBe('luce-media');
  });

  it('finds the places of a commune typed as it sounds or with typos', () => {
    for (const query of ['chatoroux', 'chateauroux', 'châteauroux', 'chateaurou', 'chateauroox']) {
      const found = ids(query);
      expect(found, query).toHaveLength(3);
      expect(found.every((id) => id.startsWith('chx-')), query).toBe(true);
    }
  });

  it('puts the place whose name holds the word before places that only are in that commune', () => {
    expect(first('chatoroux')).toBe('chx-biblio');
  });

  it('matches a kind and a commune in any order', () => {
    expect(first('bibliotheque chinon')).toBe('chinon-biblio');
    expect(first('chinon bibliotheque')).toBe('chinon-biblio');
    expect(first('biblioteque chinon')).toBe('chinon-biblio');
  });

  it('reads St as Saint', () => {
    expect(first('msap st amand')).toBe('sam-msap');
    expect(first('saint amand montrond')).toBe('sam-msap');
  });
});

describe('place search: kinds and services', () => {
  it('finds a BIB by its kind name even when its name says "Bibliothèque"', () => {
    const found = ids('médiathèque', 50);
    expect(new Set(found)).toEqual(new Set(PLACES.filter((place) => place.typologie?.includes('BIB')).map((place) => place.id)));
    expect(new Set(ids('mediatheque', 50))).toEqual(new Set(found));
    // Names that say it come first.
    expect(found.slice(0, 2).sort()).toEqual(['chartres-media', 'luce-media']);
  });

  it('finds France Services by kind, by programme and by name, with typos', () => {
    const expected = ['msap-avord', 'msap-neung', 'msap-bus', 'sam-msap'];
    expect(new Set(ids('france services', 50))).toEqual(new Set(expected));
    expect(new Set(ids('france servise', 50))).toEqual(new Set(expected));
    expect(new Set(ids('France Service', 50))).toEqual(new Set(expected));
    expect(first('france services')).toBe('msap-avord');
  });

  it('finds places by the services they offer, in everyday words too', () => {
    const demarches = ['luce-social', 'msap-avord', 'msap-neung', 'sam-msap'];
    expect(new Set(ids('démarches', 50))).toEqual(new Set(demarches));
    expect(new Set(ids('demarche administrative', 50))).toEqual(new Set(demarches));
    expect(new Set(ids('impots', 50))).toEqual(new Set(demarches));
    // A printer stated by the place first, then places with computers to use.
    expect(ids('impression', 50)).toEqual(['tours-epn', 'luce-media']);
    expect(first('wifi')).toBe('tours-epn');
    expect(ids('emploi')).toEqual(['chx-pij']);
  });

  it('finds by kind code and by postal code', () => {
    expect(new Set(ids('fablab'))).toEqual(new Set(['chx-lab']));
    expect(new Set(ids('37500'))).toEqual(new Set(['chinon-biblio', 'chinon-claac']));
    expect(new Set(ids('375'))).toEqual(new Set(['chinon-biblio', 'chinon-claac']));
  });
});

describe('place search: while typing', () => {
  it('matches beginnings of words, every word of the query', () => {
    expect(first('mediath luc')).toBe('luce-media');
    expect(first('m')).toBeDefined();
    expect(ids('bibliotheque c')).toEqual(['chx-biblio', 'chinon-biblio']);
  });

  it('narrows with a one-letter word, never widens', () => {
    const tours = ids('tours', 50);
    const toursM = ids('tours m', 50);
    expect(toursM.length).toBeGreaterThan(0);
    expect(toursM.every((id) => tours.includes(id))).toBe(true);
    expect(toursM[0]).toBe('tours-epn');
  });

  it('breaks ties by the name, then by the commune: "tours" is rather in Tours than in Joué-lès-Tours', () => {
    expect(ids('tours', 3)).toEqual(['tours-epn', 'tours-biblio', 'joue-tours']);
  });
});

describe('place search: what it does not find', () => {
  it('returns nothing for an empty, meaningless or unknown query', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('   ')).toEqual([]);
    expect(index.search('de la')).toEqual([]);
    expect(index.search('zzzzqqq')).toEqual([]);
    expect(index.search('mediatheque', 0)).toEqual([]);
  });

  it('keeps what matches most when one word matches nothing', () => {
    expect(first('mediatheque luce zzzzqqq')).toBe('luce-media');
    // …but not one word out of three.
    expect(ids('luce zzzzqqq wwwwkkk')).toEqual([]);
  });

  it('honours the limit and is deterministic', () => {
    expect(ids('bibliotheque', 2)).toHaveLength(2);
    expect(ids('e')).toEqual(ids('e'));
    const again = createPlaceIndex([...PLACES].reverse(), KINDS);
    for (const query of ['tours', 'mediatheque', 'chatoroux', 'france services', 'e'])
      expect(again.search(query).map((hit) => hit.id), query).toEqual(ids(query));
  });

  it('tells how big the index is', () => {
    expect(index.stats.places).toBe(PLACES.length);
    expect(index.stats.words).toBeGreaterThan(20);
  });
});

describe('place search: properties', () => {
  const plain = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

  it('finds any place by its own name, written without accents, in any case, with spaces for hyphens', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PLACES), fc.constantFrom('lower', 'upper', 'as is'), fc.boolean(), (place, casing, dropHyphens) => {
        let typed = plain(place.nom);
        if (dropHyphens) typed = typed.replace(/-/g, ' ');
        if (casing === 'lower') typed = typed.toLowerCase();
        if (casing === 'upper') typed = typed.toUpperCase();
        expect(ids(typed, 50)).toContain(place.id);
        expect(index.search(typed, 1)[0]!.score).toBe(index.search(typed).find((hit) => hit.id === place.id)!.score);
      }),
    );
  });

  it('finds any place by its name typed in progress (every beginning of its longest word)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PLACES), fc.integer({ min: 2, max: 12 }), (place, length) => {
        const word = plain(place.nom).split(/[^A-Za-z0-9]+/).sort((a, b) => b.length - a.length)[0]!;
        expect(ids(word.slice(0, length), 50)).toContain(place.id);
      }),
    );
  });
});
