import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCommuneFinder } from '../../../../src/orientation/where/commune-finder';
import type { CommuneList } from '../../../../src/orientation/where/communes';
import { words } from '../../../../src/orientation/search/text';

const { communes } = JSON.parse(readFileSync('data/communes/centre-val-de-loire.json', 'utf8')) as CommuneList;
const finder = createCommuneFinder(communes);
const first = (text: string) => finder.find(text)[0]?.nom;
const folded = (name: string) => words(name).join(' ');

describe('commune finder: names (real communes of Centre-Val de Loire)', () => {
  it('forgives typos, sounds, accents, case, hyphens and "St"', () => {
    expect(first('chatoroux')).toBe('Châteauroux');
    expect(first('CHATEAUROUX')).toBe('Châteauroux');
    expect(first('st amand montrond')).toBe('Saint-Amand-Montrond');
    expect(first('St-Amand-Montrond')).toBe('Saint-Amand-Montrond');
    expect(first('Saint Amand-Montrond')).toBe('Saint-Amand-Montrond');
    expect(first('amand montrond')).toBe('Saint-Amand-Montrond');
    expect(first('orleans')).toBe('Orléans');
    expect(first('orlean')).toBe('Orléans');
    expect(first('bourgeuil')).toBe('Bourgueil');
    expect(first('vierzom')).toBe('Vierzon');
    expect(first("l'ile bouchard")).toBe("L'Île-Bouchard");
    expect(first('ste maure de touraine')).toBe('Sainte-Maure-de-Touraine');
  });

  it('puts the exact name first, then the most populated', () => {
    const tours = finder.find('tours');
    expect(tours[0]?.nom).toBe('Tours');
    expect(tours[0]?.matchedBy).toBe('name');
    expect(tours.map((commune) => commune.nom)).toContain('Joué-lès-Tours');
    expect(first('blois')).toBe('Blois');
    expect(first('la riche')).toBe('La Riche');
  });

  it('follows the person typing: beginnings of names, most populated first', () => {
    expect(first('tou')).toBe('Tours');
    expect(first('chateau')).toBe('Châteauroux');
    expect(first('c')).toBe('Châteauroux');
    // Names beginning with what was typed, by population: Saint-Avertin (15,000) before Saint-Amand-Montrond (10,000)…
    const beginning = communes.filter((commune) => folded(commune.nom).startsWith('saint a')).sort((a, b) => b.population - a.population);
    expect(finder.find('saint a', 5).map((commune) => commune.nom)).toEqual(beginning.slice(0, 5).map((commune) => commune.nom));
    // …then names with a word beginning with it elsewhere ("Saint-Martin-d'Auxigny"), then the other saints
    // ("a" may be the article "à" being typed: it ranks, it does not drop).
    const all = finder.find('saint a', 1000);
    const withA = (nom: string) => words(nom).some((word) => word.startsWith('a'));
    expect(all.slice(0, 20).every((commune) => words(commune.nom).some((word) => word.startsWith('saint')))).toBe(true);
    const lastWithA = all.map((commune) => withA(commune.nom)).lastIndexOf(true);
    const firstWithout = all.map((commune) => withA(commune.nom)).indexOf(false);
    expect(firstWithout).toBeGreaterThan(beginning.length);
    expect(lastWithA).toBeLessThan(firstWithout);
  });

  it('follows the person typing an article first', () => {
    const leL = finder.find('le l', 20);
    expect(leL.map((commune) => commune.nom)).toContain('Le Liège');
    expect(leL.every((commune) => folded(commune.nom).startsWith('le l'))).toBe(true);
    const laC = finder.find('la c', 5).map((commune) => commune.nom);
    const beginning = communes.filter((commune) => folded(commune.nom).startsWith('la c')).sort((a, b) => b.population - a.population);
    expect(laC).toEqual(beginning.slice(0, 5).map((commune) => commune.nom));
    expect(finder.find('la ', 50).every((commune) => folded(commune.nom).startsWith('la'))).toBe(true);
  });

  it('finds namesakes in every département, the most populated first', () => {
    const chambon = finder.find('chambon');
    const namesakes = chambon.filter((commune) => commune.nom === 'Chambon');
    expect(namesakes.map((commune) => commune.departement).sort()).toEqual(['18', '37']);
    expect(chambon[0]?.nom).toBe('Chambon');
  });

  it('returns nothing for nothing, and nothing for what is no commune', () => {
    expect(finder.find('')).toEqual([]);
    expect(finder.find('  ')).toEqual([]);
    expect(finder.find('zzzzqqq')).toEqual([]);
    expect(finder.find('tours', 0)).toEqual([]);
  });

  it('returns the whole commune, ready for "where am I"', () => {
    const [tours] = finder.find('tours', 1);
    expect(tours).toEqual({ code: '37261', nom: 'Tours', codesPostaux: ['37000', '37100', '37200'], population: expect.any(Number), departement: '37', lat: expect.any(Number), lon: expect.any(Number), matchedBy: 'name' });
  });
});

describe('commune finder: postal codes', () => {
  it('finds every commune sharing a postal code, the main one first', () => {
    const chinon = finder.find('37500', 50);
    expect(chinon[0]?.nom).toBe('Chinon');
    expect(chinon.map((commune) => commune.code).sort()).toEqual(communes.filter((commune) => commune.codesPostaux.includes('37500')).map((commune) => commune.code).sort());
    expect(chinon.every((commune) => commune.matchedBy === 'postal')).toBe(true);
    expect(finder.find('37 500', 50)).toEqual(chinon);
  });

  it('finds the communes of a begun postal code', () => {
    const found = finder.find('375', 500);
    const expected = communes.filter((commune) => commune.codesPostaux.some((code) => code.startsWith('375')));
    expect(found.map((commune) => commune.code).sort()).toEqual(expected.map((commune) => commune.code).sort());
    expect(found.slice(1).every((commune, i) => commune.population <= found[i]!.population)).toBe(true);
    expect(finder.find('37', 1)[0]?.nom).toBe('Tours');
  });

  it('returns nothing rather than garbage for unknown, CEDEX, too short or too long codes', () => {
    expect(finder.find('99999')).toEqual([]);
    expect(finder.find('37926')).toEqual([]); // a CEDEX code of Tours
    expect(finder.find('45043')).toEqual([]); // a CEDEX code of Orléans
    expect(finder.find('75001')).toEqual([]); // Paris: not in the region's list
    expect(finder.find('3792')).toEqual([]);
    expect(finder.find('3')).toEqual([]);
    expect(finder.find('375000')).toEqual([]);
  });

  it('reads a name and a postal code together', () => {
    expect(finder.find('chinon 37500').map((commune) => commune.nom)).toEqual(['Chinon']);
    expect(finder.find('37500 chinon')[0]?.matchedBy).toBe('name');
    expect(finder.find('chambon 37').map((commune) => commune.code)).toEqual(['37048']);
    expect(finder.find('tours 36000')).toEqual([]);
  });
});

describe('commune finder: codes and positions', () => {
  it('finds a commune by its INSEE code', () => {
    expect(finder.byCode('37072')?.nom).toBe('Chinon');
    expect(finder.byCode('00000')).toBeUndefined();
  });

  it("says Chinon at Chinon's centre, and how far", () => {
    const chinon = finder.byCode('37072')!;
    const near = finder.nearestCommune(chinon.lat, chinon.lon);
    expect(near?.code).toBe('37072');
    expect(near?.distanceKm).toBe(0);
    expect(finder.nearest(chinon.lat, chinon.lon)?.code).toBe('37072');
  });

  it('finds the nearest commune of every commune centre: itself', () => {
    for (const commune of communes) expect(finder.nearestCommune(commune.lat!, commune.lon!)?.code).toBe(commune.code);
  });

  it('keeps far-away positions apart when asked for a maximum distance', () => {
    expect(finder.nearestCommune(48.8566, 2.3522)?.departement).toBe('28'); // Paris: the nearest of the region is in Eure-et-Loir…
    expect(finder.nearestCommune(48.8566, 2.3522, 20)).toBeUndefined(); // …but not within 20 km.
    expect(finder.nearestCommune(Number.NaN, 1)).toBeUndefined();
  });

  it('tells how big the index is', () => {
    expect(finder.stats.communes).toBe(communes.length);
    expect(finder.stats.postalCodes).toBeGreaterThan(200);
  });
});

describe('commune finder: properties', () => {
  const plain = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const namesakes = (nom: string) => communes.filter((commune) => folded(commune.nom) === folded(nom)).length;

  it('finds any commune first by its name without accents, in any case, with spaces for hyphens, "St" for "Saint"', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...communes),
        fc.constantFrom('lower', 'upper', 'as is', 'random'),
        fc.boolean(),
        fc.boolean(),
        fc.infiniteStream(fc.boolean()),
        (commune, casing, hyphens, saint, coin) => {
          let typed = plain(commune.nom);
          if (hyphens) typed = typed.replace(/-/g, ' ');
          if (saint) typed = typed.replace(/\bSainte\b/g, 'Ste').replace(/\bSaint\b/g, 'St');
          if (casing === 'lower') typed = typed.toLowerCase();
          if (casing === 'upper') typed = typed.toUpperCase();
          if (casing === 'random') typed = [...typed].map((character) => (coin.next().value ? character.toUpperCase() : character.toLowerCase())).join('');
          const found = finder.find(typed, 10);
          // First, or tied first with namesakes of other départements (the more populated first).
          expect(folded(found[0]!.nom)).toBe(folded(commune.nom));
          expect(found.slice(0, namesakes(commune.nom)).map((match) => match.code)).toContain(commune.code);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds any commune while its name is being typed, from half of it on', () => {
    fc.assert(
      fc.property(fc.constantFrom(...communes), (commune) => {
        const name = plain(commune.nom).toLowerCase();
        const typed = name.slice(0, Math.max(3, Math.ceil(name.length / 2)));
        expect(finder.find(typed, 2000).map((match) => match.code)).toContain(commune.code);
      }),
      { numRuns: 300 },
    );
  });

  it('finds any commune from one of its postal codes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...communes.filter((commune) => commune.codesPostaux.length > 0)), (commune) => {
        const code = commune.codesPostaux[0]!;
        expect(finder.find(code, 100).map((match) => match.code)).toContain(commune.code);
      }),
      { numRuns: 300 },
    );
  });
});
