/**
 * npm run data:sources -- --from <folder> — refreshes data/sources/ from a
 * folder laid out like the project's workshop material (seeds/, standard/,
 * geo/, data/): copies the monographs, the standard's schema and example, the
 * region's outlines; simplifies every French commune outline into one file;
 * and takes the people out of the Hub Lo export (scripts/lib/sources/scrub-hub.ts).
 * Nothing else in the project reads outside the repository.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HUB_FILE_NAME, readHubRecords } from './lib/hub/hub-record';
import { buildImportContext } from './lib/hub/import-context';
import { GEO_DIR, HUB_DIR, NATIONAL_OUTLINES_FILE, SEEDS_DIR, STANDARD_DIR } from './lib/sources/paths';
import { scrubHubRecord } from './lib/sources/scrub-hub';

const fromIndex = process.argv.indexOf('--from');
const from = fromIndex > 0 ? process.argv[fromIndex + 1] : undefined;
if (!from || !existsSync(join(from, 'seeds'))) {
  console.error('usage: npm run data:sources -- --from <folder with seeds/, standard/, geo/ and data/>');
  process.exit(2);
}
const source = resolve(from);

for (const dir of [SEEDS_DIR, STANDARD_DIR, GEO_DIR, HUB_DIR]) mkdirSync(dir, { recursive: true });
for (const file of readdirSync(join(source, 'seeds')).filter((name) => name.endsWith('.txt'))) {
  copyFileSync(join(source, 'seeds', file), join(SEEDS_DIR, file));
}
for (const file of ['schema.json', 'exemple-valide.csv']) copyFileSync(join(source, 'standard', file), join(STANDARD_DIR, file));
for (const file of ['region-centre-val-de-loire.geojson', 'departements-centre-val-de-loire.geojson', 'communes-centre-val-de-loire.geojson']) {
  copyFileSync(join(source, 'geo', file), join(GEO_DIR, file));
}

// 45 MB of outlines become one ~7 MB TopoJSON: the commune centres computed from it move by metres, not more.
const nationalDir = join(source, 'geo', 'france', 'communes');
const nationalFiles = readdirSync(nationalDir).filter((name) => name.endsWith('.geojson')).sort().map((name) => join(nationalDir, name));
execFileSync(
  'npx',
  ['mapshaper', '-i', ...nationalFiles, 'combine-files', '-merge-layers', 'force', '-simplify', '8%', 'keep-shapes', '-filter-fields', 'code,nom',
    '-rename-layers', 'communes', '-o', NATIONAL_OUTLINES_FILE, 'format=topojson', 'quantization=100000'],
  { stdio: 'inherit' },
);

// The hub file is read from the workshop itself here: the scrub needs the importer's context, not the committed copy.
const context = buildImportContext();
const records = readHubRecords(join(source, 'data', HUB_FILE_NAME)).map((record) => scrubHubRecord(record, context));
writeFileSync(join(HUB_DIR, HUB_FILE_NAME), `${JSON.stringify(records, null, 1)}\n`);
console.log(`data/sources refreshed from ${source}: ${records.length} hub records, ${nationalFiles.length} départements of outlines`);
