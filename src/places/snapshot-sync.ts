import type { BoussoleDatabase, SnapshotRecord } from './db';
import type { Place, Snapshot } from './place';
import { measured } from './measured';
import { checkSnapshot } from './snapshot-check';

export const SNAPSHOT_URL = '/data/snapshot.json';

export type SyncOutcome =
  | { kind: 'imported'; record: SnapshotRecord }
  | { kind: 'unchanged'; record: SnapshotRecord }
  | { kind: 'refused'; reason: string; record: SnapshotRecord | undefined }
  | { kind: 'unreachable'; record: SnapshotRecord | undefined };

export async function currentSnapshot(db: BoussoleDatabase): Promise<SnapshotRecord | undefined> {
  const record = await db.meta.get('snapshot');
  return record?.key === 'snapshot' ? record : undefined;
}

/** The places of the stored snapshot (none if there is none). */
export async function storedPlaces(db: BoussoleDatabase): Promise<Place[]> {
  const stored = await db.snapshotText.get('snapshot');
  return stored ? (JSON.parse(stored.json) as Snapshot).places : [];
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
  } catch {
    return { kind: 'unreachable', record };
  }
  const checked = await measured('boussole:snapshot-check', () => checkSnapshot(text, record ? { count: record.counts.places ?? 0 } : undefined));
  if (!checked.ok) {
    await db.meta.put({ key: 'refusal', reason: checked.reason, at: new Date().toISOString() });
    return { kind: 'refused', reason: checked.reason, record };
  }
  if (record?.version === checked.snapshot.version) return { kind: 'unchanged', record };
  try {
    return { kind: 'imported', record: await measured('boussole:snapshot-store', () => importSnapshot(db, checked.snapshot, text)) };
  } catch (error) {
    // Storage full or IndexedDB failing: the transaction rolled back, the old places are intact.
    return { kind: 'refused', reason: `could not store: ${error instanceof Error ? error.name : String(error)}`, record };
  }
}
