/**
 * The territory leaflet ("qui fait quoi près de chez vous"): which places,
 * in which groups, and how many A4 pages they take. Pure: tested without a
 * browser; the page count's measuring lives in Leaflet/measure.ts.
 */
import { placeMatchesNeed, type Need } from '../orientation/needs';
import type { Place } from '../places/place';
import { SERVICE_IDS, serviceId } from '../places/services';
import { distanceKm, type GeoPoint } from '../orientation/where/geo';

export interface LeafletEntry {
  place: Place;
  km: number;
}

export interface LeafletGroup {
  /** A service id (the pictogram need-<id>.svg), or 'other' for places that name none. */
  id: string;
  entries: LeafletEntry[];
}

/** The leaflet's groups, in the standard's order of services. */
export const GROUP_ORDER: readonly string[] = [...Object.values(SERVICE_IDS), 'other'];

/** Every place within `radiusKm` of the centre (as the crow flies, borders included), nearest first; narrowed to a need if given. */
export function placesWithin(places: readonly Place[], centre: GeoPoint, radiusKm: number, need?: Need): LeafletEntry[] {
  return places
    .map((place) => ({ place, km: distanceKm(centre, place) }))
    .filter(({ place, km }) => km <= radiusKm && (!need || placeMatchesNeed(place, need)))
    .sort((a, b) => a.km - b.km || a.place.nom.localeCompare(b.place.nom, 'fr'));
}

/** A place's service ids, in the standard's order. */
export function placeServiceIds(place: Place): string[] {
  const ids = new Set(place.services.map(serviceId).filter((id): id is string => Boolean(id)));
  return GROUP_ORDER.filter((id) => ids.has(id));
}

/**
 * Each place once, under its first service in the standard's order (its block
 * shows the pictograms of all it offers): a place offering four services does
 * not fill four times the paper. Empty groups are left out.
 */
export function groupByService(entries: readonly LeafletEntry[]): LeafletGroup[] {
  const groups = new Map<string, LeafletEntry[]>(GROUP_ORDER.map((id) => [id, []]));
  for (const entry of entries) groups.get(placeServiceIds(entry.place)[0] ?? 'other')!.push(entry);
  return GROUP_ORDER.map((id) => ({ id, entries: groups.get(id)! })).filter((group) => group.entries.length > 0);
}

/** A block of the printed leaflet: its height, and whether it must stay on the page of the block after it (a heading). */
export interface PrintBlock {
  height: number;
  keepWithNext?: boolean;
}

/**
 * How many pages the blocks fill, laid out as the print stylesheet asks: no
 * block is cut (break-inside: avoid), a heading never ends a page
 * (break-after: avoid), no margins between blocks (so heights add up exactly).
 * A block taller than a page starts a page and runs over as many as it needs.
 */
export function countPages(blocks: readonly PrintBlock[], pageHeight: number): number {
  if (blocks.length === 0) return 1;
  let pages = 1;
  let used = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    // A heading travels with the block it introduces.
    const next = block.keepWithNext ? blocks[i + 1] : undefined;
    const needed = block.height + (next?.height ?? 0);
    if (used > 0 && used + Math.min(needed, pageHeight) > pageHeight + 0.5) {
      pages++;
      used = 0;
    }
    used += block.height;
    while (used > pageHeight + 0.5) {
      pages++;
      used -= pageHeight;
    }
  }
  return pages;
}
