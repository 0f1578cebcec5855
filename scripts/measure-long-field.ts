/**
 * npx tsx scripts/measure-long-field.ts — how long the import takes on a row
 * whose text fields each hold 1 MB without spaces (issue 14: "a 1 MB field
 * imported in well under a second"). The communes and outlines are loaded by a
 * first, small run, so the figure is the row's own cost. Prints milliseconds.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSnapshot } from './lib/snapshot/build-snapshot';
import { defaultEnvironment } from './lib/snapshot/environment';

const folder = mkdtempSync(join(tmpdir(), 'boussole-measure-'));
const placesDirectory = join(folder, 'places');
mkdirSync(placesDirectory);
const environment = defaultEnvironment();
const row = (text: string) => ({
  id: 'long-1', pivot: '21370261800016', nom: `Médiathèque ${text}`, commune: 'Tours', code_postal: '37000', adresse: text,
  latitude: 47.39, longitude: 0.69, date_maj: '2024-01-02', horaires: `Mo ${text}`, presentation_detail: text, courriels: text,
  site_web: `https://${text}`, telephone: text,
});
async function importRow(text: string): Promise<number> {
  const file = join(folder, 'source.json');
  writeFileSync(file, JSON.stringify([row(text)]));
  const started = performance.now();
  await buildSnapshot({ placesDirectory, sources: [file], generatedAt: '2024-06-01' }, environment);
  return performance.now() - started;
}
try {
  await importRow('court');
  const megabyte = `${'a'.repeat(500_000)}@${'b.'.repeat(250_000)}`;
  const small = await importRow('court');
  const large = await importRow(megabyte);
  console.log(`1 row, small fields: ${small.toFixed(0)} ms; 1 row, every text field 1 MB without spaces: ${large.toFixed(0)} ms`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
