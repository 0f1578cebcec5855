import { describe, expect, it } from 'vitest';
import type { CommuneLookup } from '../../../../scripts/lib/snapshot/commune-lookup';
import { SnapshotReport } from '../../../../scripts/lib/snapshot/report';
import { loadStandardSchema } from '../../../../scripts/lib/snapshot/standard-schema';
import { validatePlace } from '../../../../scripts/lib/snapshot/validate-place';

const noCommunes: CommuneLookup = { byCode: () => undefined, byName: () => undefined };

function validate(overrides: Record<string, unknown>) {
  const report = new SnapshotReport();
  const row = {
    id: 'x',
    pivot: '123456789',
    nom: 'Espace numérique',
    commune: 'Tours',
    code_postal: '37000',
    adresse: '1 rue Nationale',
    latitude: '47.39',
    longitude: '0.69',
    date_maj: '2023-01-02',
    services: 'Aide aux démarches administratives',
    ...overrides,
  };
  const place = validatePlace(row, { file: 'test.csv', line: 2, id: 'x' }, { schema: loadStandardSchema(), report, communes: noCommunes }, {
    provenance: { fichier: 'test.csv', ligne: 2 },
    source: 'test.csv',
    reportMissingSource: true,
    provenanceExpected: false,
  });
  return { place, reasons: report.entries.map((entry) => `${entry.action} ${entry.field}: ${entry.reason}`) };
}

describe('validatePlace', () => {
  it('turns a clean row into a place with numbers, arrays, a default source and a provenance', () => {
    const { place, reasons } = validate({ source: 'CD 37' });
    expect(place).toEqual({
      id: 'x',
      pivot: '123456789',
      nom: 'Espace numérique',
      commune: 'Tours',
      code_postal: '37000',
      adresse: '1 rue Nationale',
      source: 'CD 37',
      date_maj: '2023-01-02',
      latitude: 47.39,
      longitude: 0.69,
      services: ['Aide aux démarches administratives'],
      complements: { provenance: [{ fichier: 'test.csv', ligne: 2, date: '2023-01-02' }] },
    });
    expect(reasons).toEqual([]);
  });

  it('rewrites what has one certain meaning: a French phone number, a French date, a decimal comma, a misspelt list value', () => {
    const { place, reasons } = validate({ telephone: '02 47 00 00 00', date_maj: '02/01/2023', latitude: '47,39', services: 'aide aux demarches administratives', source: 'CD 37' });
    expect(place).toMatchObject({ telephone: '+33247000000', date_maj: '2023-01-02', latitude: 47.39, services: ['Aide aux démarches administratives'] });
    expect(reasons).toEqual([
      'repaired telephone: « 02 47 00 00 00 » réécrit au format international « +33247000000 »',
      'repaired date_maj: « 02/01/2023 » réécrit « 2023-01-02 »',
      'repaired services: « aide aux demarches administratives » écrit comme le standard : « Aide aux démarches administratives »',
      'repaired latitude: virgule décimale lue comme un point',
    ]);
  });

  it('keeps hours it cannot read as OSM in complements.horaires_texte, and moves a long summary to the detail', () => {
    const { place, reasons } = validate({ horaires: 'le mardi matin', presentation_resume: 'x'.repeat(300), source: 'CD 37' });
    expect(place?.horaires).toBeUndefined();
    expect(place?.complements.horaires_texte).toBe('le mardi matin');
    expect(place?.presentation_resume).toBeUndefined();
    expect(place?.presentation_detail).toBe('x'.repeat(300));
    expect(reasons.map((reason) => reason.split(':')[0])).toEqual(['repaired horaires', 'repaired presentation_resume']);
  });

  it('drops optional values breaking a pattern, keeps the row; rejects on a broken required value', () => {
    const repaired = validate({ code_insee: '3726', site_web: 'pas une url|https://tours.fr', source: 'CD 37' });
    expect(repaired.place).toMatchObject({ site_web: ['https://tours.fr'] });
    expect(repaired.place?.code_insee).toBeUndefined();
    expect(repaired.reasons).toHaveLength(2);
    const rejected = validate({ code_postal: '3700', source: 'CD 37' });
    expect(rejected.place).toBeUndefined();
    expect(rejected.reasons).toEqual(['rejected code_postal: « 3700 » ne suit pas le motif du standard']);
  });

  it('replaces a personal address written in free text, and rejects coordinates outside France', () => {
    const { place } = validate({ presentation_detail: 'Écrire à jean.martin@gmail.com ou contact@tours.fr', source: 'CD 37' });
    expect(place?.presentation_detail).toBe('Écrire à [courriel retiré] ou contact@tours.fr');
    expect(validate({ latitude: 40.7, longitude: -74, source: 'CD 37' }).reasons).toEqual(['rejected latitude: coordonnées hors de France (40.7, -74)']);
  });
});
