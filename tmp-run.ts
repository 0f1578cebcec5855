import { buildSnapshot } from './scripts/lib/snapshot/build-snapshot';
import { defaultEnvironment } from './scripts/lib/snapshot/environment';
import { mkdtempSync } from 'node:fs';
const dir = mkdtempSync('/tmp/pl-');
const files = process.argv.slice(2);
try {
const built = await buildSnapshot({ placesDirectory: dir, sources: files, generatedAt: '2024-06-01' }, defaultEnvironment());
for (const e of built.report.entries) console.log(e.action, e.file, e.line, e.field, e.reason);
for (const p of built.snapshot.places) console.log(JSON.stringify(p));
console.log(built.tallies);
} catch (e) { console.log('ERR', (e as Error).message); }
