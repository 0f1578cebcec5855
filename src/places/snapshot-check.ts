/**
 * Whether a downloaded snapshot may replace the one the device holds.
 * Runs in the browser (no Node APIs): the app calls it on every download, so
 * a truncated file, a tampered place or a collapsed export never reaches
 * IndexedDB. Each refusal says why, for the log and the status line.
 */
import { normalizePlaces } from './normalize-place';
import type { Place, Snapshot } from './place';
import { snapshotVersion } from './snapshot-version';

/**
 * A snapshot that passed, its places normalised (normalize-place.ts); `skipped`
 * counts the places that could not be shown and were left out.
 */
export type SnapshotCheck = { ok: true; snapshot: Snapshot; skipped: number } | { ok: false; reason: string; code: RefusalCode };

/**
 * Why an update was not taken, in words the person can be told (places
 * namespace, `refusal.<code>`); `reason` keeps the technical detail for the log.
 */
export type RefusalCode =
  | 'truncated'
  | 'not-json'
  | 'not-snapshot'
  | 'wrong-hash'
  | 'no-places'
  | 'fewer-places'
  | 'too-large'
  | 'storage-full'
  | 'storage-failed'
  | 'server-error';

/** Bigger than any real snapshot (the national one is about 20 MB): a file this size would freeze a phone. */
export const MAX_SNAPSHOT_BYTES = 24 * 1024 * 1024;

/** A new snapshot with fewer than half the places of the previous one is an export that went wrong, not news. */
const MINIMUM_SHARE_OF_PREVIOUS = 0.5;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function refuse(reason: string, code: RefusalCode = 'not-snapshot'): SnapshotCheck {
  return { ok: false, reason, code };
}

export async function checkSnapshot(text: string, previous?: { count: number }): Promise<SnapshotCheck> {
  if (text.length > MAX_SNAPSHOT_BYTES) return refuse(`${text.length} characters, above the ${MAX_SNAPSHOT_BYTES} cap`, 'too-large');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // A web page where the data should be (a captive portal, a host's error page) is not a broken download.
    if (/^\s*</.test(text)) return refuse('an HTML page, not JSON', 'not-json');
    return refuse('not valid JSON (truncated download?)', 'truncated');
  }
  if (!isRecord(parsed)) return refuse('not a snapshot object');
  const { version, generated_at: generatedAt, counts, places } = parsed;
  if (typeof version !== 'string' || version === '') return refuse('no version');
  if (typeof generatedAt !== 'string' || generatedAt === '') return refuse('no generated_at');
  if (!isRecord(counts) || typeof counts.places !== 'number') return refuse('no counts.places');
  if (Object.values(counts).some((count) => typeof count !== 'number')) return refuse('counts must be numbers');
  if (!Array.isArray(places)) return refuse('no places');
  if (counts.places !== places.length) return refuse(`counts.places is ${counts.places} but the file has ${places.length} places`, 'truncated');
  if (places.length === 0) return refuse('no places', 'no-places');

  const expected = await snapshotVersion(places as Place[]);
  if (version !== expected) return refuse(`version ${version} does not match its places (${expected})`, 'wrong-hash');

  // The hash covers the file as published; what the screens get is each place normalised, the unusable ones skipped.
  const normalized = normalizePlaces(places)!;
  if (normalized.places.length === 0) return refuse('no usable places', 'no-places');
  if (previous && previous.count > 0 && normalized.places.length < previous.count * MINIMUM_SHARE_OF_PREVIOUS) {
    return refuse(`only ${normalized.places.length} places where the previous snapshot had ${previous.count}`, 'fewer-places');
  }
  const snapshot: Snapshot = { version, generated_at: generatedAt, counts: counts as Snapshot['counts'], places: normalized.places };
  return { ok: true, snapshot, skipped: normalized.skipped };
}
