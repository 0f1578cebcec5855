import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCommuneFinder } from '../../../src/orientation/where/commune-finder';
import type { Commune } from '../../../src/orientation/where/communes';

const communes = (JSON.parse(readFileSync('data/communes/centre-val-de-loire.json', 'utf8')) as { communes: Commune[] }).communes;
const finder = createCommuneFinder(communes);
const first = (text: string) => finder.find(text)[0]?.nom;

describe('commune finder (real communes of Centre-Val de Loire)', () => {
  it('forgives typos, accents, case, hyphens and "St"', () => {
    expect(first('chatoroux')).toBe('Châteauroux');
    expect(first('CHATEAUROUX')).toBe('Châteauroux');
    expect(first('st amand montrond')).toBe('Saint-Amand-Montrond');
    expect(first('Saint Amand-Montrond')).toBe('Saint-Amand-Montrond');
    expect(first('orleans')).toBe('Orléans');
    expect(first('bourgeuil')).toBe('Bourgueil');
  });

  it('puts the exact name first, then the most populated', () => {
    expect(first('tours')).toBe('Tours');
    expect(first('blois')).toBe('Blois');
  });

  it('finds every commune sharing a postal code, and begun postal codes', () => {
    const chinon = finder.find('37500', 20);
    expect(chinon[0]?.nom).toBe('Chinon');
    expect(chinon.length).toBeGreaterThan(3);
    expect(chinon.every((commune) => commune.codesPostaux.includes('37500') && commune.matchedBy === 'postal')).toBe(true);
    expect(finder.find('375', 50).every((commune) => commune.codesPostaux.some((code) => code.startsWith('375')))).toBe(true);
  });

  it('returns nothing rather than garbage for an unknown code', () => {
    expect(finder.find('99999')).toEqual([]);
    expect(finder.find('37926')).toEqual([]); // a CEDEX code
  });

  it('finds a commune by its INSEE code and the nearest commune to a position', () => {
    const chinon = finder.byCode('37072')!;
    expect(chinon.nom).toBe('Chinon');
    expect(finder.nearest(chinon.lat, chinon.lon)?.code).toBe('37072');
  });

  it('finds any commune by its name written without accents, in any case, with spaces for hyphens', () => {
    fc.assert(
      fc.property(fc.constantFrom(...communes), fc.boolean(), (commune, upper) => {
        const plain = commune.nom.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/-/g, ' ');
        const typed = upper ? plain.toUpperCase() : plain.toLowerCase();
        const found = finder.find(typed, 50).map((match) => match.code);
        // Namesakes in other départements share the name: the commune must be among the exact matches.
        return found.includes(commune.code);
      }),
      { numRuns: 300 },
    );
  });
});
