import type { Place } from '../places/place';
import { offersAccompaniment } from '../places/services';
import type { Need } from './needs';
import { placeMatchesNeed } from './needs';

/** Where the person is, as far as the ranking needs to know. */
export interface Origin {
  latitude: number;
  longitude: number;
}

/** The opening state of a place at the time of the search (computed by the lazy hours module). */
export type Opening = 'open' | 'opens-today' | 'closed-today' | 'unknown';

export interface Filters {
  openNow?: boolean;
  openSaturday?: boolean;
  free?: boolean;
  wheelchair?: boolean;
  helps?: boolean;
  noAppointment?: boolean;
  /** Only services that come and go with a stop (or their base) near the person: « passe près de chez moi ». */
  passesNear?: boolean;
}

export interface RankContext {
  origin?: Origin;
  openingOf: (place: Place) => Opening;
  opensOnSaturday: (place: Place) => boolean;
  distanceKm: (from: Origin, to: Origin) => number;
  /** Where an itinerant service stops besides its base (none for fixed places, or before the commune list loads). */
  stopsOf?: (place: Place) => readonly (Origin & { label: string })[];
  /** Whether the place comes and goes (a bus, a session every other week). */
  isItinerant?: (place: Place) => boolean;
}

export interface RankedPlace {
  place: Place;
  score: number;
  distanceKm?: number;
  opening: Opening;
  accompanied: boolean;
  /** The stop of an itinerant service nearest the person, when nearer than its base. */
  nearestStop?: string;
}

/**
 * The documented score, a product so that no strength makes up for a place
 * being far away (a place 100 km off that is open is no answer in a village):
 *
 *   score = service × proximity × (0.75 + 0.25 × opening)
 *
 * - service: 1 when the place offers the need's service and has what makes it
 *   a better answer (a printer for printing, France Services for taxes…),
 *   0.7 for the service alone, 0.5 for the better-answer fact alone.
 * - proximity: 1 / (1 + km / 10), halved at 10 km (a short drive, a long
 *   walk); 1 for every place when we do not know where the person is.
 * - opening: open now 1, opens later today 0.6, unknown 0.3, closed today 0 —
 *   it reorders places at similar distances, it never brings a far one close.
 *
 * When the need calls for a person who helps, every accompanied place comes
 * before every equipment-only place, whatever the score: the seeds' rule
 * « repérer les lieux où il y a un accompagnement, c'est mieux ».
 * Ties are broken by distance, then name, so the order is stable.
 */
const OPENING_VALUE: Record<Opening, number> = { open: 1, 'opens-today': 0.6, unknown: 0.3, 'closed-today': 0 };
const HALF_SCORE_KM = 10;

export function openingFactor(opening: Opening): number {
  return 0.75 + 0.25 * OPENING_VALUE[opening];
}

export function serviceScore(place: Place, need: Need): number {
  const offers = place.services.some((service) => (need.services as string[]).includes(service));
  const better = need.boost?.(place) ?? false;
  if (offers && better) return 1;
  if (offers) return 0.7;
  return better ? 0.5 : 0;
}

export function proximityScore(km: number | undefined): number {
  return km === undefined ? 1 : 1 / (1 + km / HALF_SCORE_KM);
}

/** A bus that stops within this distance « passe près de chez moi »: a short drive, a lift from a neighbour. */
export const PASSES_NEAR_KM = 15;

/**
 * How far the person is from a place: for an itinerant service, from the
 * nearest of its base and its stops — the bus that stops in the village is
 * 0 km away, wherever its garage is.
 */
export function reach(place: Place, context: RankContext): { km: number; stop?: string } | undefined {
  const origin = context.origin;
  if (!origin) return undefined;
  let best: { km: number; stop?: string } = { km: context.distanceKm(origin, place) };
  for (const stop of context.stopsOf?.(place) ?? []) {
    const km = context.distanceKm(origin, stop);
    if (km < best.km) best = { km, stop: stop.label };
  }
  return best;
}

export function passesFilters(place: Place, filters: Filters, opening: Opening, context: RankContext, km?: number): boolean {
  if (filters.passesNear && !(context.isItinerant?.(place) && km !== undefined && km <= PASSES_NEAR_KM)) return false;
  if (filters.openNow && opening !== 'open') return false;
  if (filters.openSaturday && !context.opensOnSaturday(place)) return false;
  if (filters.free && !(place.frais_a_charge ?? []).includes('Gratuit')) return false;
  if (filters.wheelchair && place.complements.acces_pmr !== true) return false;
  if (filters.helps && !offersAccompaniment(place)) return false;
  if (filters.noAppointment && !(place.modalites_acces ?? []).includes('Se présenter')) return false;
  return true;
}

export function rankPlaces(places: readonly Place[], need: Need | undefined, filters: Filters, context: RankContext): RankedPlace[] {
  const ranked: RankedPlace[] = [];
  for (const place of places) {
    if (need && !placeMatchesNeed(place, need)) continue;
    const opening = context.openingOf(place);
    const reached = reach(place, context);
    const distanceKm = reached?.km;
    if (!passesFilters(place, filters, opening, context, distanceKm)) continue;
    const service = need ? serviceScore(place, need) : 1;
    const score = service * proximityScore(distanceKm) * openingFactor(opening);
    ranked.push({ place, score, distanceKm, opening, accompanied: offersAccompaniment(place), ...(reached?.stop && { nearestStop: reached.stop }) });
  }
  const helpFirst = need?.help ?? false;
  return ranked.sort(
    (a, b) =>
      (helpFirst ? Number(b.accompanied) - Number(a.accompanied) : 0) ||
      b.score - a.score ||
      (a.distanceKm ?? 0) - (b.distanceKm ?? 0) ||
      byFrenchName(a.place.nom, b.place.nom),
  );
}

let frenchCollator: Intl.Collator | undefined;
/** One collator for every comparison: `localeCompare(…, 'fr')` would build one per call. */
const byFrenchName = (a: string, b: string) => (frenchCollator ??= new Intl.Collator('fr')).compare(a, b);
