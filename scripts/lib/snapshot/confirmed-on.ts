/**
 * The date a place's data was last confirmed (`complements.confirme_le`): the
 * newest full date at which one of its sources vouched for it — its own
 * `date_maj`, or the date of any record merged into it (a national record, a
 * hub record, an extra source). A month-only date (a monograph's) confirms
 * nothing to the day and is left out. The app can say "checked on …" per
 * place instead of the date of the oldest file.
 */
import type { Place } from '../../../src/places/place';

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function confirmationDate(place: Place): string {
  return place.complements.provenance
    .map((entry) => entry.date)
    .filter((date) => FULL_DATE.test(date))
    .reduce((latest, date) => (date > latest ? date : latest), place.date_maj);
}

export function withConfirmationDate(place: Place): Place {
  return { ...place, complements: { ...place.complements, confirme_le: confirmationDate(place) } };
}
