import { useMemo, useState } from 'preact/hooks';
import { usePlaces } from '../places/store';
import { useVisit, type Where } from '../visit';
import { useHours, type HoursApi } from './hours-loader';
import { findNeed, needForService, type Need } from './needs';
import { rankPlaces, type Filters, type RankedPlace } from './rank';
import { useWhereFromParams, type WhereFromLink } from './where-loader';
import { isItinerant } from './passages/itinerant';
import { stopsOf } from './passages/stops';
import { distanceKm } from './where/geo';

/** Filters travel in the link (?filtres=ouvert,gratuit) so a result page can be shared as it is. */
export const FILTER_PARAMS: Record<keyof Filters, string> = {
  openNow: 'ouvert',
  openSaturday: 'samedi',
  free: 'gratuit',
  wheelchair: 'fauteuil',
  helps: 'aide',
  noAppointment: 'sans-rdv',
  passesNear: 'passe-pres',
};

export function filtersFromParams(params: URLSearchParams): Filters {
  const chosen = new Set((params.get('filtres') ?? '').split(',').filter(Boolean));
  const filters: Filters = {};
  for (const [key, param] of Object.entries(FILTER_PARAMS) as [keyof Filters, string][]) if (chosen.has(param)) filters[key] = true;
  return filters;
}

export interface OrientationState {
  need: Need | undefined;
  fromLink: WhereFromLink;
  where: Where | undefined;
  filters: Filters;
  ranked: RankedPlace[];
  /** The places are still being read: `ranked` is empty for now, not for good. */
  placesLoading: boolean;
  hours: HoursApi | undefined;
  now: Date;
}

/**
 * One orientation as a link describes it (need or service, commune or
 * position, filters): shared by the result list and the map, so both always
 * show the same places in the same order.
 */
export function useOrientation(params: URLSearchParams): OrientationState {
  const need = findNeed(params.get('besoin')) ?? needForService(params.get('service'));
  const fromLink = useWhereFromParams(params);
  const { where: remembered } = useVisit();
  const where = fromLink.status === 'none' ? remembered : fromLink.status === 'found' ? fromLink.where : undefined;
  const places = usePlaces();
  const [now] = useState(() => new Date());
  // The evaluator's 350 kB load once the results can show: a link's commune must be known first.
  const hours = useHours(places.status === 'ready' && fromLink.status !== 'loading', places.status === 'ready' ? { places: places.places, now } : undefined);
  const filterKey = params.get('filtres') ?? '';
  const filters = useMemo(() => filtersFromParams(params), [filterKey]);

  const ranked = useMemo(() => {
    if (places.status !== 'ready') return [];
    return rankPlaces(places.places, need, filters, {
      origin: where,
      openingOf: (place) => hours?.openingAt(place.horaires, now) ?? 'unknown',
      opensOnSaturday: (place) => hours?.isOpenOn(place.horaires, 6) ?? false,
      distanceKm,
      isItinerant,
      stopsOf: (place) => stopsOf(place).map((stop) => ({ latitude: stop.lat, longitude: stop.lon, label: stop.nom })),
    });
  }, [places, need, where?.latitude, where?.longitude, filters, hours, now]);

  return { need, fromLink, where, filters, ranked, placesLoading: places.status === 'loading', hours, now };
}
