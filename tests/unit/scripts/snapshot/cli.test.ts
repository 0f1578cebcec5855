import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { placesFolder, scratchFolder } from './helpers';
import { REPO_ROOT } from '../../../../scripts/lib/communes/paths';

const ROOT = REPO_ROOT;
let scratch: ReturnType<typeof scratchFolder>;
beforeEach(() => {
  scratch = scratchFolder();
});
afterEach(() => scratch.cleanup());

function snapshotCommand(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'snapshot.ts'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '' } });
}

describe('npm run snapshot', () => {
  it('prints a summary on stderr and exits 0; on unusable input exits non-zero with one line and keeps the old file', () => {
    const places = placesFolder(scratch.path, ['places/hub-sample.json']);
    const out = join(scratch.path, 'snapshot.json');
    const report = join(scratch.path, 'snapshot.md');
    const ok = snapshotCommand(['--places', places, '--out', out, '--report', report]);
    expect(ok.status).toBe(0);
    expect(ok.stderr).toMatch(/snapshot [0-9a-f]{16}: 3 places in 3 communes/);
    const before = readFileSync(out);

    writeFileSync(join(scratch.path, 'sources.xml'), '<lieux/>');
    const failed = snapshotCommand(['--places', places, '--out', out, '--report', report, '--source', join(scratch.path, 'sources.xml')]);
    expect(failed.status).toBe(1);
    expect(failed.stderr.trim().split('\n')).toEqual(['snapshot: sources.xml: neither .csv nor .json']);
    expect(readFileSync(out)).toEqual(before);
  }, 30_000);
});
