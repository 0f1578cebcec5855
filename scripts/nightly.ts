/**
 * npm run nightly — the national open data in, the région's fresh snapshot
 * out. Settings from the environment (README, "Nightly"): NIGHTLY_SOURCE_URL
 * (required: URL or local path of the national consolidated CSV),
 * NIGHTLY_REGION (INSEE région code, default 24 Centre-Val de Loire),
 * NIGHTLY_MAX_REMOVED_SHARE (default 0.1). Exit 0 when the night published or
 * had nothing new; exit 1, having written nothing, when it was refused.
 */
import { join } from 'node:path';
import { REPO_ROOT } from './lib/communes/paths';
import { NIGHTLY_DIR } from './lib/nightly/paths';
import { runNightly } from './lib/nightly/run-nightly';
import { readSettings } from './lib/nightly/settings';
import { defaultEnvironment } from './lib/snapshot/environment';

try {
  const settings = readSettings(process.env);
  const outcome = await runNightly({
    settings,
    paths: {
      placesDirectory: join(REPO_ROOT, 'data', 'places'),
      nightlyDirectory: NIGHTLY_DIR,
      snapshotFile: join(REPO_ROOT, 'public', 'data', 'snapshot.json'),
      snapshotReportFile: join(REPO_ROOT, 'data', 'reports', 'snapshot.md'),
      nightlyReportFile: join(REPO_ROOT, 'data', 'reports', 'nightly.md'),
      changesFile: join(REPO_ROOT, 'data', 'reports', 'nightly-changes.json'),
    },
    environment: defaultEnvironment(),
    today: new Date().toISOString().slice(0, 10),
  });
  if (outcome.status === 'unchanged') {
    process.stderr.write(`nightly: nothing new — ${outcome.why}; nothing written\n`);
  } else {
    const { counts } = outcome.changes;
    const delta = outcome.deltaGzipBytes === undefined ? '' : `, delta ${(outcome.deltaGzipBytes / 1024).toFixed(1)} KB gzip`;
    process.stderr.write(
      `nightly: published snapshot ${outcome.built.snapshot.version} (${outcome.built.snapshot.places.length} places): ${counts.added} added, ${counts.removed} removed, ${counts.changed} changed${delta} → data/reports/nightly.md\n`,
    );
  }
} catch (error) {
  process.stderr.write(`nightly: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
