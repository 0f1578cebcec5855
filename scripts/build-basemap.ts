/**
 * npm run data:basemap — writes the offline basemap to public/geo/:
 * region.json, departements.json, communes.json (TopoJSON, see
 * scripts/lib/basemap/build.ts) and ATTRIBUTION.md, then prints their sizes.
 * Fails when the three layers together exceed the phone budget (gzipped).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASEMAP_FILES, buildBasemap } from './lib/basemap/build';
import { BASEMAP_BUDGET_GZIP_BYTES, sizes } from './lib/basemap/sizes';
import { BASEMAP_DIR } from './lib/basemap/sources';

const files = await buildBasemap();
mkdirSync(BASEMAP_DIR, { recursive: true });
for (const [name, content] of files) writeFileSync(join(BASEMAP_DIR, name), content);

const layers = [BASEMAP_FILES.region, BASEMAP_FILES.departements, BASEMAP_FILES.communes];
const measured = layers.map((name) => ({ name, ...sizes(files.get(name) ?? '') }));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} Ko`;
console.log(`Fond de carte écrit dans ${BASEMAP_DIR}`);
for (const { name, raw, gzip } of measured) console.log(`  ${name.padEnd(18)} ${kb(raw).padStart(10)} brut  ${kb(gzip).padStart(9)} gzip`);
const total = measured.reduce((sum, file) => ({ raw: sum.raw + file.raw, gzip: sum.gzip + file.gzip }), { raw: 0, gzip: 0 });
console.log(`  ${'total'.padEnd(18)} ${kb(total.raw).padStart(10)} brut  ${kb(total.gzip).padStart(9)} gzip (budget ${kb(BASEMAP_BUDGET_GZIP_BYTES)})`);
if (total.gzip > BASEMAP_BUDGET_GZIP_BYTES) {
  console.error('Le fond de carte dépasse le budget : augmentez la simplification (BASEMAP_OPTIONS).');
  process.exitCode = 1;
}
