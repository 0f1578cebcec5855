/**
 * The "Done when" of issue 18, on the real data/places and national files
 * generated from our own export: night 1 is the round trip (our export comes
 * back: nothing changes), night 2 changes 10 places' hours, adds 2 and removes
 * 1, and the snapshot, the diff and the delta say exactly that; a night
 * removing 30 % of the places, or emptying a département, publishes nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFileName, nationalInput } from '../../../../scripts/lib/nightly/paths';
import type { PlaceDecision } from '../../../../scripts/lib/nightly/merge-national';
import { NightRefused, type NightlyPaths } from '../../../../scripts/lib/nightly/run-nightly';
import { applyDelta, snapshotDelta, type SnapshotChanges } from '../../../../scripts/lib/nightly/snapshot-diff';
import { readWithdrawn } from '../../../../scripts/lib/nightly/withdrawn';
import { buildSnapshot } from '../../../../scripts/lib/snapshot/build-snapshot';
import { regionalCommunes } from '../../../../scripts/lib/snapshot/commune-lookup';
import type { Place, Snapshot } from '../../../../src/places/place';
import { scratchFolder, testEnvironment } from '../snapshot/helpers';
import { CENTRE_VAL_DE_LOIRE, filesOf, nationalFile, night, PLACES_DIR, publishedBefore, snapshotWithoutNational, withoutNationalProvenance } from './helpers';

const EXTRACT = extractFileName(CENTRE_VAL_DE_LOIRE);
const NIGHT_2_DATE = '2026-11-30';
const NEW_HOURS = 'Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00';

let scratch: ReturnType<typeof scratchFolder>;
let paths: NightlyPaths;
let snapshot0: Snapshot;
let snapshot1: Snapshot;
let snapshot2: Snapshot;
let night1Places: Place[];
let night2Places: Place[];
let changedIds: string[];
let removedId: string;
let addedPlaces: Place[];
let changes2: SnapshotChanges;
let night1Report: string;
let night1Decisions: PlaceDecision[];

const read = (path: string): string => readFileSync(path, 'utf8');
const parse = (path: string): Snapshot => JSON.parse(read(path)) as Snapshot;
const hubPlaces = new Map((JSON.parse(read(join(PLACES_DIR, 'hub-lo-centre-val-de-loire.json'))) as Place[]).map((place) => [place.id, place]));
const monographCited = (place: Place): boolean => place.complements.provenance.some((entry) => entry.fichier.startsWith('seeds/'));

/** A new place of the national file, at the centre of a commune of the région. */
function newPlace(id: string, nom: string, code: string): Place {
  const commune = regionalCommunes().byCode(code);
  if (!commune || commune.lat === null || commune.lon === null) throw new Error(`commune ${code} missing from the fixture's lookup`);
  return {
    id,
    pivot: '13002603200016',
    nom,
    commune: commune.nom,
    code_postal: commune.codesPostaux[0] ?? '',
    code_insee: commune.code,
    adresse: '2 place de la Mairie',
    latitude: commune.lat,
    longitude: commune.lon,
    typologie: ['RFS'],
    horaires: 'Mo-Fr 08:30-12:30',
    source: 'Cartographie nationale',
    date_maj: NIGHT_2_DATE,
    services: ['Aide aux démarches administratives', 'Maîtrise des outils numériques du quotidien'],
    complements: { provenance: [] },
  };
}

beforeAll(async () => {
  scratch = scratchFolder();
  const local = await snapshotWithoutNational();
  snapshot0 = local.snapshot;
  paths = publishedBefore(scratch.path, local.text);

  // Night 1: our own export comes back as the national file.
  night1Places = snapshot0.places;
  const first = await night(paths, nationalFile(scratch.path, 'national-1.csv', night1Places), '2026-11-29');
  expect(first.status).toBe('published');
  snapshot1 = parse(paths.snapshotFile);
  night1Report = read(paths.snapshotReportFile);
  night1Decisions = first.status === 'published' ? (first.built.nationalDecisions ?? []) : [];

  // Night 2: 10 places change their hours (a newer record that knows nothing of the monographs), 2 open, 1 closes.
  const changing = snapshot1.places.filter((place) => place.id.startsWith('hub-') && monographCited(place) && place.horaires !== NEW_HOURS).slice(0, 10);
  changedIds = changing.map((place) => place.id);
  const closing = snapshot1.places.find((place) => place.id.startsWith('hub-') && !monographCited(place) && !changedIds.includes(place.id));
  removedId = closing?.id ?? '';
  addedPlaces = [newPlace('cn-2026-0001', 'France Services de Valençay', '36228'), newPlace('cn-2026-0002', 'Conseiller numérique de Mer', '41136')];
  night2Places = [
    ...night1Places
      .filter((place) => place.id !== removedId)
      .map((place) => {
        if (!changedIds.includes(place.id)) return place;
        const hub = hubPlaces.get(place.id);
        return { ...place, services: hub?.services ?? [], horaires: NEW_HOURS, date_maj: NIGHT_2_DATE };
      }),
    ...addedPlaces,
  ];
  const second = await night(paths, nationalFile(scratch.path, 'national-2.csv', night2Places), NIGHT_2_DATE);
  expect(second.status).toBe('published');
  snapshot2 = parse(paths.snapshotFile);
  changes2 = JSON.parse(read(paths.changesFile)) as SnapshotChanges;
}, 120_000);

afterAll(() => scratch.cleanup());

describe('night 1: our own standard export, read back as the national file (round trip)', () => {
  it('accepts every row and matches every record to its place by id', () => {
    expect(night1Report).toMatch(new RegExp(`\`${EXTRACT}\`\\s:\\s${snapshot0.places.length} lignes`));
    expect(night1Report).toMatch(/\| lignes rejetées \| 0 \|/);
    expect(night1Decisions).toHaveLength(snapshot0.places.length);
    for (const decision of night1Decisions) expect(decision).toMatchObject({ outcome: 'apparié', rule: 'identifiant', nationalId: decision.id });
    expect(snapshot1.places.length).toBe(snapshot0.places.length);
  });

  it('changes nothing but the provenance: each place now also cites its national record', () => {
    expect(snapshot1.places.map((place) => withoutNationalProvenance(place, EXTRACT))).toEqual(snapshot0.places);
    for (const place of snapshot1.places) expect(place.complements.provenance).toContainEqual({ fichier: EXTRACT, id: place.id, date: place.date_maj });
  });
});

describe('night 2: 10 hours changed, 2 places added, 1 removed', () => {
  it('finds the ten places to change among places the monographs enriched', () => {
    expect(changedIds).toHaveLength(10);
    expect(removedId).not.toBe('');
  });

  it('publishes a snapshot that reflects exactly that', () => {
    expect(snapshot2.places.length).toBe(snapshot1.places.length + 2 - 1);
    const before = new Map(snapshot1.places.map((place) => [place.id, place]));
    const after = new Map(snapshot2.places.map((place) => [place.id, place]));
    expect(after.has(removedId)).toBe(false);
    for (const added of addedPlaces) expect(after.get(added.id)).toMatchObject({ nom: added.nom, horaires: added.horaires, date_maj: NIGHT_2_DATE, complements: { confirme_le: NIGHT_2_DATE } });
    for (const id of changedIds) expect(after.get(id)).toMatchObject({ horaires: NEW_HOURS, date_maj: NIGHT_2_DATE, complements: { confirme_le: NIGHT_2_DATE } });
    const untouched = snapshot2.places.filter((place) => !changedIds.includes(place.id) && !addedPlaces.some((added) => added.id === place.id));
    for (const place of untouched) expect(place).toEqual(before.get(place.id));
  });

  it('keeps the monographs’ additions on the changed places, though the newer national record lacks them', () => {
    const after = new Map(snapshot2.places.map((place) => [place.id, place]));
    let withExtraServices = 0;
    for (const id of changedIds) {
      const old = snapshot1.places.find((place) => place.id === id) as Place;
      const now = after.get(id) as Place;
      expect(now.services).toEqual(old.services);
      if (old.services.length > (hubPlaces.get(id)?.services.length ?? 0)) withExtraServices++;
      // The words that described the old hours go with them; everything else the monographs and the hub gave stays.
      const { provenance: oldProvenance, confirme_le: _old, horaires_texte: _oldText, ...oldExtras } = old.complements;
      const { provenance: newProvenance, confirme_le: _new, horaires_texte: newText, ...newExtras } = now.complements;
      expect(newText).toBeUndefined();
      expect(newExtras).toEqual(oldExtras);
      expect(newProvenance.filter((entry) => entry.fichier.startsWith('seeds/'))).toEqual(oldProvenance.filter((entry) => entry.fichier.startsWith('seeds/')));
      expect(newProvenance.filter((entry) => entry.fichier.startsWith('seeds/')).length).toBeGreaterThan(0);
    }
    // The test means something only if some of those places had services from the monographs alone.
    expect(withExtraServices).toBeGreaterThan(0);
  });

  it('lists the 13 changes in the diff report, with the fields that changed', () => {
    expect(changes2.counts).toEqual({ added: 2, removed: 1, changed: 10 });
    expect(changes2.added.map((place) => place.id).sort()).toEqual(addedPlaces.map((place) => place.id).sort());
    expect(changes2.removed.map((place) => place.id)).toEqual([removedId]);
    expect(changes2.changed.map((place) => place.id).sort()).toEqual([...changedIds].sort());
    for (const place of changes2.changed) {
      expect(place.fields.map((field) => field.field).sort()).toEqual(expect.arrayContaining(['date_maj', 'horaires']));
      expect(place.fields.find((field) => field.field === 'horaires')?.after).toBe(NEW_HOURS);
    }
    const report = read(paths.nightlyReportFile);
    expect(report).toContain('2 ajoutés, 1 retirés, 10 modifiés');
    for (const id of [...changedIds, removedId]) expect(report).toContain(id);
  });

  it('costs at most 5 KB of gzipped JSON delta for a device holding night 1', () => {
    const delta = snapshotDelta(snapshot1, snapshot2);
    expect(applyDelta(snapshot1.places, delta)).toEqual(snapshot2.places);
    const bytes = gzipSync(JSON.stringify(delta), { level: 9 }).length;
    expect(bytes).toBeLessThanOrEqual(5 * 1024);
  });

  it('remembers the withdrawn place, so that `npm run snapshot` rebuilds the same bytes from the repository', async () => {
    expect(readWithdrawn(join(paths.nightlyDirectory, 'withdrawn.json')).map((entry) => entry.id)).toEqual([removedId]);
    const national = nationalInput(paths.nightlyDirectory);
    expect(national?.file).toBe(join(paths.nightlyDirectory, EXTRACT));
    const rebuilt = await buildSnapshot({ placesDirectory: PLACES_DIR, sources: [], ...(national ? { national } : {}) }, testEnvironment());
    expect(rebuilt.text).toBe(read(paths.snapshotFile));
  }, 60_000);

  it('costs nothing when the same file comes again: nothing is written', async () => {
    const before = filesOf(scratch.path);
    const again = await night(paths, nationalFile(scratch.path, 'national-2.csv', night2Places), '2026-12-01');
    expect(again.status).toBe('unchanged');
    expect(filesOf(scratch.path)).toEqual(before);
  }, 60_000);
});

describe('guard rails', () => {
  it('a night removing 30 % of the places publishes nothing and says why', async () => {
    const before = filesOf(scratch.path);
    const kept = night2Places.filter((_, index) => index % 10 >= 3);
    const refused = night(paths, nationalFile(scratch.path, 'national-3.csv', kept), '2026-12-02');
    await expect(refused).rejects.toBeInstanceOf(NightRefused);
    await expect(refused).rejects.toThrow(/night refused, nothing published[\s\S]*lieux retirés: \d+ of \d+ places removed \(3\d(\.\d)? %; at most 10 %/);
    expect(filesOf(scratch.path)).toEqual({ ...before, [join(scratch.path, 'national-3.csv')]: read(join(scratch.path, 'national-3.csv')) });
  }, 60_000);

  it('a night emptying a département publishes nothing, even under the share of removals', async () => {
    const withoutIndre = night2Places.filter((place) => !(place.code_insee ?? '').startsWith('36'));
    expect(night2Places.length - withoutIndre.length).toBeLessThan(night2Places.length * 0.1);
    const refused = night(paths, nationalFile(scratch.path, 'national-4.csv', withoutIndre), '2026-12-02');
    await expect(refused).rejects.toThrow(/no longer has any place in département 36/);
  }, 60_000);

  it('a night whose rows fail validation publishes nothing', async () => {
    const broken = night2Places.map((place, index) => (index % 5 === 0 ? { ...place, latitude: Number.NaN, longitude: Number.NaN } : place));
    const refused = night(paths, nationalFile(scratch.path, 'national-5.csv', broken), '2026-12-02');
    await expect(refused).rejects.toThrow(/validation du fichier national: \d+ of \d+ rows of the région rejected/);
  }, 60_000);
});
