/**
 * The merge rules, one by one, on hand-made records: how a national record
 * finds its local place, which value wins, and what local repairs survive.
 */
import { describe, expect, it } from 'vitest';
import { mergeNational, mergePair, nationalOnly } from '../../../../scripts/lib/nightly/merge-national';
import type { CommuneRecord } from '../../../../scripts/lib/communes/commune-record';
import type { CommuneLookup } from '../../../../scripts/lib/snapshot/commune-lookup';
import type { Candidate } from '../../../../scripts/lib/snapshot/dedupe';
import { SnapshotReport } from '../../../../scripts/lib/snapshot/report';
import type { Place } from '../../../../src/places/place';

const NATIONAL = 'cartographie-nationale-centre-val-de-loire.csv';
const COMMUNES: Record<string, CommuneRecord> = {
  '18033': { code: '18033', nom: 'Bourges', codesPostaux: ['18000'], population: 64000, departement: '18', lat: 47.08, lon: 2.4 },
  '37261': { code: '37261', nom: 'Tours', codesPostaux: ['37000'], population: 136000, departement: '37', lat: 47.39, lon: 0.69 },
};
const communes: CommuneLookup = { byCode: (code) => COMMUNES[code], byName: () => undefined };

function place(overrides: Partial<Place> & { id: string }): Place {
  return {
    pivot: '434806402',
    nom: 'Médiathèque de Bourges',
    commune: 'Bourges',
    code_postal: '18000',
    code_insee: '18033',
    adresse: '1 boulevard Lamarck',
    latitude: 47.0812,
    longitude: 2.3987,
    source: 'Hub Lo',
    date_maj: '2020-06-30',
    services: ['Accès internet et matériel informatique'],
    complements: { provenance: [{ fichier: 'hub-lo-centre-val-de-loire-2020.json', id: '1', date: '2020-06-30' }] },
    ...overrides,
  };
}

const candidate = (value: Place, origin: string): Candidate => ({ place: value, ref: { file: origin, id: value.id }, origin });
const local = (overrides: Partial<Place> & { id: string }): Candidate => candidate(place(overrides), 'hub-lo-centre-val-de-loire.json');
const national = (overrides: Partial<Place> & { id: string }): Candidate =>
  candidate(place({ source: 'Cartographie nationale', date_maj: '2026-10-01', complements: { provenance: [] }, ...overrides }), NATIONAL);

function merge(locals: Candidate[], nationals: Candidate[], withdrawn: string[] = []) {
  return mergeNational(locals, nationals, { nationalFile: NATIONAL, withdrawn: new Set(withdrawn), communes, report: new SnapshotReport() });
}

describe('matching a national record to a local place', () => {
  it('by id first, keeping the local id', () => {
    const result = merge([local({ id: 'hub-1' })], [national({ id: 'hub-1', nom: 'Autre nom' })]);
    expect(result.decisions[0]).toMatchObject({ id: 'hub-1', outcome: 'apparié', rule: 'identifiant' });
    expect(result.unmatched).toEqual([]);
  });

  it('by pivot within the commune (a SIRET meets the SIREN it starts with)', () => {
    const result = merge([local({ id: 'hub-1' })], [national({ id: 'cn-77', pivot: '43480640200017', nom: 'Médiathèque Georges Sand' })]);
    expect(result.decisions[0]).toMatchObject({ id: 'hub-1', nationalId: 'cn-77', rule: 'pivot' });
    expect(result.candidates[0]?.place.pivot).toBe('43480640200017');
  });

  it('not by a pivot several places of the commune share (a town hall running two sites)', () => {
    const result = merge(
      [local({ id: 'hub-1' }), local({ id: 'hub-2', nom: 'EPN des Gibjoncs', adresse: '5 rue Gibjoncs' })],
      [national({ id: 'cn-77', nom: 'Point numérique', adresse: '9 rue Moyenne' })],
    );
    expect(result.decisions.filter((decision) => decision.outcome === 'apparié')).toEqual([]);
    expect(result.unmatched.map((entry) => entry.place.id)).toEqual(['cn-77']);
  });

  it('by name and address within the commune, whatever the case and accents', () => {
    const result = merge([local({ id: 'hub-1', pivot: '00000000000000' })], [national({ id: 'cn-9', pivot: '00000000000000', nom: 'MEDIATHEQUE DE BOURGES', adresse: '1 Boulevard Lamarck' })]);
    expect(result.decisions[0]).toMatchObject({ id: 'hub-1', nationalId: 'cn-9', rule: 'nom et adresse' });
  });

  it('by a name unique in the commune on both sides when the address is written differently', () => {
    const result = merge([local({ id: 'hub-1', pivot: '00000000000000' })], [national({ id: 'cn-9', pivot: '00000000000000', adresse: '1 bd Lamarck' })]);
    expect(result.decisions[0]).toMatchObject({ id: 'hub-1', nationalId: 'cn-9', rule: 'nom dans la commune' });
    const twice = merge(
      [local({ id: 'hub-1', pivot: '00000000000000' }), local({ id: 'hub-2', pivot: '00000000000000', adresse: '3 rue Mirebeau' })],
      [national({ id: 'cn-9', pivot: '00000000000000', adresse: '1 bd Lamarck' })],
    );
    expect(twice.unmatched).toHaveLength(1);
  });

  it('never across communes', () => {
    const result = merge([local({ id: 'hub-1', pivot: '00000000000000' })], [national({ id: 'cn-9', pivot: '00000000000000', commune: 'Tours', code_insee: '37261', code_postal: '37000' })]);
    expect(result.unmatched).toHaveLength(1);
    expect(nationalOnly(result.unmatched, NATIONAL).candidates[0]?.place.complements.provenance).toEqual([{ fichier: NATIONAL, id: 'cn-9', date: '2026-10-01' }]);
  });

  it('leaves out a withdrawn local place, unless a national record matches it again', () => {
    const gone = merge([local({ id: 'hub-1' })], [], ['hub-1']);
    expect(gone.candidates).toEqual([]);
    expect(gone.decisions).toEqual([{ id: 'hub-1', nom: 'Médiathèque de Bourges', outcome: 'retiré', fields: [] }]);
    const back = merge([local({ id: 'hub-1' })], [national({ id: 'hub-1' })], ['hub-1']);
    expect(back.candidates).toHaveLength(1);
  });
});

describe('merging a matched pair', () => {
  it('takes the newer record’s value field by field and says why', () => {
    const { place: merged, fields } = mergePair(place({ id: 'hub-1', telephone: '+33248000000' }), national({ id: 'hub-1', telephone: '+33248111111' }).place, NATIONAL, communes);
    expect(merged.telephone).toBe('+33248111111');
    expect(merged.date_maj).toBe('2026-10-01');
    expect(fields).toContainEqual({ field: 'telephone', kept: 'national', why: 'national plus récent (2026-10-01 > 2020-06-30)', local: '+33248000000', national: '+33248111111' });
  });

  it('keeps the local value when the local record is newer, and fills a gap from either side', () => {
    const { place: merged, fields } = mergePair(
      place({ id: 'hub-1', date_maj: '2026-11-01', telephone: '+33248000000' }),
      national({ id: 'hub-1', telephone: '+33248111111', site_web: ['https://bourges.fr/mediatheque'] }).place,
      NATIONAL,
      communes,
    );
    expect(merged).toMatchObject({ telephone: '+33248000000', site_web: ['https://bourges.fr/mediatheque'], date_maj: '2026-11-01' });
    expect(fields.map((field) => [field.field, field.kept])).toEqual(expect.arrayContaining([['telephone', 'local'], ['site_web', 'national']]));
  });

  it('never lets the placeholder pivot replace a real one', () => {
    const { place: merged } = mergePair(place({ id: 'hub-1' }), national({ id: 'hub-1', pivot: '00000000000000' }).place, NATIONAL, communes);
    expect(merged.pivot).toBe('434806402');
  });

  it('keeps a repaired position while the national record still gives the far-off one', () => {
    const repaired = place({ id: 'hub-1', latitude: 47.08, longitude: 2.4, complements: { provenance: [], position_approximative: true } });
    const { place: merged, fields } = mergePair(repaired, national({ id: 'hub-1', latitude: 43.6, longitude: 1.44 }).place, NATIONAL, communes);
    expect([merged.latitude, merged.longitude]).toEqual([47.08, 2.4]);
    expect(merged.complements.position_approximative).toBe(true);
    expect(fields).toContainEqual(expect.objectContaining({ field: 'position', kept: 'local', why: expect.stringMatching(/km du centre de Bourges/) }));
  });

  it('takes a precise national position over the commune’s centre', () => {
    const approximate = place({ id: 'hub-1', latitude: 47.08, longitude: 2.4, date_maj: '2026-11-01', complements: { provenance: [], position_approximative: true } });
    const { place: merged } = mergePair(approximate, national({ id: 'hub-1', latitude: 47.0905, longitude: 2.3952 }).place, NATIONAL, communes);
    expect([merged.latitude, merged.longitude]).toEqual([47.0905, 2.3952]);
    expect(merged.complements.position_approximative).toBeUndefined();
  });

  it('keeps converted hours while the national record gives the same words, and takes new hours when it changes them', () => {
    const converted = place({ id: 'hub-1', horaires: 'Tu-Sa 10:00-18:00', complements: { provenance: [], horaires_texte: 'Du mardi au samedi, 10h - 18h' } });
    const same = mergePair(converted, national({ id: 'hub-1', complements: { provenance: [], horaires_texte: 'Du mardi au  samedi, 10h - 18h' } }).place, NATIONAL, communes);
    expect(same.place.horaires).toBe('Tu-Sa 10:00-18:00');
    expect(same.fields).toContainEqual(expect.objectContaining({ field: 'horaires', kept: 'local' }));
    const changed = mergePair(converted, national({ id: 'hub-1', horaires: 'Mo-Fr 09:00-12:00' }).place, NATIONAL, communes);
    expect(changed.place.horaires).toBe('Mo-Fr 09:00-12:00');
    expect(changed.place.complements.horaires_texte).toBeUndefined();
    const newWords = mergePair(converted, national({ id: 'hub-1', complements: { provenance: [], horaires_texte: 'Fermé pour travaux jusqu’en mars' } }).place, NATIONAL, communes);
    expect(newWords.place.horaires).toBeUndefined();
    expect(newWords.place.complements.horaires_texte).toBe('Fermé pour travaux jusqu’en mars');
  });

  it('fills OSM hours the local record could only give in words, when the national record is as recent', () => {
    const words = place({ id: 'hub-1', complements: { provenance: [], horaires_texte: 'le matin en semaine' } });
    const { place: merged } = mergePair(words, national({ id: 'hub-1', date_maj: '2020-06-30', horaires: 'Mo-Fr 09:00-12:00' }).place, NATIONAL, communes);
    expect(merged.horaires).toBe('Mo-Fr 09:00-12:00');
    expect(merged.complements.horaires_texte).toBe('le matin en semaine');
  });

  it('adds the national record to the provenance, without a line number that moves every night', () => {
    const { place: merged } = mergePair(place({ id: 'hub-1' }), national({ id: 'cn-1' }).place, NATIONAL, communes);
    expect(merged.complements.provenance).toEqual([
      { fichier: 'hub-lo-centre-val-de-loire-2020.json', id: '1', date: '2020-06-30' },
      { fichier: NATIONAL, id: 'cn-1', date: '2026-10-01' },
    ]);
  });
});
