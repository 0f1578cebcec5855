import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Place, Snapshot } from '../../../../src/places/place';
import type { ShardIndex } from '../../../../scripts/lib/shards/departement';
import { departementOf } from '../../../../src/places/departement';
import { checkSnapshot } from '../../../../src/places/snapshot-check';
import { snapshotVersion } from '../../../../src/places/snapshot-version';
import { groupByDepartement, shardSnapshot } from '../../../../scripts/lib/shards/write-shards';
import { makePlace } from '../../fixtures/place';
import { scratchFolder } from '../snapshot/helpers';
import { REPO_ROOT } from '../../../../scripts/lib/communes/paths';

const ROOT = REPO_ROOT;
let scratch: ReturnType<typeof scratchFolder>;
beforeEach(() => {
  scratch = scratchFolder();
});
afterEach(() => scratch.cleanup());

async function snapshotOf(places: Place[]): Promise<Snapshot> {
  return { version: await snapshotVersion(places), generated_at: '2026-11-01', counts: { places: places.length }, places };
}

const places = [
  makePlace({ id: 'tours', code_insee: '37261' }),
  makePlace({ id: 'ajaccio', code_insee: '2A004' }),
  makePlace({ id: 'chinon', code_insee: '37072' }),
  makePlace({ id: 'pointe-a-pitre', code_insee: '97120' }),
  makePlace({ id: 'bourges', code_insee: '18033' }),
  makePlace({ id: 'sans-code', code_insee: '' }),
];

describe('departementOf', () => {
  it('takes two characters in metropolitan France and Corsica, three overseas, and nothing from a bad code', () => {
    expect(departementOf('37261')).toBe('37');
    expect(departementOf('2A004')).toBe('2A');
    expect(departementOf('97120')).toBe('971');
    expect(departementOf('98818')).toBe('988'); // New Caledonia, as the official list has it
    expect(departementOf('3726')).toBeUndefined();
    expect(departementOf(undefined)).toBeUndefined();
  });
});

describe('sharding a snapshot by département', () => {
  it('puts every place in exactly one shard, keeping the order, and codeless places in "inconnu"', () => {
    const groups = groupByDepartement(places);
    expect([...groups.keys()]).toEqual(['18', '2A', '37', '971', 'inconnu']);
    expect(groups.get('37')?.map((place) => place.id)).toEqual(['tours', 'chinon']);
    expect([...groups.values()].flat()).toHaveLength(places.length);
  });

  it('makes each shard a snapshot the app accepts, and an index that names them with the whole version', async () => {
    const whole = await snapshotOf(places);
    const { index, shards } = await shardSnapshot(whole);
    expect(index.version).toBe(whole.version);
    expect(index.shards.reduce((sum, shard) => sum + shard.places, 0)).toBe(places.length);
    for (const entry of index.shards) {
      const checked = await checkSnapshot(JSON.stringify(shards.get(entry.departement)));
      expect(checked.ok, entry.departement).toBe(true);
      expect(entry.version).toBe(shards.get(entry.departement)?.version);
    }
  });
});

describe('npm run snapshot:shards', () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'shard-snapshot.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

  it('writes index.json and one file per département, and refuses a corrupt snapshot with a message', async () => {
    const input = join(scratch.path, 'snapshot.json');
    writeFileSync(input, JSON.stringify(await snapshotOf(places)));
    const out = join(scratch.path, 'shards');
    const ok = run(['--snapshot', input, '--out', out]);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stderr).toMatch(/5 départements .*largest 37, 2 places/);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as ShardIndex;
    const tours = JSON.parse(readFileSync(join(out, index.shards.find((shard) => shard.departement === '37')!.file), 'utf8')) as Snapshot;
    expect(tours.places.map((place) => place.id)).toEqual(['tours', 'chinon']);

    writeFileSync(input, readFileSync(input, 'utf8').slice(0, 200));
    const refused = run(['--snapshot', input, '--out', join(scratch.path, 'other')]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^snapshot:shards: .*not valid JSON/);
  });
});
