/**
 * npm run export — writes the snapshot (public/data/snapshot.json) back in the
 * national standard, to data/export/: CSV and JSON for the region and each
 * département, and siren.csv. Run nightly after the snapshot, so the national
 * cartography and the hubs can take back repaired positions and converted
 * hours. Options: --snapshot FILE, --out DIR.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { Snapshot } from '../src/places/place';
import { REPO_ROOT } from './lib/communes/paths';
import { exportFiles, EXPORT_PREFIX } from './lib/export/write-export';
import { writeFileAtomic } from './lib/snapshot/atomic-write';

try {
  const { values } = parseArgs({ options: { snapshot: { type: 'string' }, out: { type: 'string' } }, strict: true });
  const snapshotFile = values.snapshot ?? join(REPO_ROOT, 'public', 'data', 'snapshot.json');
  const folder = values.out ?? join(REPO_ROOT, 'data', 'export');
  const snapshot = JSON.parse(readFileSync(snapshotFile, 'utf8')) as Snapshot;
  const files = exportFiles(snapshot.places);
  mkdirSync(folder, { recursive: true });
  // A département that has no place any more loses its files.
  const written = new Set(files.map((file) => file.name));
  for (const name of readdirSync(folder)) if (name.startsWith(EXPORT_PREFIX) && !written.has(name)) rmSync(join(folder, name));
  for (const file of files) writeFileAtomic(join(folder, file.name), file.content);
  process.stderr.write(`export: ${snapshot.places.length} places of snapshot ${snapshot.version} → ${relative(REPO_ROOT, folder) || folder}/ (${files.length} files)\n`);
} catch (error) {
  process.stderr.write(`export: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
