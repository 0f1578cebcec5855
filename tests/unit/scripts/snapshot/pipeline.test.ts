import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../../../scripts/lib/snapshot/build-snapshot';
import { runSnapshot } from '../../../../scripts/lib/snapshot/run-snapshot';
import { checkSnapshot } from '../../../../src/places/snapshot-check';
import { snapshotVersion } from '../../../../src/places/snapshot-version';
import { STANDARD_EXAMPLE_CSV, fixture, placesFolder, scratchFolder, testEnvironment } from './helpers';
import { REPO_ROOT } from '../../../../scripts/lib/communes/paths';

let scratch: ReturnType<typeof scratchFolder>;
beforeEach(() => {
  scratch = scratchFolder();
});
afterEach(() => scratch.cleanup());

const allSources = () => [STANDARD_EXAMPLE_CSV, fixture('legacy-v0.1.csv'), fixture('broken.csv'), fixture('duplicate-chinon.json')];

describe('snapshot pipeline', () => {
  it('gives the same bytes, snapshot and report, when run twice on the same input', async () => {
    const placesDirectory = placesFolder(scratch.path, ['places/hub-sample.json', 'monographies.json']);
    const outputs = (run: string) => ({ snapshotFile: join(scratch.path, run, 'snapshot.json'), reportFile: join(scratch.path, run, 'snapshot.md') });
    await runSnapshot({ placesDirectory, sources: allSources() }, testEnvironment(), outputs('first'));
    await runSnapshot({ placesDirectory, sources: allSources() }, testEnvironment(), outputs('second'));
    expect(readFileSync(outputs('second').snapshotFile)).toEqual(readFileSync(outputs('first').snapshotFile));
    expect(readFileSync(outputs('second').reportFile)).toEqual(readFileSync(outputs('first').reportFile));
  });

  it('writes a version that is the hash of its places, and a file the app accepts', async () => {
    const placesDirectory = placesFolder(scratch.path, ['places/hub-sample.json', 'monographies.json']);
    const built = await buildSnapshot({ placesDirectory, sources: allSources() }, testEnvironment());
    const parsed = JSON.parse(built.text) as typeof built.snapshot;
    expect(parsed.version).toBe(await snapshotVersion(parsed.places));
    const checked = await checkSnapshot(built.text);
    expect(checked.ok).toBe(true);
  });

  it('sorts places by id, orders keys as the standard does, and writes nothing empty', async () => {
    const placesDirectory = placesFolder(scratch.path, ['places/hub-sample.json']);
    const built = await buildSnapshot({ placesDirectory, sources: [STANDARD_EXAMPLE_CSV] }, testEnvironment());
    const ids = built.snapshot.places.map((place) => place.id);
    expect(ids).toEqual([...ids].sort());
    expect(Object.keys(built.snapshot.places.find((place) => place.id === 'structure-1')!).slice(0, 8)).toEqual([
      'id', 'pivot', 'nom', 'commune', 'code_postal', 'code_insee', 'adresse', 'complement_adresse',
    ]);
    expect(built.text).not.toMatch(/:""|:\[\]|:null/);
    // Compact places, one a line: no indentation.
    expect(built.text.split('\n')[1]).toMatch(/^\{"id":"hub-1","pivot"/);
  });

  it('dates the snapshot from --generated-at, SOURCE_DATE_EPOCH, or else its most recent date_maj', async () => {
    const placesDirectory = placesFolder(scratch.path, ['places/hub-sample.json']);
    const build = (extra: { generatedAt?: string; sourceDateEpoch?: string }) => buildSnapshot({ placesDirectory, sources: [], ...extra }, testEnvironment());
    expect((await build({})).snapshot.generated_at).toBe('2020-07-01');
    expect((await build({ sourceDateEpoch: '1700000000' })).snapshot.generated_at).toBe('2023-11-14T22:13:20.000Z');
    expect((await build({ generatedAt: '2024-05-06', sourceDateEpoch: '1700000000' })).snapshot.generated_at).toBe('2024-05-06');
    await expect(build({ generatedAt: 'yesterday' })).rejects.toThrow(/not an ISO date/);
  });

  it('counts places, communes, sources, hours, approximate positions and monograph outcomes', async () => {
    const placesDirectory = placesFolder(scratch.path, ['places/hub-sample.json', 'monographies.json']);
    const { counts } = (await buildSnapshot({ placesDirectory, sources: [] }, testEnvironment())).snapshot;
    expect(counts).toMatchObject({
      places: 5,
      communes: 5,
      horaires_osm: 1,
      horaires_texte_seul: 1,
      positions_approximatives: 2,
      monographies_fusionnees: 1,
      monographies_ajoutees: 2,
      monographies_rejetees: 2,
      hors_region: 0,
      'source:Hub Lo — échantillon de test': 3,
      'source:Monographies « Médiation numérique pour tous » (Région Centre-Val de Loire)': 2,
    });
  });

  it('keeps the regional snapshot of the committed data under 80 KB gzipped', async () => {
    const built = await buildSnapshot({ placesDirectory: join(REPO_ROOT, 'data', 'places'), sources: [] }, testEnvironment());
    expect(built.snapshot.places.length).toBeGreaterThanOrEqual(426);
    expect(built.facts.gzipBytes).toBeLessThanOrEqual(80 * 1024);
  });
});
