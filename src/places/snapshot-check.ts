/**
 * Whether a downloaded snapshot may replace the one the device holds.
 * Runs in the browser (no Node APIs): the app calls it on every download, so
 * a truncated file, a tampered place or a collapsed export never reaches
 * IndexedDB. Each refusal says why, for the log and the status line.
 */
import type { Place, Snapshot } from './place';
import { snapshotVersion } from './snapshot-version';

export type SnapshotCheck = { ok: true; snapshot: Snapshot } | { ok: false; reason: string };

/** A new snapshot with fewer than half the places of the previous one is an export that went wrong, not news. */
const MINIMUM_SHARE_OF_PREVIOUS = 0.5;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCoordinate(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** The first problem of one place, or undefined when it has what the app cannot do without. */
function placeProblem(place: unknown, index: number): string | undefined {
  if (!isRecord(place)) return `place #${index} is not an object`;
  const label = typeof place.id === 'string' && place.id !== '' ? place.id : `#${index}`;
  if (typeof place.id !== 'string' || place.id === '') return `place #${index} has no id`;
  if (typeof place.nom !== 'string' || place.nom === '') return `place ${label} has no name`;
  if (!isCoordinate(place.latitude) || !isCoordinate(place.longitude)) return `place ${label} has no coordinates`;
  return undefined;
}

function refuse(reason: string): SnapshotCheck {
  return { ok: false, reason };
}

export async function checkSnapshot(text: string, previous?: { count: number }): Promise<SnapshotCheck> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return refuse('not valid JSON (truncated download?)');
  }
  if (!isRecord(parsed)) return refuse('not a snapshot object');
  const { version, generated_at: generatedAt, counts, places } = parsed;
  if (typeof version !== 'string' || version === '') return refuse('no version');
  if (typeof generatedAt !== 'string' || generatedAt === '') return refuse('no generated_at');
  if (!isRecord(counts) || typeof counts.places !== 'number') return refuse('no counts.places');
  if (Object.values(counts).some((count) => typeof count !== 'number')) return refuse('counts must be numbers');
  if (!Array.isArray(places)) return refuse('no places');
  if (counts.places !== places.length) return refuse(`counts.places is ${counts.places} but the file has ${places.length} places`);
  if (places.length === 0) return refuse('no places');

  const ids = new Set<string>();
  for (const [index, place] of places.entries()) {
    const problem = placeProblem(place, index);
    if (problem) return refuse(problem);
    const id = (place as { id: string }).id;
    if (ids.has(id)) return refuse(`place ${id} appears twice`);
    ids.add(id);
  }

  const expected = await snapshotVersion(places as Place[]);
  if (version !== expected) return refuse(`version ${version} does not match its places (${expected})`);

  if (previous && previous.count > 0 && places.length < previous.count * MINIMUM_SHARE_OF_PREVIOUS) {
    return refuse(`only ${places.length} places where the previous snapshot had ${previous.count}`);
  }
  return { ok: true, snapshot: parsed as unknown as Snapshot };
}
