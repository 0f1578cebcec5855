/**
 * The console of `npm run snapshot`: per source, rows read, accepted,
 * repaired, rejected; a non-zero exit when a source gives no accepted row,
 * its rows cited by index and id.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { placesFolder, scratchFolder } from './helpers';
import { REPO_ROOT } from '../../../../scripts/lib/communes/paths';

const ROOT = REPO_ROOT;
const SOURCES = join(ROOT, 'tests', 'fixtures', 'sources');
let scratch: ReturnType<typeof scratchFolder>;
beforeEach(() => {
  scratch = scratchFolder();
});
afterEach(() => scratch.cleanup());

function snapshotCommand(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'snapshot.ts'), '--generated-at', '2024-06-01', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '' },
  });
}

describe('the console of npm run snapshot', () => {
  it('says per source how many rows were read, accepted, repaired and rejected, and exits 1 when a source gives none', () => {
    const places = placesFolder(scratch.path, ['places/hub-sample.json']);
    const out = join(scratch.path, 'snapshot.json');
    const run = snapshotCommand(['--places', places, '--out', out, '--report', join(scratch.path, 'snapshot.md'), '--source', join(SOURCES, 'all-rejected.json')]);
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toBe('snapshot: all-rejected.json: 2 rows read, 0 accepted (0 repaired), 2 rejected: no accepted row');
    expect(lines).toContain('  #0 · sans-nom-1 `nom`: champ obligatoire absent');
    expect(lines).toContain('  #1 · sans-nom-2 `nom`: champ obligatoire absent');
    expect(lines.at(-1)).toBe('previous snapshot kept');
    expect(run.stderr).not.toMatch(/ligne 1\b/);
    expect(existsSync(out)).toBe(false);
  }, 30_000);

  it('refuses a file nobody described as a whole, naming the columns it could not read, with exit 1', () => {
    const places = placesFolder(scratch.path, ['places/hub-sample.json']);
    const out = join(scratch.path, 'snapshot.json');
    const run = snapshotCommand(['--places', places, '--out', out, '--report', join(scratch.path, 'snapshot.md'), '--source', join(SOURCES, 'tableur-sans-description.csv')]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(/^snapshot: tableur-sans-description\.csv: refused as a whole — no column for nom, code_postal; columns it could not read: "NOM_STRUCTURE", "CP", /);
    expect(existsSync(out)).toBe(false);
  }, 30_000);

  it('prints the per-source lines of a run that succeeds', () => {
    const places = placesFolder(scratch.path, ['places/hub-sample.json']);
    const run = snapshotCommand(['--places', places, '--out', join(scratch.path, 'snapshot.json'), '--report', join(scratch.path, 'snapshot.md'), '--source', join(SOURCES, 'bus-france-services-v0.1.json')]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('  source hub-sample.json: 3 rows read, 3 accepted (0 repaired), 0 rejected\n');
    expect(run.stderr).toContain('  source bus-france-services-v0.1.json: 5 rows read, 5 accepted (5 repaired), 0 rejected\n');
  }, 30_000);
});
