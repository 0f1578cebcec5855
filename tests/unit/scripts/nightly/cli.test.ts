/** `npm run nightly` as the workflow runs it: exit codes and the console's words. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../../scripts/lib/communes/paths';
import type { Snapshot } from '../../../../src/places/place';
import { scratchFolder } from '../snapshot/helpers';
import { filesOf, nationalFile, nightPaths, PLACES_DIR } from './helpers';

let scratch: ReturnType<typeof scratchFolder>;
beforeAll(() => {
  scratch = scratchFolder();
});
afterAll(() => scratch.cleanup());

function nightlyCommand(env: Record<string, string>) {
  const paths = nightPaths(scratch.path);
  const args = ['--places', PLACES_DIR, '--nightly-dir', paths.nightlyDirectory, '--out', paths.snapshotFile, '--report', paths.snapshotReportFile];
  args.push('--nightly-report', paths.nightlyReportFile, '--changes', paths.changesFile, '--date', '2026-12-03');
  const { NIGHTLY_SOURCE_URL: _url, NIGHTLY_REGION: _region, NIGHTLY_MAX_REMOVED_SHARE: _share, ...inherited } = process.env;
  return spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'scripts', 'nightly.ts'), ...args], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...inherited, ...env } });
}

describe('npm run nightly', () => {
  it('says which setting is missing and exits 1', () => {
    const run = nightlyCommand({});
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^nightly: NIGHTLY_SOURCE_URL is not set/);
  }, 60_000);

  it('publishes a night, then refuses one that removes 30 % of the places: exit 1, a clear message, nothing written', () => {
    const paths = nightPaths(scratch.path);
    mkdirSync(join(scratch.path, 'public'), { recursive: true });
    copyFileSync(join(REPO_ROOT, 'public', 'data', 'snapshot.json'), paths.snapshotFile);
    const places = (JSON.parse(readFileSync(paths.snapshotFile, 'utf8')) as Snapshot).places;

    const first = nightlyCommand({ NIGHTLY_SOURCE_URL: nationalFile(scratch.path, 'national-1.csv', places) });
    expect(first.stderr).toMatch(new RegExp(`^nightly: published snapshot [0-9a-f]{16} \\(${places.length} places\\): 0 added, 0 removed, 0 changed`));
    expect(first.status).toBe(0);

    const before = filesOf(scratch.path);
    const source = nationalFile(scratch.path, 'national-2.csv', places.filter((_, index) => index % 10 >= 3));
    const second = nightlyCommand({ NIGHTLY_SOURCE_URL: source });
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/nightly: night refused, nothing published \(the previous snapshot stays\)/);
    expect(second.stderr).toMatch(new RegExp(`lieux retirés: 1[23]\\d of ${places.length} places removed \\(3\\d(\\.\\d)? %; at most 10 %, NIGHTLY_MAX_REMOVED_SHARE\\)`));
    expect(filesOf(scratch.path)).toEqual({ ...before, [source]: readFileSync(source, 'utf8') });
  }, 180_000);
});
