/**
 * What changed between two snapshots, two ways: a report for people (places
 * added, removed, and for each changed place the fields with their old and new
 * values; provenance and the confirmation date, which follow every change, are
 * left out) and a delta for machines (what a device holding the old snapshot
 * needs to rebuild the new one: added places whole, removed ids, and for each
 * changed place only the keys that changed), whose gzip size is what a night
 * costs on the 2G update path.
 */
import type { Place, Snapshot } from '../../../src/places/place';

export interface PlaceLabel {
  id: string;
  nom: string;
  commune: string;
}

export interface FieldChange {
  field: string;
  before?: unknown;
  after?: unknown;
}

export interface SnapshotChanges {
  from?: string;
  to: string;
  counts: { added: number; removed: number; changed: number };
  added: PlaceLabel[];
  removed: PlaceLabel[];
  changed: Array<PlaceLabel & { fields: FieldChange[] }>;
}

export interface SnapshotDelta {
  from?: string;
  to: string;
  added: Place[];
  removed: string[];
  /** Per place id: the top-level keys whose value changed (complements whole), and those that went. */
  changed: Record<string, { set: Partial<Place>; unset: string[] }>;
}

/** Facts that change whenever anything else does: not news to a reader. */
const NOT_NEWS: ReadonlySet<string> = new Set(['complements.provenance', 'complements.confirme_le']);

const label = (place: Place): PlaceLabel => ({ id: place.id, nom: place.nom, commune: place.commune });

function flatten(place: Place): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  for (const [key, value] of Object.entries(place)) {
    if (key === 'complements') continue;
    fields.set(key, value);
  }
  for (const [key, value] of Object.entries(place.complements)) fields.set(`complements.${key}`, value);
  return fields;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export function fieldChanges(before: Place, after: Place): FieldChange[] {
  const old = flatten(before);
  const now = flatten(after);
  const keys = [...new Set([...old.keys(), ...now.keys()])];
  return keys
    .filter((key) => !NOT_NEWS.has(key) && !same(old.get(key), now.get(key)))
    .map((field) => ({ field, ...(old.has(field) ? { before: old.get(field) } : {}), ...(now.has(field) ? { after: now.get(field) } : {}) }));
}

export function diffSnapshots(previous: Snapshot | undefined, next: Snapshot): SnapshotChanges {
  const before = new Map((previous?.places ?? []).map((place) => [place.id, place]));
  const after = new Map(next.places.map((place) => [place.id, place]));
  const added = next.places.filter((place) => !before.has(place.id)).map(label);
  const removed = (previous?.places ?? []).filter((place) => !after.has(place.id)).map(label);
  const changed = next.places.flatMap((place) => {
    const old = before.get(place.id);
    if (!old) return [];
    const fields = fieldChanges(old, place);
    return fields.length === 0 ? [] : [{ ...label(place), fields }];
  });
  return {
    ...(previous ? { from: previous.version } : {}),
    to: next.version,
    counts: { added: added.length, removed: removed.length, changed: changed.length },
    added,
    removed,
    changed,
  };
}

export function snapshotDelta(previous: Snapshot, next: Snapshot): SnapshotDelta {
  const before = new Map(previous.places.map((place) => [place.id, place]));
  const after = new Set(next.places.map((place) => place.id));
  const changed: SnapshotDelta['changed'] = {};
  const added: Place[] = [];
  for (const place of next.places) {
    const old = before.get(place.id);
    if (!old) {
      added.push(place);
      continue;
    }
    const record = place as unknown as Record<string, unknown>;
    const oldRecord = old as unknown as Record<string, unknown>;
    const set: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(record)) if (!same(oldRecord[key], value)) set[key] = value;
    const unset = Object.keys(oldRecord).filter((key) => !(key in record));
    if (Object.keys(set).length > 0 || unset.length > 0) changed[place.id] = { set: set as Partial<Place>, unset };
  }
  return { from: previous.version, to: next.version, added, removed: previous.places.filter((place) => !after.has(place.id)).map((place) => place.id), changed };
}

/** The places of `previous` with `delta` applied, in the snapshot's id order: proves the delta says everything. */
export function applyDelta(previous: readonly Place[], delta: SnapshotDelta): Place[] {
  const removed = new Set(delta.removed);
  const places = previous
    .filter((place) => !removed.has(place.id))
    .map((place) => {
      const change = delta.changed[place.id];
      if (!change) return place;
      const record: Record<string, unknown> = { ...place, ...change.set };
      for (const key of change.unset) delete record[key];
      return record as unknown as Place;
    });
  return [...places, ...delta.added].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
