/**
 * data/nightly/withdrawn.json: local places (the hub's, with our repairs and
 * the monographs' additions) that the national file carried and then dropped.
 * The national cartography is where a closure shows first, so such a place
 * leaves the snapshot even though the 2020 hub file still lists it; the list
 * is a committed input, so `npm run snapshot` rebuilds the same snapshot as the
 * night did. A withdrawn place that a national record matches again comes back
 * (its entry is then dropped from the list).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Snapshot } from '../../../src/places/place';
import { writeFileAtomic } from '../snapshot/atomic-write';
import { UnusableInputError } from '../snapshot/errors';

export interface Withdrawal {
  /** The place's id in the snapshot. */
  id: string;
  nom: string;
  /** The national record that carried it. */
  national_id: string;
  /** The night it disappeared from the national file. */
  retire_le: string;
}

export function readWithdrawn(file: string): Withdrawal[] {
  if (!existsSync(file)) return [];
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (!Array.isArray(parsed)) throw new Error('not an array');
    return parsed as Withdrawal[];
  } catch (error) {
    throw new UnusableInputError(`${file}: not a list of withdrawn places (${(error as Error).message})`);
  }
}

export function writeWithdrawn(file: string, withdrawals: readonly Withdrawal[]): void {
  const sorted = [...withdrawals].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  writeFileAtomic(file, `${JSON.stringify(sorted, null, 1)}\n`);
}

/**
 * Local places of the previous snapshot whose national record is no longer in
 * tonight's file. A place that came from the national file alone simply goes;
 * only places that also have a local record need remembering.
 */
export function newWithdrawals(previous: Snapshot | undefined, nationalFile: string, tonightIds: ReadonlySet<string>, today: string): Withdrawal[] {
  if (!previous) return [];
  const withdrawals: Withdrawal[] = [];
  for (const place of previous.places) {
    const national = place.complements.provenance.filter((entry) => entry.fichier === nationalFile && entry.id !== undefined);
    const local = place.complements.provenance.filter((entry) => entry.fichier !== nationalFile);
    if (national.length === 0 || local.length === 0) continue;
    const gone = national.find((entry) => !tonightIds.has(entry.id ?? ''));
    if (gone && national.every((entry) => !tonightIds.has(entry.id ?? ''))) {
      withdrawals.push({ id: place.id, nom: place.nom, national_id: gone.id ?? '', retire_le: today });
    }
  }
  return withdrawals;
}
