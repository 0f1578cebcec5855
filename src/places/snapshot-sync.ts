import type { BoussoleDatabase, SnapshotRecord } from './db';
import type { Place, Snapshot } from './place';
import { measured } from './measured';
import { placesOfSnapshotText } from './normalize-place';
import { prepareSnapshotCheck } from './check-aside';
import { MAX_SNAPSHOT_BYTES, type RefusalCode } from './snapshot-check';
import { parseVersionFile, VERSION_URL } from './version-file';

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

/** A response announced bigger than any snapshot the app accepts: not downloaded. */
export class TooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(`${bytes} bytes, above the ${MAX_SNAPSHOT_BYTES} cap`);
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
  const checker = prepareSnapshotCheck();
  let text: string;
  try {
    text = await fetchText(url);
  } catch (error) {
    checker.cancel();
    if (error instanceof TooLargeError) return refuseBefore(db, record, error.message);
    return { kind: 'unreachable', record, status: error instanceof HttpError ? error.status : undefined };
  }
  const checked = await measured('boussole:snapshot-check', () => checker.check(text, record ? { count: record.counts.places ?? 0 } : undefined));
  if (!checked.ok) {
    await db.meta.put({ key: 'refusal', reason: checked.reason, at: new Date().toISOString() }).catch(() => undefined);
    return { kind: 'refused', reason: checked.reason, code: checked.code, record };
  }
  if (checked.skipped > 0) console.warn(`Boussole: ${checked.skipped} place(s) of snapshot ${checked.snapshot.version} could not be shown and were left out`);
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

async function refuseBefore(db: BoussoleDatabase, record: SnapshotRecord | undefined, reason: string): Promise<SyncOutcome> {
  await db.meta.put({ key: 'refusal', reason, at: new Date().toISOString() }).catch(() => undefined);
  return { kind: 'refused', reason, code: 'too-large', record };
}

/**
 * The online start's question, "is there anything new?", at the price of the
 * version file (a few dozen bytes): the snapshot is downloaded only when its
 * version differs from the one held, and not at all when it is too large.
 * A host without the version file gets the old way: the whole snapshot.
 */
export async function updateSnapshot(db: BoussoleDatabase, fetchText: (url: string) => Promise<string>, now = Date.now()): Promise<SyncOutcome> {
  const record = await currentSnapshot(db);
  let announced: string | undefined;
  try {
    announced = await fetchText(VERSION_URL);
  } catch (error) {
    if (!(error instanceof HttpError)) return { kind: 'unreachable', record };
  }
  const latest = announced === undefined ? undefined : parseVersionFile(announced);
  if (!latest) return syncSnapshot(db, fetchText, `${SNAPSHOT_URL}?fraicheur=${now}`);
  if (record?.version === latest.version) return { kind: 'unchanged', record };
  if (latest.bytes > MAX_SNAPSHOT_BYTES) return refuseBefore(db, record, `announced ${latest.bytes} bytes, above the ${MAX_SNAPSHOT_BYTES} cap`);
  // The version in the address makes each snapshot its own URL: caches can keep it, and never serve an old one for it.
  return syncSnapshot(db, fetchText, `${SNAPSHOT_URL}?v=${encodeURIComponent(latest.version)}`);
}
