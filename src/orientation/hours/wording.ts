/**
 * Short spoken-style sentences for an hours status: "Ouvert jusqu'à 12 h",
 * "Ouvre demain à 9 h 30". Pure (no opening_hours, no i18next instance):
 * strings come from the `hours` namespace through `t`, names of days and
 * months from Intl, so every language gets them without translation work.
 */
import { dayAndMonth, formatTime, parisDaysBetween, weekdayName } from './time';
import type { HoursStatus } from './types';

/** The part of i18next's `t` this module uses (a `TFunction` fits). */
export type Translate = (key: string, options?: Record<string, string | number>) => string;

/** One sentence for the status at `now`, in the language of `t` and `languageTag` (BCP 47, e.g. "fr-FR"). */
export function describeStatus(status: HoursStatus, now: Date, t: Translate, languageTag: string): string {
  switch (status.kind) {
    case 'unknown':
      return t('status.unknown');
    case 'open': {
      const { closesAt } = status;
      if (!closesAt) return t(status.uncertain ? 'status.maybeOpen' : 'status.open');
      const time = formatTime(closesAt, languageTag);
      if (status.closesSoon) return t('status.closesSoon', { time });
      const days = parisDaysBetween(now, closesAt);
      if (status.uncertain) return days === 0 ? t('status.maybeOpenUntil', { time }) : t('status.maybeOpen');
      if (days === 0) return t('status.openUntil', { time });
      if (days === 1) return t('status.openUntilTomorrow', { time });
      return t('status.openUntilDay', { time, weekday: weekdayName(closesAt, languageTag) });
    }
    case 'closed': {
      if (status.holiday !== undefined) return t('status.closedHoliday');
      const next = describeNextOpening(status, now, t, languageTag);
      return next ?? t('status.closed');
    }
  }
}

/**
 * "Ouvre mardi à 9 h" for a closed status with a known next opening, else
 * undefined. `describeStatus` uses it; the badge shows it as a second line
 * under "Fermé aujourd'hui (jour férié)".
 */
export function describeNextOpening(status: HoursStatus, now: Date, t: Translate, languageTag: string): string | undefined {
  if (status.kind !== 'closed' || !status.opensAt) return undefined;
  const { opensAt } = status;
  const time = formatTime(opensAt, languageTag);
  const days = parisDaysBetween(now, opensAt);
  if (days <= 0) return t(status.opensSoon ? 'status.opensSoon' : 'status.opensAt', { time });
  if (days === 1) return t('status.opensTomorrow', { time });
  if (days < 7) return t('status.opensOn', { time, weekday: weekdayName(opensAt, languageTag) });
  return t('status.opensOnDate', { time, date: dayAndMonth(opensAt, languageTag) });
}

/** The badge's look: which icon, which emphasis. Words always carry the meaning too. */
export type StatusTone = 'open' | 'closing' | 'opening' | 'closed' | 'unknown' | 'maybe';

export function statusTone(status: HoursStatus): StatusTone {
  switch (status.kind) {
    case 'unknown':
      return 'unknown';
    case 'open':
      return status.closesSoon ? 'closing' : status.uncertain ? 'maybe' : 'open';
    case 'closed':
      return status.opensSoon && status.holiday === undefined ? 'opening' : 'closed';
  }
}
