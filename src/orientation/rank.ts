import type { Place } from '../places/place';
import { offersAccompaniment } from '../places/services';
import { cannotBeChecked } from './answer/trust';
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
  /** Hours (read or as text) or a phone let the person check before travelling. */
  checkable: boolean;
}

/**
 * The order, in tiers, so that it can be said in one line ("why this order"):
 *
 * 1. when the need calls for a person who helps, every accompanied place comes
 *    before every equipment-only place — the seeds' rule « repérer les lieux
 *    où il y a un accompagnement, c'est mieux »;
 * 2. places within NEAR_KM before farther ones (no strength of a place makes
 *    a 60 km trip the first answer in a village);
 * 3. the best answer to the need first: service and better-answer fact (a
 *    France Services for taxes, a printer for printing), then places open to
 *    everyone before those for one public only (a youth Mission Locale) unless
 *    the need is theirs;
 * 4. at a comparable distance (the same 5 km band), places with hours or a phone
 *    before places nobody can check — a bus stopping in the village still comes
 *    before a place 15 km away;
 * 5. then nearer first (to 100 m), then open now before closed, then name.
 *
 * Without a position, the score below orders each tier instead of distance.
 *
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
 *   it reorders places at the same distance, it never brings a far one close.
 *
 * The score is kept on each result (the map and tests read it); the tiers
 * above decide the order. Name last, so the order is stable.
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
  const helpFirst = need?.help ?? false;
  const forYouth = need ? YOUTH_NEEDS.has(need.id) : true;
  const keyed: { entry: RankedPlace; order: number }[] = [];
  for (const place of places) {
    if (need && !placeMatchesNeed(place, need)) continue;
    const opening = context.openingOf(place);
    const reached = reach(place, context);
    const distanceKm = reached?.km;
    if (!passesFilters(place, filters, opening, context, distanceKm)) continue;
    const service = need ? serviceScore(place, need) : 1;
    const score = service * proximityScore(distanceKm) * openingFactor(opening);
    const accompanied = offersAccompaniment(place);
    const checkable = !cannotBeChecked(place);
    const order = orderKey({
      helpLast: helpFirst && !accompanied,
      far: distanceKm !== undefined && distanceKm > NEAR_KM,
      weakerService: need ? Math.round((1 - service) * 100) : 0,
      onePublic: !forYouth && forOnePublic(place),
      band: distanceKm === undefined ? 0 : Math.floor(distanceKm / COMPARABLE_KM),
      uncheckable: !checkable,
      tenths: distanceKm === undefined ? 0 : Math.round(distanceKm * 10),
    });
    keyed.push({ entry: { place, score, distanceKm, opening, accompanied, checkable, ...(reached?.stop && { nearestStop: reached.stop }) }, order });
  }
  keyed.sort((a, b) => a.order - b.order || b.entry.score - a.entry.score || byFrenchName(a.entry.place.nom, b.entry.place.nom));
  return keyed.map(({ entry }) => entry);
}

/** The tiers of the order above, first the one that decides most; then the distance to 100 m. */
interface OrderParts {
  helpLast: boolean;
  far: boolean;
  /** 0 for the best answer to the need, up to 100 for none: 100 × (1 − service score). */
  weakerService: number;
  onePublic: boolean;
  /** Which COMPARABLE_KM band the place falls in. */
  band: number;
  uncheckable: boolean;
  tenths: number;
}

/** Beyond any distance on Earth (20,000 km): 4,000 bands of 5 km, 200,000 tenths of a km. */
const BANDS = 2 ** 12;
const TENTHS = 2 ** 18;

/**
 * The parts folded into one number that sorts as they do, one after the other (2 × 2 × 101 × 2 × 2¹² × 2 × 2¹⁸,
 * well within a double's exact integers): a national list sorts 8,000 places, and comparing one number instead of
 * seven halves the ranking's time on a slow phone — it runs again at each filter and when the hours arrive.
 */
function orderKey(parts: OrderParts): number {
  let key = Number(parts.helpLast);
  key = key * 2 + Number(parts.far);
  key = key * 101 + Math.min(Math.max(parts.weakerService, 0), 100);
  key = key * 2 + Number(parts.onePublic);
  key = key * BANDS + Math.min(parts.band, BANDS - 1);
  key = key * 2 + Number(parts.uncheckable);
  return key * TENTHS + Math.min(parts.tenths, TENTHS - 1);
}

/** Places whose distances fall in the same band of this width are "comparable" for the checkable tier. */
const COMPARABLE_KM = 5;

/** Farther than this, a place is a trip, not a visit: it comes after every nearer tier. */
export const NEAR_KM = 30;

/** Needs a youth-only place answers as well as any other (jobs, training). */
const YOUTH_NEEDS = new Set(['cv-emploi', 'insertion-pro', 'france-travail']);

/** A place that receives one public only: the Missions Locales (16–25-year-olds). */
function forOnePublic(place: Place): boolean {
  return (place.typologie ?? []).includes('ML');
}

let frenchCollator: Intl.Collator | undefined;
/** One collator for every comparison: `localeCompare(…, 'fr')` would build one per call. */
const byFrenchName = (a: string, b: string) => (frenchCollator ??= new Intl.Collator('fr')).compare(a, b);
