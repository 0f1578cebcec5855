import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readNationalCommunes, readRegionalCommunes } from '../../../../scripts/lib/communes/communes-file';
import { CommuneIndex, findCommune, regionalCommuneIndex } from '../../../../scripts/lib/communes/commune-index';
import { areaWeightedCentroid, insidePointOnParallel, isInside } from '../../../../scripts/lib/communes/geometry';
import { loadRegionalOutlines, loadRegionOutline } from '../../../../scripts/lib/communes/outlines';
import { REGIONAL_COMMUNES_FILE } from '../../../../scripts/lib/communes/paths';
import { loadCurrentCommunes } from '../../../../scripts/lib/communes/decoupage';

const regional = readRegionalCommunes();

describe('geometry', () => {
  it('computes the area-weighted centroid of a square with a hole, whatever the winding', () => {
    const outer = [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]];
    const holeClockwise = [[2, 2], [2, 4], [4, 4], [4, 2], [2, 2]];
    const centroid = areaWeightedCentroid([[outer, holeClockwise]]);
    // L-shape of three unit-2 squares: centroid at (5/3, 5/3).
    expect(centroid?.lon).toBeCloseTo(5 / 3, 10);
    expect(centroid?.lat).toBeCloseTo(5 / 3, 10);
    const reversed = areaWeightedCentroid([[[...outer].reverse(), [...holeClockwise].reverse()]]);
    expect(reversed?.lon).toBeCloseTo(5 / 3, 10);
  });

  it('weights separate parts by their area', () => {
    const big = [[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]];
    const small = [[10, 0], [11, 0], [11, 1], [10, 1], [10, 0]];
    const centroid = areaWeightedCentroid([[big], [small]]);
    expect(centroid?.lon).toBeCloseTo((4 * 1 + 1 * 10.5) / 5, 10);
  });

  it('finds a point inside a crescent whose centroid is outside', () => {
    const crescent = [[[0, 0], [3, 0], [3, 3], [0, 3], [0, 2], [2, 2], [2, 1], [0, 1], [0, 0]]];
    const centroid = areaWeightedCentroid([crescent]);
    expect(centroid && isInside(centroid, [crescent])).toBe(false);
    const inside = insidePointOnParallel([crescent], centroid?.lat ?? 0);
    expect(inside && isInside(inside, [crescent])).toBe(true);
  });
});

describe('data/communes/centre-val-de-loire.json', () => {
  it('lists every current commune of the region once, sorted by code', () => {
    const expected = loadCurrentCommunes().filter((commune) => commune.region === '24');
    expect(regional).toHaveLength(expected.length);
    expect(regional.length).toBe(1754);
    const codes = regional.map((commune) => commune.code);
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('places every commune inside its own 2018 outline(s) and inside the region', () => {
    const outlines = loadRegionalOutlines();
    const region = loadRegionOutline();
    const current = new Map(loadCurrentCommunes().map((commune) => [commune.code, commune]));
    for (const commune of regional) {
      const codes = [commune.code, ...(current.get(commune.code)?.anciensCodes ?? [])];
      const polygons = codes.flatMap((code) => outlines.get(code) ?? []);
      const point = { lon: commune.lon ?? NaN, lat: commune.lat ?? NaN };
      expect(isInside(point, polygons), `${commune.code} ${commune.nom}`).toBe(true);
      expect(isInside(point, region), `${commune.code} ${commune.nom} in region`).toBe(true);
    }
  });

  it('gives a commune merged since 2018 a centroid from its old outlines together', () => {
    // Le Controis-en-Sologne (41059) was made in 2019 of Contres, Feings, Fougères-sur-Bièvre, Ouchamps and Thenay.
    const controis = regional.find((commune) => commune.code === '41059');
    expect(controis?.nom).toBe('Le Controis-en-Sologne');
    const outlines = loadRegionalOutlines();
    const together = areaWeightedCentroid(
      ['41059', '41082', '41092', '41170', '41257'].flatMap((code) => outlines.get(code) ?? []),
    );
    const contresOnly = areaWeightedCentroid(outlines.get('41059') ?? []);
    expect(controis?.lat).toBeCloseTo(together?.lat ?? 0, 4);
    expect(controis?.lon).toBeCloseTo(together?.lon ?? 0, 4);
    expect(Math.abs((contresOnly?.lon ?? 0) - (controis?.lon ?? 0))).toBeGreaterThan(0.01);
  });

  it('keeps proper names, postal codes, populations and 5-decimal coordinates', () => {
    const chateauroux = regional.find((commune) => commune.code === '36044');
    expect(chateauroux).toMatchObject({ nom: 'Châteauroux', codesPostaux: ['36000'], departement: '36' });
    expect(chateauroux?.population).toBeGreaterThan(40000);
    for (const commune of regional) {
      for (const value of [commune.lat, commune.lon]) {
        expect(Number((value ?? 0).toFixed(5))).toBe(value);
      }
    }
  });

  it('is written with stable bytes (one commune a line, trailing newline)', () => {
    const text = readFileSync(REGIONAL_COMMUNES_FILE, 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n').filter((line) => line.startsWith('    {"code"'))).toHaveLength(1754);
    expect(JSON.parse(text).source).toMatch(/IGN — Admin Express COG 2018 \(Licence Ouverte\) \+ @etalab\/decoupage-administratif 6\./);
  });
});

describe('data/communes/france.json', () => {
  const national = readNationalCommunes();

  it('lists every current French commune, with the same regional records', () => {
    expect(national).toHaveLength(loadCurrentCommunes().length);
    const byCode = new Map(national.map((commune) => [commune.code, commune]));
    for (const commune of regional) expect(byCode.get(commune.code)).toEqual(commune);
  });

  it('positions every commune of metropolitan France and the DROM', () => {
    const withoutPosition = national.filter((commune) => commune.lat == null);
    expect(withoutPosition.every((commune) => commune.departement.length === 3 && !['971', '972', '973', '974', '976'].includes(commune.departement))).toBe(true);
  });
});

describe('findCommune', () => {
  const index = regionalCommuneIndex();

  it('resolves upper-case, unaccented names within the département', () => {
    expect(index.findCommune('CHATEAUROUX', '36')?.commune.code).toBe('36044');
    expect(index.findCommune('MEZIERES-EN-BRENNE', '36')?.commune.nom).toBe('Mézières-en-Brenne');
  });

  it('resolves "ST" abbreviations and hyphen-less spellings', () => {
    expect(index.findCommune('LYS ST GEORGES', '36')?.commune.nom).toBe('Lys-Saint-Georges');
    expect(index.findCommune('SAINT BENOIT DU SAULT', '36')?.commune.nom).toBe('Saint-Benoît-du-Sault');
  });

  it('does not look outside the département', () => {
    expect(index.findCommune('CHATEAUROUX', '18')).toBeUndefined();
  });

  it('resolves a former commune to the commune it merged into', () => {
    const match = index.findCommune('OUZOUER-LE-MARCHÉ', '41');
    expect(match?.commune.nom).toBe('Beauce la Romaine');
    expect(match?.formerName).toBe('Ouzouer-le-Marché');
  });

  it('searches all of France through the national file', () => {
    expect(findCommune('Cestas', '33')?.commune.code).toBe('33122');
  });

  it('refuses an ambiguous name', () => {
    const twins = new CommuneIndex([
      { code: '99001', nom: 'Twin', codesPostaux: [], population: 1, departement: '99', lat: 0, lon: 0 },
      { code: '99002', nom: 'TWIN', codesPostaux: [], population: 1, departement: '99', lat: 0, lon: 0 },
    ]);
    expect(twins.findCommune('twin', '99')).toBeUndefined();
  });
});
