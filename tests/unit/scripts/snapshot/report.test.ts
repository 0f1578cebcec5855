import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../../../scripts/lib/snapshot/build-snapshot';
import { runSnapshot } from '../../../../scripts/lib/snapshot/run-snapshot';
import { fixture, placesFolder, scratchFolder, testEnvironment } from './helpers';

let scratch: ReturnType<typeof scratchFolder>;
beforeEach(() => {
  scratch = scratchFolder();
});
afterEach(() => scratch.cleanup());

async function brokenRun() {
  const placesDirectory = placesFolder(scratch.path, []);
  return buildSnapshot({ placesDirectory, sources: [fixture('broken.csv')] }, testEnvironment());
}

describe('rejection and repair report', () => {
  it('rejects a row missing a required field, naming its file, line and field', async () => {
    const { report, snapshot } = await brokenRun();
    expect(report.entries).toContainEqual({ file: 'broken.csv', line: 'ligne 3 · no-name', field: 'nom', reason: 'champ obligatoire absent', action: 'rejected' });
    expect(snapshot.places.map((place) => place.id)).not.toContain('no-name');
  });

  it('rejects unusable coordinates and an unreadable date', async () => {
    const { report } = await brokenRun();
    const rejected = report.entries.filter((entry) => entry.action === 'rejected').map((entry) => `${entry.line} ${entry.field}`);
    expect(rejected).toEqual(['ligne 3 · no-name nom', 'ligne 6 · zero latitude', 'ligne 8 · bad-date date_maj']);
  });

  it('repairs a row with a value outside the standard’s list: the value goes, the row stays', async () => {
    const { report, snapshot } = await brokenRun();
    expect(report.entries).toContainEqual({
      file: 'broken.csv',
      line: 'ligne 2 · ok-1',
      field: 'publics_specifiquement_adresses',
      reason: '« Retraités » n’est pas une valeur du standard : valeur retirée',
      action: 'repaired',
    });
    expect(snapshot.places.find((place) => place.id === 'ok-1')?.publics_specifiquement_adresses).toEqual(['Jeunes']);
  });

  it('removes a firstname.lastname address without copying it into the report, and puts swapped coordinates back', async () => {
    const { report, snapshot, reportText } = await brokenRun();
    const swapped = snapshot.places.find((place) => place.id === 'swap');
    expect(swapped).toMatchObject({ courriels: ['accueil@mfs-vierzon.fr'], latitude: 47.2369, longitude: 2.0788 });
    expect(report.entries.find((entry) => entry.line === 'ligne 7 · swap' && entry.field === 'courriels')?.reason).toMatch(/^courriel personnel/);
    expect(reportText).not.toContain('marie.durand');
    expect(JSON.stringify(snapshot)).not.toContain('marie.durand');
  });

  it('writes every line to data/reports/snapshot.md with file, line, field, reason, by action', async () => {
    const placesDirectory = placesFolder(scratch.path, []);
    const reportFile = join(scratch.path, 'snapshot.md');
    await runSnapshot({ placesDirectory, sources: [fixture('broken.csv')] }, testEnvironment(), { snapshotFile: join(scratch.path, 'snapshot.json'), reportFile });
    const text = readFileSync(reportFile, 'utf8');
    expect(text).toContain('## Lignes rejetées (3)');
    expect(text).toContain('| broken.csv | ligne 3 · no-name | `nom` | champ obligatoire absent |');
    expect(text).toContain('| broken.csv | ligne 2 · ok-1 | `publics_specifiquement_adresses` | « Retraités » n’est pas une valeur du standard : valeur retirée |');
  });
});
