/**
 * A field of 1 MB without spaces (a pasted blob, an attack) must not hang the
 * import: every cell is cut before any pattern reads it, and the patterns that
 * do read free text are linear. This proves it completes; the time is measured
 * by scripts/measure-long-field.ts, not asserted here.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../../../scripts/lib/snapshot/build-snapshot';
import { defaultEnvironment } from '../../../../scripts/lib/snapshot/environment';

describe('a 1 MB field', () => {
  it('is imported, cut and reported, in every text field at once', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'boussole-long-'));
    try {
      const blob = `${'a'.repeat(500_000)}@${'b.'.repeat(250_000)}`;
      const row = {
        id: 'long-1',
        pivot: '21370261800016',
        nom: `Médiathèque ${blob}`,
        commune: 'Tours',
        code_postal: '37000',
        adresse: blob,
        latitude: 47.39,
        longitude: 0.69,
        date_maj: '2024-01-02',
        horaires: `Mo ${blob}`,
        presentation_detail: blob,
        courriels: blob,
        site_web: `https://${blob}`,
        telephone: blob,
      };
      const file = join(folder, 'long.json');
      const placesDirectory = join(folder, 'places');
      mkdirSync(placesDirectory);
      writeFileSync(file, JSON.stringify([row]));
      const built = await buildSnapshot({ placesDirectory, sources: [file], generatedAt: '2024-06-01' }, defaultEnvironment());
      const place = built.snapshot.places.find((candidate) => candidate.id === 'long-1');
      expect(place?.nom.length).toBeLessThanOrEqual(500);
      expect(place?.presentation_detail?.length).toBeLessThanOrEqual(4000);
      expect(built.report.entries.filter((entry) => entry.reason.includes('coupé à')).map((entry) => entry.field)).toEqual(
        expect.arrayContaining(['nom', 'adresse', 'horaires', 'presentation_detail', 'courriels', 'site_web', 'telephone']),
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 30_000);
});
