import type { BoussoleDatabase, SnapshotRecord } from './db';
import type { Place, Snapshot } from './place';
import { measured } from './measured';
import { placesOfSnapshotText } from './normalize-place';
import { checkSnapshot, type RefusalCode } from './snapshot-check';

export const SNAPSHOT_URL = '/data/snapshot.json';

export type SyncOutcome =
  | { kind: 'imported'; record: SnapshotRecord; places: Place[] }
  | { kind: 'unchanged'; record: SnapshotRecord }
  | { kind: 'refused'; reason: string; code: RefusalCode; record: SnapshotRecord | undefined }
  /** Checked and good, but the device could not keep it (storage full or failing): usable for this visit only. */
  | { kind: 'not-stored'; reason: string; code: 'storage-full' | 'storage-failed'; record: SnapshotRecord | undefined; snapshot: Snapshot }
  | { kind: 'unreachable'; record: SnapshotRecord | undefined; status?: number };

/** A server that answered, but not with the file (404, 500…). */
export class HttpError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

export async function currentSnapshot(db: BoussoleDatabase): Promise<SnapshotRecord | undefined> {
  const record = await db.meta.get('snapshot');
  return record?.key === 'snapshot' ? record : undefined;
}

/** The places of the stored snapshot, normalised; undefined when there is none or it cannot be read. */
export async function storedPlaces(db: BoussoleDatabase): Promise<Place[] | undefined> {
  const stored = await db.snapshotText.get('snapshot');
  return placesOfSnapshotText(stored?.json)?.places;
}

/** Forgets a stored snapshot that cannot be read, so the next import is not mistaken for "unchanged". */
export async function forgetSnapshot(db: BoussoleDatabase): Promise<void> {
  await db.transaction('rw', db.snapshotText, db.meta, async () => {
    await db.snapshotText.delete('snapshot');
    await db.meta.delete('snapshot');
  });
}

/**
 * Replaces the snapshot in one transaction: a reader sees the old one or the
 * new one, never a mix, and a failure (storage full…) leaves the old one.
 * `json` is the text `snapshot` was parsed from and checked against.
 */
export async function importSnapshot(db: BoussoleDatabase, snapshot: Snapshot, json: string, now = new Date()): Promise<SnapshotRecord> {
  const record: SnapshotRecord = {
    key: 'snapshot',
    version: snapshot.version,
    generated_at: snapshot.generated_at,
    counts: snapshot.counts,
    imported_at: now.toISOString(),
  };
  await db.transaction('rw', db.snapshotText, db.meta, async () => {
    await db.snapshotText.put({ key: 'snapshot', json });
    await db.meta.put(record);
    await db.meta.delete('refusal');
  });
  return record;
}

/**
 * Offers the snapshot found at `url` to the device: it replaces the stored one
 * only when it is different, complete and consistent with its own version.
 */
export async function syncSnapshot(
  db: BoussoleDatabase,
  fetchText: (url: string) => Promise<string>,
  url = SNAPSHOT_URL,
): Promise<SyncOutcome> {
  const record = await currentSnapshot(db);
  let text: string;
  try {
    text = await fetchText(url);
  } catch (error) {
    return { kind: 'unreachable', record, status: error instanceof HttpError ? error.status : undefined };
  }
  const checked = await measured('boussole:snapshot-check', () => checkSnapshot(text, record ? { count: record.counts.places ?? 0 } : undefined));
  if (!checked.ok) {
    await db.meta.put({ key: 'refusal', reason: checked.reason, at: new Date().toISOString() }).catch(() => undefined);
    return { kind: 'refused', reason: checked.reason, code: checked.code, record };
  }
  if (record?.version === checked.snapshot.version) return { kind: 'unchanged', record };
  try {
    const stored = await measured('boussole:snapshot-store', () => importSnapshot(db, checked.snapshot, text));
    return { kind: 'imported', record: stored, places: checked.snapshot.places };
  } catch (error) {
    // Storage full or IndexedDB failing: the transaction rolled back, the old places are intact.
    const name = errorName(error);
    const code = name === 'QuotaExceededError' ? 'storage-full' : 'storage-failed';
    return { kind: 'not-stored', reason: `could not store: ${name}`, code, record, snapshot: checked.snapshot };
  }
}

/** Dexie wraps IndexedDB's errors; the quota one keeps its name, sometimes one level down. */
function errorName(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const inner = (error as { inner?: unknown }).inner;
  if (error.name !== 'QuotaExceededError' && inner instanceof Error && inner.name === 'QuotaExceededError') return inner.name;
  return error.name;
}
