/**
 * `npm run export`: the committed snapshot written back in the standard. Every
 * row must pass the standard's schema.json, and the standard's own package
 * (fromSchemaLieuxDeMediationNumerique) must accept at least 99 % of them.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromSchemaLieuDeMediationNumerique, fromSchemaLieuxDeMediationNumerique, type SchemaLieuMediationNumerique } from '@gouvfr-anct/lieux-de-mediation-numerique';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportFiles } from '../../../../scripts/lib/export/write-export';
import { buildSnapshot } from '../../../../scripts/lib/snapshot/build-snapshot';
import { defaultEnvironment } from '../../../../scripts/lib/snapshot/environment';
import { loadStandardSchema } from '../../../../scripts/lib/snapshot/standard-schema';
import type { Snapshot } from '../../../../src/places/place';
import { REPO_ROOT } from '../../../../scripts/lib/communes/paths';

const ROOT = REPO_ROOT;
const snapshot = JSON.parse(readFileSync(join(ROOT, 'public', 'data', 'snapshot.json'), 'utf8')) as Snapshot;
const files = new Map(exportFiles(snapshot.places).map((file) => [file.name, file.content]));
const REGION = 'lieux-de-mediation-numerique-centre-val-de-loire';
const schema = loadStandardSchema();

function csvRows(name: string): Array<Record<string, string>> {
  const parsed = Papa.parse<Record<string, string>>(files.get(name) ?? '', { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('npm run export', () => {
  it('writes CSV and JSON for the region and each of its six départements, every place in its département once', () => {
    const names = [...files.keys()];
    expect(names).toEqual(expect.arrayContaining([`${REGION}.csv`, `${REGION}.json`, 'lieux-de-mediation-numerique-37-indre-et-loire.csv', 'lieux-de-mediation-numerique-18-cher.json', 'siren.csv']));
    const departementFiles = names.filter((name) => /-\d{2}-[a-z-]+\.csv$/.test(name));
    expect(departementFiles).toHaveLength(6);
    expect(departementFiles.reduce((total, name) => total + csvRows(name).length, 0)).toBe(snapshot.places.length);
    expect(csvRows(`${REGION}.csv`)).toHaveLength(snapshot.places.length);
  });

  it('writes the CSV columns in schema.json’s order, lists joined with "|"', () => {
    const header = (files.get(`${REGION}.csv`) ?? '').split('\n')[0];
    expect(header).toBe(schema.fields.map((field) => field.name).join(','));
    const withTwoServices = snapshot.places.find((place) => place.services.length >= 2);
    const row = csvRows(`${REGION}.csv`).find((candidate) => candidate.id === withTwoServices?.id);
    expect(row?.services).toBe(withTwoServices?.services.join('|'));
  });

  it('has 100 % of its rows valid against the standard’s schema (required fields, patterns, lengths)', () => {
    const rows = csvRows(`${REGION}.csv`);
    const problems: string[] = [];
    for (const row of rows) {
      for (const field of schema.fields) {
        const value = row[field.name] ?? '';
        if (field.required && value === '') problems.push(`${row.id}.${field.name} absent`);
        if (value !== '' && field.pattern && !field.pattern.test(value)) problems.push(`${row.id}.${field.name} = ${value}`);
        if (field.maxLength !== undefined && value.length > field.maxLength) problems.push(`${row.id}.${field.name} too long`);
      }
    }
    expect(problems).toEqual([]);
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
  });

  it('has at least 99 % of its rows accepted by the standard’s package (fromSchemaLieuxDeMediationNumerique)', () => {
    const rows = JSON.parse(files.get(`${REGION}.json`) ?? '[]') as SchemaLieuMediationNumerique[];
    const refused: string[] = [];
    const accepted = rows.filter((row) => {
      try {
        fromSchemaLieuDeMediationNumerique(row);
        return true;
      } catch (error) {
        refused.push(`${row.id}: ${(error as Error).message}`);
        return false;
      }
    });
    expect(accepted.length / rows.length, refused.join('\n')).toBeGreaterThanOrEqual(0.99);
    expect(() => fromSchemaLieuxDeMediationNumerique(accepted)).not.toThrow();
  });

  it('writes a SIREN-only pivot as the standard’s placeholder and keeps the SIREN aside in siren.csv', () => {
    const sirenPlace = snapshot.places.find((place) => /^\d{9}$/.test(place.pivot));
    expect(sirenPlace).toBeDefined();
    const row = csvRows(`${REGION}.csv`).find((candidate) => candidate.id === sirenPlace?.id);
    expect(row?.pivot).toBe('00000000000000');
    expect(csvRows('siren.csv')).toContainEqual({ id: sirenPlace?.id, siren: sirenPlace?.pivot });
    expect(csvRows('siren.csv')).toHaveLength(snapshot.places.filter((place) => /^\d{9}$/.test(place.pivot)).length);
  });

  it('can be read back by Boussole’s own import, every row accepted', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'boussole-export-'));
    try {
      const placesDirectory = join(folder, 'places');
      mkdirSync(placesDirectory);
      const csv = join(folder, `${REGION}.csv`);
      writeFileSync(csv, files.get(`${REGION}.csv`) ?? '');
      const built = await buildSnapshot({ placesDirectory, sources: [csv], generatedAt: '2024-06-01' }, defaultEnvironment());
      expect(built.tallies).toEqual([{ file: `${REGION}.csv`, read: snapshot.places.length, accepted: snapshot.places.length, repaired: expect.any(Number), rejected: 0 }]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 120_000);
});
