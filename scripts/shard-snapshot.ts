/**
 * npm run snapshot:shards — splits a snapshot by département: index.json and
 * one complete snapshot per département (see scripts/lib/shards). For a
 * national deployment, where a phone should load its own area first.
 *
 *   npm run snapshot:shards -- [--snapshot public/data/snapshot.json] [--out dist/data/shards]
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSnapshot } from '../src/places/snapshot-check';
import { REPO_ROOT } from './lib/communes/paths';
import { writeShards } from './lib/shards/write-shards';

function option(args: readonly string[], name: string, fallback: string): string {
  const at = args.indexOf(name);
  if (at === -1) return fallback;
  const value = args[at + 1];
  if (!value || value.startsWith('--')) throw new Error(`${name} needs a value`);
  return value;
}

try {
  const args = process.argv.slice(2);
  const input = option(args, '--snapshot', join(REPO_ROOT, 'public/data/snapshot.json'));
  const folder = option(args, '--out', join(REPO_ROOT, 'dist/data/shards'));
  // The same checks as the app's: a shard of a corrupt snapshot would be refused on the phone anyway.
  const checked = await checkSnapshot(readFileSync(input, 'utf8'));
  if (!checked.ok) throw new Error(`${input}: ${checked.reason}`);
  const index = await writeShards(checked.snapshot, folder);
  const largest = index.shards.reduce((a, b) => (b.places > a.places ? b : a));
  process.stderr.write(
    `shards ${index.version}: ${index.shards.length} départements into ${relative(REPO_ROOT, folder) || folder} (largest ${largest.departement}, ${largest.places} places)\n`,
  );
} catch (error) {
  process.stderr.write(`snapshot:shards: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
