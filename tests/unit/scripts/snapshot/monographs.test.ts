import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../../../scripts/lib/snapshot/build-snapshot';
import { MONOGRAPH_SOURCE } from '../../../../scripts/lib/snapshot/monographs';
import type { Place } from '../../../../src/places/place';
import { placesFolder, scratchFolder, testEnvironment } from './helpers';

let scratch: ReturnType<typeof scratchFolder>;
beforeEach(() => {
  scratch = scratchFolder();
});
afterEach(() => scratch.cleanup());

async function withMonographs() {
  const placesDirectory = placesFolder(scratch.path, ['places/hub-sample.json', 'monographies.json']);
  const built = await buildSnapshot({ placesDirectory, sources: [] }, testEnvironment());
  return { ...built, byId: new Map<string, Place>(built.snapshot.places.map((place) => [place.id, place])) };
}

describe('monograph records', () => {
  it('enrich their hub place: lists joined, gaps filled, hub values kept, notes added, provenance appended', async () => {
    const { byId, report } = await withMonographs();
    expect(byId.get('hub-1')).toMatchObject({
      nom: 'La Fabrique 18',
      services: ['Accès internet et matériel informatique', 'Aide aux démarches administratives'],
      publics_specifiquement_adresses: ['Seniors'],
      complements: {
        acces_pmr: true,
        wifi_gratuit: true,
        notes: ['Fablab ouvert aux adhérents.', 'Ateliers seniors le mardi.'],
        provenance: [
          { fichier: 'hub-lo-centre-val-de-loire-2020.json', id: '1', date: '2020-06-30' },
          { fichier: 'seeds/004_b43770cd18bf4e91.txt', ligne: 120, date: '2021-03' },
        ],
      },
    });
    expect(report.entries).toContainEqual({ file: 'monographies.json', line: '#0 · t-12', field: 'hub_gid', reason: 'fusionné dans hub-1 « La Fabrique 18 »', action: 'merged' });
  });

  it('add a place of their own at the commune’s centre when no hub place matches', async () => {
    const { byId, report } = await withMonographs();
    expect(byId.get('mono-ch-3')).toEqual({
      id: 'mono-ch-3',
      pivot: '00000000000000',
      nom: 'Espace numérique de Bourgueil',
      commune: 'Bourgueil',
      code_postal: '37140',
      code_insee: '37031',
      adresse: 'Bourgueil',
      latitude: 47.30958,
      longitude: 0.17472,
      typologie: ['MUNI'],
      source: MONOGRAPH_SOURCE,
      date_maj: '2020-12-01',
      services: ['Maîtrise des outils numériques du quotidien'],
      // A month-only citation confirms nothing to the day: the place is confirmed as of its date_maj.
      complements: { provenance: [{ fichier: 'seeds/002_76673df63d24a798.txt', ligne: 200, date: '2020-12' }], confirme_le: '2020-12-01', position_approximative: true },
    });
    expect(report.entries).toContainEqual(expect.objectContaining({ line: '#1 · ch-3', field: 'adresse', action: 'repaired' }));
  });

  it('report, not drop silently, a record whose commune cannot be found or is ambiguous', async () => {
    const { byId, report, snapshot } = await withMonographs();
    expect(byId.has('mono-b-9')).toBe(false);
    expect(report.entries).toContainEqual({ file: 'monographies.json', line: '#2 · b-9', field: 'commune', reason: 'commune inconnue dans la monographie', action: 'rejected' });
    expect(report.entries).toContainEqual(expect.objectContaining({ line: '#4 · s-1', field: 'commune', action: 'rejected', reason: expect.stringMatching(/ambiguë/) }));
    expect(snapshot.counts).toMatchObject({ monographies_fusionnees: 1, monographies_ajoutees: 2, monographies_rejetees: 2 });
  });

  it('drop a value outside the standard’s lists and say so', async () => {
    const { byId, report } = await withMonographs();
    expect(byId.get('mono-b-10')?.services).toEqual(['Aide aux démarches administratives']);
    expect(byId.get('mono-b-10')?.date_maj).toBe('2021-03-15');
    expect(report.entries).toContainEqual(expect.objectContaining({ line: '#3 · b-10', field: 'services', action: 'repaired' }));
  });
});
