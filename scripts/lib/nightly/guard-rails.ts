/**
 * What a night must pass before it replaces the published snapshot. A
 * national file cut short, a column renamed upstream or a wrong région setting
 * looks, from here, like a wave of closures: such a night publishes nothing.
 */
import type { Snapshot } from '../../../src/places/place';
import { departementOf } from '../../../src/places/departement';
import { checkSnapshot } from '../../../src/places/snapshot-check';
import { departementsOfPostalCode } from '../snapshot/commune-lookup';
import type { RegionExtract } from './region-extract';
import type { Region } from './settings';

export interface GuardInputs {
  region: Region;
  maxRemovedShare: number;
  previous?: Snapshot;
  next: Snapshot;
  nextText: string;
  extract: RegionExtract;
  /** Rows per département in last night's extract, when there was one. */
  previousExtract?: Record<string, number>;
  /** National rows of the région rejected by validation, and read. */
  nationalRejected: number;
  nationalRead: number;
}

export interface GuardCheck {
  name: string;
  passed: boolean;
  detail: string;
}

const percent = (share: number): string => `${(share * 100).toFixed(1).replace(/\.0$/, '')} %`;

function placeDepartement(place: Snapshot['places'][number]): string | undefined {
  return departementOf(place.code_insee) ?? departementsOfPostalCode(place.code_postal)[0];
}

function countByDepartement(snapshot: Snapshot | undefined, departements: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(departements.map((code) => [code, 0]));
  for (const place of snapshot?.places ?? []) {
    const departement = placeDepartement(place);
    if (departement !== undefined && departement in counts) counts[departement] = (counts[departement] ?? 0) + 1;
  }
  return counts;
}

export async function guardRails(inputs: GuardInputs): Promise<GuardCheck[]> {
  const { region, previous, next } = inputs;
  const checks: GuardCheck[] = [];

  const nextIds = new Set(next.places.map((place) => place.id));
  const removed = (previous?.places ?? []).filter((place) => !nextIds.has(place.id)).length;
  const before = previous?.places.length ?? 0;
  const share = before === 0 ? 0 : removed / before;
  checks.push({
    name: 'lieux retirés',
    passed: share <= inputs.maxRemovedShare,
    detail: `${removed} of ${before} places removed (${percent(share)}; at most ${percent(inputs.maxRemovedShare)}, NIGHTLY_MAX_REMOVED_SHARE)`,
  });

  const emptiedInFile = region.departements.filter((code) => (inputs.previousExtract?.[code] ?? 0) > 0 && (inputs.extract.byDepartement[code] ?? 0) === 0);
  checks.push({
    name: 'départements du fichier national',
    passed: emptiedInFile.length === 0,
    detail: emptiedInFile.length === 0
      ? `rows by département: ${region.departements.map((code) => `${code}: ${inputs.extract.byDepartement[code] ?? 0}`).join(', ')}`
      : `the national file no longer has any place in département ${emptiedInFile.join(', ')} (${emptiedInFile.map((code) => `${inputs.previousExtract?.[code]} last night`).join(', ')})`,
  });

  const beforeByDepartement = countByDepartement(previous, region.departements);
  const afterByDepartement = countByDepartement(next, region.departements);
  const emptied = region.departements.filter((code) => (beforeByDepartement[code] ?? 0) > 0 && (afterByDepartement[code] ?? 0) === 0);
  checks.push({
    name: 'départements du snapshot',
    passed: emptied.length === 0,
    detail: emptied.length === 0
      ? `places by département: ${region.departements.map((code) => `${code}: ${afterByDepartement[code] ?? 0}`).join(', ')}`
      : `the snapshot would have no place left in département ${emptied.join(', ')}`,
  });

  const rejectedShare = inputs.nationalRead === 0 ? 1 : inputs.nationalRejected / inputs.nationalRead;
  checks.push({
    name: 'validation du fichier national',
    passed: inputs.nationalRead > 0 && rejectedShare <= inputs.maxRemovedShare,
    detail: inputs.nationalRead === 0
      ? `no row of the national file is in the région ${region.nom} (${region.departements.join(', ')})`
      : `${inputs.nationalRejected} of ${inputs.nationalRead} rows of the région rejected (${percent(rejectedShare)}; at most ${percent(inputs.maxRemovedShare)})`,
  });

  const appCheck = await checkSnapshot(inputs.nextText, previous ? { count: previous.places.length } : undefined);
  checks.push({ name: 'contrôle de l’application', passed: appCheck.ok, detail: appCheck.ok ? 'the app’s own check accepts the snapshot' : appCheck.reason });
  return checks;
}
