import { weekTable } from '../evaluate';
import { holidayName, rangeSeparator } from '../holidays';
import { useHoursText } from '../i18n';
import { formatHHMM, longDate, parisDateKey } from '../time';
import type { DayHours } from '../types';
import type { Translate } from '../wording';
import './style.css';

interface Props {
  /** OSM opening_hours value (`place.horaires`). */
  horaires?: string | undefined;
  /** The source's French free text (`place.complements.horaires_texte`). */
  horairesTexte?: string | undefined;
  /** Today; the table shows the seven days starting with it. */
  now?: Date;
}

/**
 * The hours of the next seven days (today first), as a real table: one row
 * per day with its date, today marked, public holidays named. Free text that
 * could not be turned into hours is shown as it is, saying so.
 */
export function HoursTable({ horaires, horairesTexte, now = new Date() }: Props) {
  const { t, languageTag, ready } = useHoursText();
  if (!ready) return null;
  const week = weekTable(horaires, now);
  const text = horairesTexte?.trim();

  if (!week) {
    if (!text) return <p class="hours-table__unknown">{t('table.unknown')}</p>;
    return (
      <div class="hours-table hours-table--text">
        <p class="hours-table__note">{t('table.notRead')}</p>
        <p class="hours-table__source">
          <span class="visually-hidden">{t('table.sourceText')} : </span>
          <span lang="fr">{text}</span>
        </p>
      </div>
    );
  }

  const today = parisDateKey(now);
  return (
    <div class="hours-table">
      <table>
        <caption>{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.day')}</th>
            <th scope="col">{t('table.hours')}</th>
          </tr>
        </thead>
        <tbody>
          {week.days.map((day) => {
            const isToday = day.date === today;
            return (
              <tr key={day.date} class={isToday ? 'hours-table__today' : undefined} aria-current={isToday ? 'date' : undefined}>
                <th scope="row">
                  {capitalise(longDate(day.noon, languageTag), languageTag)}
                  {isToday && <span class="hours-table__today-mark"> ({t('table.today')})</span>}
                </th>
                <td>
                  <DayCell day={day} t={t} languageTag={languageTag} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {week.holidays === 'assumed-closed' && <p class="hours-table__note">{t('table.holidaysAssumed')}</p>}
      {text && (
        <details class="hours-table__source">
          <summary>{t('table.sourceText')}</summary>
          <p lang="fr">{text}</p>
        </details>
      )}
    </div>
  );
}

function DayCell({ day, t, languageTag }: { day: DayHours; t: Translate; languageTag: string }) {
  const holiday = day.holiday ? <span class="hours-table__holiday">{t('table.holiday', { name: holidayName(day.holiday, t) })}</span> : null;
  if (day.intervals.length === 0) {
    return (
      <>
        {day.holiday !== undefined ? t('table.closedHoliday') : t('table.closed')}
        {holiday}
      </>
    );
  }
  return (
    <>
      {day.intervals.map((interval, index) => (
        <span key={`${interval.start}-${interval.end}`}>
          {index > 0 && rangeSeparator(languageTag)}
          <span class="hours-table__range">
            {t('table.range', { start: formatHHMM(interval.start, languageTag), end: formatHHMM(interval.end, languageTag) })}
          </span>
          {(interval.comment || interval.uncertain) && (
            <span class="hours-table__comment">
              {' ('}
              {interval.comment ? <span lang="fr">{interval.comment}</span> : t('table.uncertain')}
              {')'}
            </span>
          )}
        </span>
      ))}
      {holiday}
    </>
  );
}

function capitalise(text: string, languageTag: string): string {
  return text.charAt(0).toLocaleUpperCase(languageTag) + text.slice(1);
}

export default HoursTable;
