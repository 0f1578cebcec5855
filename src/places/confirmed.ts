import type { Place } from './place';

/**
 * The date a place's data was last confirmed (YYYY-MM-DD…): the nightly's
 * `complements.confirme_le` (the newest date any of its sources gives), else
 * the place's own `date_maj`.
 */
export function confirmedOn(place: Pick<Place, 'date_maj' | 'complements'>): string {
  return place.complements?.confirme_le ?? place.date_maj ?? '';
}
