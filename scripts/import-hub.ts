/**
 * npm run data:hub — turns the 426 records of the Hub Lo regional cartography
 * (data/sources/hub-lo/hub-lo-centre-val-de-loire-2020.json) into Boussole places:
 * data/places/hub-lo-centre-val-de-loire.json, and the readable report of every
 * repair and drop: data/reports/hub-import.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from './lib/communes/paths';
import { readHubRecords } from './lib/hub/hub-record';
import { buildImportContext } from './lib/hub/import-context';
import { importHubRecords } from './lib/hub/import-hub-records';
import { renderReport, serializePlaces } from './lib/hub/write-outputs';

export const HUB_PLACES_FILE = join(REPO_ROOT, 'data', 'places', 'hub-lo-centre-val-de-loire.json');
export const HUB_REPORT_FILE = join(REPO_ROOT, 'data', 'reports', 'hub-import.md');

const { places, report, stats } = importHubRecords(readHubRecords(), buildImportContext());

for (const file of [HUB_PLACES_FILE, HUB_REPORT_FILE]) mkdirSync(dirname(file), { recursive: true });
writeFileSync(HUB_PLACES_FILE, serializePlaces(places));
writeFileSync(HUB_REPORT_FILE, renderReport(report, stats));
console.log(JSON.stringify(stats, null, 2));
