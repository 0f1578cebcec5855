/**
 * npm run snapshot — builds public/data/snapshot.json, the file the app
 * downloads, from every source in data/places/ and any `--source` file of the
 * national standard, merged with the région's records of the national file
 * the last night kept (data/nightly/, see scripts/nightly.ts), and writes the
 * account of every rejection, repair and merge to data/reports/snapshot.md.
 * Same input, same bytes.
 */
import { relative } from 'node:path';
import { REPO_ROOT } from './lib/communes/paths';
import { parseCliArguments } from './lib/snapshot/cli-arguments';
import { defaultEnvironment } from './lib/snapshot/environment';
import { renderSummary } from './lib/snapshot/render-report';
import { runSnapshot } from './lib/snapshot/run-snapshot';

try {
  const { inputs, outputs } = parseCliArguments(process.argv.slice(2), process.env);
  const built = await runSnapshot(inputs, defaultEnvironment(), outputs);
  const shown = (path: string) => relative(REPO_ROOT, path) || path;
  process.stderr.write(`${renderSummary(built.report, built.facts, { snapshot: shown(outputs.snapshotFile), report: shown(outputs.reportFile) })}\n`);
} catch (error) {
  process.stderr.write(`snapshot: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
