/**
 * npm run nightly — the national open data in, the région's fresh snapshot
 * out. Settings from the environment (README, "Nightly"): NIGHTLY_SOURCE_URL
 * (required: URL or local path of the national consolidated CSV),
 * NIGHTLY_REGION (INSEE région code, default 24 Centre-Val de Loire),
 * NIGHTLY_MAX_REMOVED_SHARE (default 0.1). Paths default to the repository's
 * and can be moved (tests do). Exit 0 when the night published or had nothing
 * new; exit 1, having written nothing, when it was refused.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from './lib/communes/paths';
import { NIGHTLY_DIR } from './lib/nightly/paths';
import { runNightly } from './lib/nightly/run-nightly';
import { readSettings } from './lib/nightly/settings';
import { defaultEnvironment } from './lib/snapshot/environment';

try {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      places: { type: 'string' },
      'nightly-dir': { type: 'string' },
      out: { type: 'string' },
      report: { type: 'string' },
      'nightly-report': { type: 'string' },
      changes: { type: 'string' },
      date: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const settings = readSettings(process.env);
  const outcome = await runNightly({
    settings,
    paths: {
      placesDirectory: values.places ?? join(REPO_ROOT, 'data', 'places'),
      nightlyDirectory: values['nightly-dir'] ?? NIGHTLY_DIR,
      snapshotFile: values.out ?? join(REPO_ROOT, 'public', 'data', 'snapshot.json'),
      snapshotReportFile: values.report ?? join(REPO_ROOT, 'data', 'reports', 'snapshot.md'),
      nightlyReportFile: values['nightly-report'] ?? join(REPO_ROOT, 'data', 'reports', 'nightly.md'),
      changesFile: values.changes ?? join(REPO_ROOT, 'data', 'reports', 'nightly-changes.json'),
    },
    environment: defaultEnvironment(),
    today: values.date ?? new Date().toISOString().slice(0, 10),
  });
  if (outcome.status === 'unchanged') {
    process.stderr.write(`nightly: nothing new — ${outcome.why}; nothing written\n`);
  } else {
    const { counts } = outcome.changes;
    const delta = outcome.deltaGzipBytes === undefined ? '' : `, delta ${(outcome.deltaGzipBytes / 1024).toFixed(1)} KB gzip`;
    process.stderr.write(
      `nightly: published snapshot ${outcome.built.snapshot.version} (${outcome.built.snapshot.places.length} places): ${counts.added} added, ${counts.removed} removed, ${counts.changed} changed${delta}\n`,
    );
  }
} catch (error) {
  process.stderr.write(`nightly: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
