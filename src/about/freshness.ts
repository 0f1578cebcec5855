import type { Place } from '../places/place';
import { confirmedOn } from '../places/confirmed';

export interface Freshness {
  /** The oldest and newest date a place's data was confirmed (YYYY-MM-DD), when any place has one. */
  oldest?: string;
  newest?: string;
  /** Places whose data was last confirmed more than a year before `today`. */
  olderThanAYear: number;
}

/** How old the places' own data is, as of `today` (YYYY-MM-DD): the snapshot may be new while a place's hours are not. */
export function freshnessOf(places: readonly Place[], today: string): Freshness {
  const [year, month, day] = today.split('-');
  const aYearAgo = `${Number(year) - 1}-${month}-${day}`;
  let oldest: string | undefined;
  let newest: string | undefined;
  let olderThanAYear = 0;
  for (const place of places) {
    // The nightly's confirmation date when the snapshot has it (a national record may confirm a place whose
    // fields are older), else the place's own date_maj.
    const date = /^\d{4}-\d{2}-\d{2}/.exec(confirmedOn(place))?.[0];
    if (!date) continue;
    if (!oldest || date < oldest) oldest = date;
    if (!newest || date > newest) newest = date;
    if (date < aYearAgo) olderThanAYear++;
  }
  return { oldest, newest, olderThanAYear };
}
