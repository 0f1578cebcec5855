/** The command line of `npm run snapshot`. */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../communes/paths';
import { NIGHTLY_DIR, nationalInput } from '../nightly/paths';
import type { SnapshotInputs } from './build-snapshot';
import { UnusableInputError } from './errors';
import type { SnapshotOutputs } from './run-snapshot';

export const USAGE = 'usage: npm run snapshot -- [--source FILE.csv|FILE.json]… [--generated-at YYYY-MM-DD] [--places DIR] [--out FILE] [--report FILE]';

export function parseCliArguments(args: readonly string[], env: NodeJS.ProcessEnv): { inputs: SnapshotInputs; outputs: SnapshotOutputs } {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        source: { type: 'string', multiple: true },
        'generated-at': { type: 'string' },
        places: { type: 'string' },
        out: { type: 'string' },
        report: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UnusableInputError(`${(error as Error).message} — ${USAGE}`);
  }
  // The repository's own build reads the région's national records the last night kept (data/nightly/),
  // so that `npm run snapshot` after a night rebuilds that night's snapshot, not the 2020 one.
  const national = values.places === undefined ? nationalInput(NIGHTLY_DIR) : undefined;
  return {
    inputs: {
      placesDirectory: values.places ?? join(REPO_ROOT, 'data', 'places'),
      ...(national ? { national } : {}),
      sources: values.source ?? [],
      ...(values['generated-at'] === undefined ? {} : { generatedAt: values['generated-at'] }),
      ...(env.SOURCE_DATE_EPOCH === undefined ? {} : { sourceDateEpoch: env.SOURCE_DATE_EPOCH }),
    },
    outputs: {
      snapshotFile: values.out ?? join(REPO_ROOT, 'public', 'data', 'snapshot.json'),
      reportFile: values.report ?? join(REPO_ROOT, 'data', 'reports', 'snapshot.md'),
    },
  };
}
