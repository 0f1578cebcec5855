import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../../scripts/lib/snapshot/atomic-write';
import { runSnapshot } from '../../../../scripts/lib/snapshot/run-snapshot';
import { placesFolder, scratchFolder, testEnvironment } from './helpers';

let scratch: ReturnType<typeof scratchFolder>;
beforeEach(() => {
  scratch = scratchFolder();
});
afterEach(() => scratch.cleanup());

describe('writing the snapshot', () => {
  it('replaces a file whole and leaves no temporary file behind', () => {
    const file = join(scratch.path, 'out', 'snapshot.json');
    writeFileAtomic(file, 'ancien');
    writeFileAtomic(file, 'nouveau');
    expect(readFileSync(file, 'utf8')).toBe('nouveau');
    expect(readdirSync(join(scratch.path, 'out'))).toEqual(['snapshot.json']);
  });

  it('leaves the previous file as it was when the write cannot complete', () => {
    // The final name is taken by a folder: the rename fails after the temporary file was written.
    const folder = join(scratch.path, 'out');
    mkdirSync(join(folder, 'snapshot.json'), { recursive: true });
    writeFileSync(join(folder, 'snapshot.json', 'keep'), 'ancien');
    expect(() => writeFileAtomic(join(folder, 'snapshot.json'), 'nouveau')).toThrow();
    expect(readFileSync(join(folder, 'snapshot.json', 'keep'), 'utf8')).toBe('ancien');
    expect(readdirSync(folder)).toEqual(['snapshot.json']);
  });
});

describe('a failing run', () => {
  const outputs = () => ({ snapshotFile: join(scratch.path, 'public', 'snapshot.json'), reportFile: join(scratch.path, 'snapshot.md') });

  /** Writes a good snapshot first, and returns its bytes. */
  async function previousSnapshot(): Promise<{ snapshot: Buffer; report: Buffer }> {
    const placesDirectory = placesFolder(join(scratch.path, 'good'), ['places/hub-sample.json']);
    await runSnapshot({ placesDirectory, sources: [] }, testEnvironment(), outputs());
    return { snapshot: readFileSync(outputs().snapshotFile), report: readFileSync(outputs().reportFile) };
  }

  function expectUntouched(before: { snapshot: Buffer; report: Buffer }): void {
    expect(readFileSync(outputs().snapshotFile)).toEqual(before.snapshot);
    expect(readFileSync(outputs().reportFile)).toEqual(before.report);
    expect(readdirSync(join(scratch.path, 'public'))).toEqual(['snapshot.json']);
  }

  it('on an unreadable source, stops with a one-line message and leaves the previous snapshot byte-identical', async () => {
    const before = await previousSnapshot();
    const placesDirectory = placesFolder(join(scratch.path, 'bad'), ['places/hub-sample.json']);
    const run = runSnapshot({ placesDirectory, sources: [join(scratch.path, 'absent.csv')] }, testEnvironment(), outputs());
    await expect(run).rejects.toThrow(/^[^\n]*absent\.csv: unreadable \(ENOENT\)$/);
    expectUntouched(before);
  });

  it('with no valid place at all, refuses to write an empty snapshot', async () => {
    const before = await previousSnapshot();
    const placesDirectory = placesFolder(join(scratch.path, 'bad'), []);
    const source = join(scratch.path, 'all-rejected.csv');
    writeFileSync(source, 'id,pivot,nom,commune,code_postal,adresse,date_maj\nx,123456789,,Tours,37000,1 rue,2020-01-01\n');
    const run = runSnapshot({ placesDirectory, sources: [source] }, testEnvironment(), outputs());
    await expect(run).rejects.toThrow(/all-rejected\.csv: 1 row read, 0 accepted \(0 repaired\), 1 rejected: no accepted row\n  ligne 2 · x `nom`: champ obligatoire absent/);
    expectUntouched(before);
  });

  it('on a places file that is not JSON, stops before writing', async () => {
    const before = await previousSnapshot();
    const placesDirectory = join(scratch.path, 'bad-json');
    mkdirSync(placesDirectory);
    writeFileSync(join(placesDirectory, 'hub.json'), '[{"id": "hub-1", ');
    await expect(runSnapshot({ placesDirectory, sources: [] }, testEnvironment(), outputs())).rejects.toThrow(/hub\.json: not valid JSON/);
    expectUntouched(before);
  });
});
