import { describe, expect, it } from 'vitest';
import { deduplicate, type Candidate } from '../../../../scripts/lib/snapshot/dedupe';
import { SnapshotReport } from '../../../../scripts/lib/snapshot/report';
import type { Place } from '../../../../src/places/place';
import { makePlace } from '../../fixtures/place';

function candidate(place: Place, origin: string, index = 0): Candidate {
  return { place, origin, ref: { file: origin, index, id: place.id } };
}

const hubLibrary = makePlace({
  id: 'hub-2',
  nom: 'Médiathèque de Chinon',
  commune: 'Chinon',
  code_insee: '37072',
  latitude: 47.1669,
  longitude: 0.2421,
  typologie: ['BIB'],
  courriels: ['mediatheque@ville-chinon.fr'],
  services: ['Aide aux démarches administratives'],
  complements: { provenance: [{ fichier: 'hub.json', id: '2', date: '2020-07-01' }], horaires_texte: 'Mardi après-midi' },
});

describe('deduplicate', () => {
  it('merges the same place from two sources into the richest record, filling its gaps and merging provenance', () => {
    const other = makePlace({
      id: 'cvl-77',
      nom: 'MEDIATHEQUE DE CHINON',
      commune: 'Chinon',
      code_insee: undefined,
      latitude: 47.1672,
      longitude: 0.2425,
      telephone: '+33247930000',
      services: ['Loisirs et créations numériques'],
      complements: { provenance: [{ fichier: 'cd37.json', id: 'cvl-77', date: '2023-09-01' }] },
    });
    const report = new SnapshotReport();
    const { places } = deduplicate([candidate(hubLibrary, 'hub.json'), candidate(other, 'cd37.json')], report);
    expect(places).toHaveLength(1);
    expect(places[0]).toMatchObject({
      id: 'hub-2',
      telephone: '+33247930000',
      services: ['Aide aux démarches administratives'],
      complements: { provenance: [{ fichier: 'hub.json', id: '2', date: '2020-07-01' }, { fichier: 'cd37.json', id: 'cvl-77', date: '2023-09-01' }] },
    });
    expect(report.entries).toEqual([
      { file: 'cd37.json', line: '#0 · cvl-77', field: 'id', reason: 'doublon de hub-2 « Médiathèque de Chinon » (même nom, à 45 m) : fusionné', action: 'merged' },
    ]);
  });

  it('merges the same name in the same commune (INSEE code) even far apart, taking the precise position over an approximate one', () => {
    const approximate = makePlace({
      id: 'mono-ch-1',
      nom: 'Médiathèque de Chinon',
      code_insee: '37072',
      adresse: 'Chinon',
      latitude: 47.17208,
      longitude: 0.24509,
      services: ['Aide aux démarches administratives'],
      typologie: ['BIB'],
      courriels: ['mediatheque@ville-chinon.fr'],
      telephone: '+33247930000',
      presentation_resume: 'Ateliers numériques.',
      complements: { provenance: [{ fichier: 'seeds/002.txt', ligne: 12, date: '2020-12' }], position_approximative: true, notes: ['Ateliers le samedi.'], bassin_de_vie: 'Chinon' },
    });
    const report = new SnapshotReport();
    const { places, absorbedInto } = deduplicate([candidate(hubLibrary, 'hub.json'), candidate(approximate, 'monographies.json')], report);
    expect(places).toHaveLength(1);
    const [merged] = places;
    expect(merged?.id).toBe('mono-ch-1');
    expect(merged).toMatchObject({ latitude: 47.1669, longitude: 0.2421, adresse: '1 rue de la Paix' });
    expect(merged?.complements.position_approximative).toBeUndefined();
    expect(merged?.complements.provenance).toHaveLength(2);
    expect(absorbedInto.get('hub-2')).toBe('mono-ch-1');
    expect(report.entries[0]?.reason).toMatch(/même nom, même code INSEE/);
  });

  it('merges records sharing an id in one file or one position, and leaves alone same names far apart or within one source', () => {
    const report = new SnapshotReport();
    const elsewhere = makePlace({ id: 'x-1', nom: 'Médiathèque de Chinon', code_insee: '37261', latitude: 47.39, longitude: 0.69 });
    const sameFileTwin = makePlace({ id: 'hub-9', nom: 'Médiathèque de Chinon', code_insee: '37072', latitude: 47.1669, longitude: 0.2421 });
    const repeatedRow = makePlace({ id: 'hub-2', nom: 'Médiathèque' });
    const samePosition = makePlace({ id: 'hub-2', nom: 'Bibliothèque municipale', latitude: 47.1669, longitude: 0.2421 });
    const { places } = deduplicate(
      [candidate(hubLibrary, 'hub.json', 0), candidate(sameFileTwin, 'hub.json', 1), candidate(repeatedRow, 'hub.json', 2), candidate(elsewhere, 'other.json'), candidate(samePosition, 'other.json', 1)],
      report,
    );
    expect(places.map((place) => place.id).sort()).toEqual(['hub-2', 'hub-9', 'x-1']);
    expect(report.entries.map((entry) => `${entry.line}: ${entry.reason}`)).toEqual([
      '#2 · hub-2: doublon de hub-2 « Médiathèque de Chinon » (même identifiant) : fusionné',
      '#1 · hub-2: doublon de hub-2 « Médiathèque de Chinon » (même identifiant) : fusionné',
    ]);
  });

  it('keeps two different places that reuse one local id in two files, renaming the second', () => {
    const report = new SnapshotReport();
    const reims = makePlace({ id: 'structure-1', nom: 'Anonymal', commune: 'Reims', code_insee: '51454', latitude: 49.25, longitude: 4.03 });
    const tours = makePlace({ id: 'structure-1', nom: 'Cyber-espace', commune: 'Tours', code_insee: '37261' });
    const { places } = deduplicate([candidate(reims, 'exemple-valide.csv'), candidate(tours, 'cd37-lieux.csv')], report);
    expect(places.map((place) => [place.id, place.nom])).toEqual([
      ['structure-1', 'Anonymal'],
      ['cd37-lieux:structure-1', 'Cyber-espace'],
    ]);
    expect(report.entries).toEqual([
      {
        file: 'cd37-lieux.csv',
        line: '#0 · structure-1',
        field: 'id',
        reason: 'identifiant déjà pris par « Anonymal » (exemple-valide.csv) : renommé « cd37-lieux:structure-1 »',
        action: 'repaired',
      },
    ]);
  });
});
