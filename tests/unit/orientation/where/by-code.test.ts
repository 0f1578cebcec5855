import { describe, expect, it } from 'vitest';
import { communeCentresByDepartement } from '../../../../scripts/lib/communes/commune-centres-plugin';
import { readNationalCommunes, readRegionalCommunes } from '../../../../scripts/lib/communes/communes-file';
import { communeByCode } from '../../../../src/orientation/where/by-code';
import { departementOf } from '../../../../src/places/departement';

describe('a commune by its INSEE code, from its département’s chunk', () => {
  it('names the département of every French commune the way the official list does', () => {
    for (const commune of readNationalCommunes()) expect(departementOf(commune.code), commune.code).toBe(commune.departement);
  });

  it('gives every commune of the region its name and centre, as the whole list has them', async () => {
    for (const commune of readRegionalCommunes()) {
      expect(await communeByCode(commune.code)).toEqual({ code: commune.code, nom: commune.nom, lat: commune.lat, lon: commune.lon });
    }
  });

  it('knows no commune for a code nobody bears, nor outside the scope built (the region here)', async () => {
    expect(await communeByCode('37999')).toBeUndefined();
    expect(await communeByCode('')).toBeUndefined();
    expect(await communeByCode('75056')).toBeUndefined();
  });

  it('is split so a link loads a few kilobytes: each département’s chunk holds only its own communes', () => {
    const national = communeCentresByDepartement('france');
    expect(national.size).toBeGreaterThanOrEqual(100);
    const located = readNationalCommunes().filter((commune) => commune.lat !== null && commune.lon !== null);
    expect([...national.values()].reduce((sum, rows) => sum + rows.length, 0)).toBe(located.length);
    for (const [departement, rows] of national) for (const [code] of rows) expect(departementOf(code)).toBe(departement);
    const largest = Math.max(...[...national.values()].map((rows) => JSON.stringify(rows).length));
    expect(largest).toBeLessThan(60_000);
  });
});
