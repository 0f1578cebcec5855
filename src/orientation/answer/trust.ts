import type { Place } from '../../places/place';

/**
 * What tells a person how far to trust an answer: how old its data is, and
 * whether anything lets them check it before travelling. Pure functions; the
 * clock is always passed in (tests pin it).
 */

/** Past this age the data may be stale: the screens suggest calling first. */
export const OLD_AFTER_DAYS = 365;

/** Whole days from the place's last update (`date_maj`, YYYY-MM-DD) to `now`; undefined when unreadable. */
export function dataAgeDays(dateMaj: string, now: Date): number | undefined {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(dateMaj);
  if (!match) return undefined;
  const updated = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3] ?? '1'));
  return Math.floor((now.getTime() - updated) / 86_400_000);
}

export function isOld(dateMaj: string, now: Date): boolean {
  const days = dataAgeDays(dateMaj, now);
  return days !== undefined && days > OLD_AFTER_DAYS;
}

/** Neither opening hours (read or as text) nor a phone: nothing to check before the trip but the town hall. */
export function cannotBeChecked(place: Place): boolean {
  return !place.horaires && !place.complements.horaires_texte?.trim() && !place.telephone;
}

/** The update date as the language writes it ("3 juin 2020", "٣ يونيو ٢٠٢٠"). */
export { formatIsoDate as formatDataDate } from '../../i18n/format';
