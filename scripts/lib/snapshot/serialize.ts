/**
 * The bytes of public/data/snapshot.json. Same places → same bytes: keys in
 * the standard's order then the complements', nothing empty written (no "",
 * [], null; only `services`, which the Place contract requires), one compact place per line so a nightly diff shows which places
 * changed without the weight of indentation.
 */
import type { Place, Provenance, Snapshot } from '../../../src/places/place';
import { COMPLEMENT_KEYS, PROVENANCE_KEYS, STANDARD_FIELDS } from './standard-fields';

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function withoutEmptyItems(value: unknown): unknown {
  return Array.isArray(value) ? value.filter((item) => !isEmpty(item)) : value;
}

/** Written even when empty: the Place contract requires it and the app reads it on every place. */
const ALWAYS_WRITTEN: ReadonlySet<string> = new Set(['services']);

function ordered<T extends object>(source: T, keys: readonly string[]): T {
  const record = source as Record<string, unknown>;
  const target: Record<string, unknown> = {};
  const extra = Object.keys(record)
    .filter((key) => !keys.includes(key))
    .sort();
  for (const key of [...keys, ...extra]) {
    const value = withoutEmptyItems(record[key]);
    if (!isEmpty(value) || (ALWAYS_WRITTEN.has(key) && Array.isArray(value))) target[key] = value;
  }
  return target as T;
}

/** The place with its keys in the snapshot's order and its empty values left out. */
export function canonicalPlace(place: Place): Place {
  const complements = ordered(place.complements, COMPLEMENT_KEYS);
  complements.provenance = place.complements.provenance.map((entry) => ordered<Provenance>(entry, PROVENANCE_KEYS));
  return { ...ordered(place, STANDARD_FIELDS), complements };
}

/** Places sorted by id (code-unit order, the same on every machine and locale). */
export function sortPlaces(places: readonly Place[]): Place[] {
  return [...places].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function serializeSnapshot(snapshot: Snapshot): string {
  const head = `{"version":${JSON.stringify(snapshot.version)},"generated_at":${JSON.stringify(snapshot.generated_at)},"counts":${JSON.stringify(snapshot.counts)},"places":[`;
  return `${head}\n${snapshot.places.map((place) => JSON.stringify(place)).join(',\n')}\n]}\n`;
}
