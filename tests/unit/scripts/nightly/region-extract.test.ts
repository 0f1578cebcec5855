/** The région's records of the national file, by département, whatever the région setting. */
import { describe, expect, it } from 'vitest';
import { extractRegion } from '../../../../scripts/lib/nightly/region-extract';
import { readSettings, regionOf } from '../../../../scripts/lib/nightly/settings';
import { readCsv } from '../../../../scripts/lib/snapshot/read-csv';

const NATIONAL = [
  'id,nom,code_postal,code_insee,horaires',
  'b,Bourges,18000,18033,"Mo 09:00-12:00"',
  'a,Tours sans code INSEE,37000,,',
  'c,Lyon,69001,69381,',
  'd,Ajaccio,20000,2A004,',
  'e,Nulle part,,,',
  'f,Bastia,20200,,',
].join('\n');

describe('the région’s extract of the national file', () => {
  it('keeps Centre-Val de Loire’s records by INSEE code, else postal code, sorted by id, cells untouched', () => {
    const extract = extractRegion(NATIONAL, 'national.csv', regionOf('24'));
    expect(extract.ids).toEqual(['a', 'b']);
    expect(extract.byDepartement).toEqual({ '18': 1, '28': 0, '36': 0, '37': 1, '41': 0, '45': 0 });
    expect(extract).toMatchObject({ nationalRows: 6, unplaced: 1, malformed: 0 });
    const rows = readCsv(extract.text, 'extract.csv').rows.map(({ row }) => row);
    expect(rows[1]).toEqual({ id: 'b', nom: 'Bourges', code_postal: '18000', code_insee: '18033', horaires: 'Mo 09:00-12:00' });
  });

  it('is one setting away from another région (Corsica: 2A/2B, from either code)', () => {
    const corsica = regionOf('94');
    expect(corsica).toMatchObject({ nom: 'Corse', departements: ['2A', '2B'] });
    expect(extractRegion(NATIONAL, 'national.csv', corsica).ids).toEqual(['d', 'f']);
  });

  it('reads its settings from the environment, with the documented defaults', () => {
    expect(readSettings({ NIGHTLY_SOURCE_URL: 'https://example.test/a.csv' })).toEqual({
      source: 'https://example.test/a.csv',
      region: { code: '24', nom: 'Centre-Val de Loire', departements: ['18', '28', '36', '37', '41', '45'] },
      maxRemovedShare: 0.1,
    });
    expect(() => readSettings({})).toThrow(/NIGHTLY_SOURCE_URL is not set/);
    expect(() => readSettings({ NIGHTLY_SOURCE_URL: 'x', NIGHTLY_REGION: '99' })).toThrow(/not an INSEE région code/);
    expect(() => readSettings({ NIGHTLY_SOURCE_URL: 'x', NIGHTLY_MAX_REMOVED_SHARE: '10' })).toThrow(/between 0 and 1/);
  });

  it('refuses a file that is not the standard’s CSV, and reads headers whatever their case', () => {
    expect(() => extractRegion('name;city\nA;B\n', 'other.csv', regionOf('24'))).toThrow(/not a CSV of the standard/);
    expect(() => extractRegion('id,nom,commune\na,B,Tours\n', 'other.csv', regionOf('24'))).toThrow(/no "code_insee or code_postal" column/);
    expect(extractRegion('ID,Nom,Code_INSEE\nz,Tours,37261\n', 'caps.csv', regionOf('24')).ids).toEqual(['z']);
  });
});
