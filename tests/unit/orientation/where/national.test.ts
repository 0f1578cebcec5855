import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCommuneFinder } from '../../../../src/orientation/where/commune-finder';
import { communesFromColumns, locatedCommunes, type CommuneColumns } from '../../../../src/orientation/where/communes';

// data/communes/france.json: every French commune (~35,000), columnar.
const data = JSON.parse(readFileSync('data/communes/france.json', 'utf8')) as CommuneColumns;
const records = communesFromColumns(data);
const finder = createCommuneFinder(records);
const first = (text: string) => finder.find(text)[0];

describe('the national list', () => {
  it('reads the columnar file whatever the order of its fields', () => {
    expect(records.length).toBe(data.rows.length);
    expect(records.find((commune) => commune.code === '37072')).toMatchObject({ nom: 'Chinon', codesPostaux: ['37500'], departement: '37' });
    const reordered = { fields: [...data.fields].reverse(), rows: data.rows.slice(0, 50).map((row) => [...row].reverse()) };
    expect(communesFromColumns(reordered)).toEqual(records.slice(0, 50));
    expect(() => communesFromColumns({ fields: ['code', 'nom'], rows: [] })).toThrow(/codesPostaux/);
  });

  it('leaves out the communes without a position (a few overseas)', () => {
    const located = locatedCommunes(records);
    expect(located.length).toBeLessThan(records.length);
    expect(finder.stats.communes).toBe(located.length);
    expect(located.every((commune) => Number.isFinite(commune.lat) && Number.isFinite(commune.lon))).toBe(true);
  });

  it('still puts the big town first for its name, with typos too', () => {
    expect(first('tours')?.code).toBe('37261');
    expect(first('orleans')?.code).toBe('45234');
    expect(first('chatoroux')?.code).toBe('36044');
    expect(first('st amand montrond')?.code).toBe('18197');
    expect(first('paris')?.nom).toBe('Paris');
    expect(first('marseile')?.nom).toBe('Marseille');
    expect(first('st denis')?.nom).toBe('Saint-Denis');
    expect(first('y')?.nom).toBe('Y');
  });

  it('finds the communes of a postal code, across the country', () => {
    expect(finder.find('37500', 50).map((commune) => commune.nom)).toContain('Chinon');
    expect(finder.find('75001')[0]?.nom).toBe('Paris');
    expect(finder.find('37926')).toEqual([]);
  });

  it('finds the nearest commune of any commune centre: itself, or a commune at the same point', () => {
    const located = locatedCommunes(records);
    fc.assert(
      fc.property(fc.constantFrom(...located), (commune) => {
        const near = finder.nearestCommune(commune.lat, commune.lon)!;
        expect(near.distanceKm).toBe(0);
        expect(near.lat === commune.lat && near.lon === commune.lon).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
