import { useT } from '../../i18n';
import { orientationHref } from '../../orientation/links';
import { useVisit } from '../../visit';
import { CALENDAR, dependsOnPerson, type CalendarEntry } from '../calendar';
import { intlLocale } from '../../i18n/languages';
import { useLanguage } from '../use-guide-text';

/** The year's procedures month by month, starting with the current month, so people can act before the deadline. */
export default function Calendar() {
  const t = useT('guides');
  const { code } = useLanguage();
  const locale = intlLocale(code);
  const current = new Date().getMonth() + 1;
  // Entries whose date depends on the person (a quarterly return, a renewal) have their own section, once.
  const personal = CALENDAR.filter(dependsOnPerson);
  const months = Array.from({ length: 12 }, (_, index) => ((current - 1 + index) % 12) + 1);
  const monthName = (month: number) => new Intl.DateTimeFormat(locale, { month: 'long' }).format(new Date(2026, month - 1, 15));
  return (
    <section aria-labelledby="calendar-heading" class="calendar">
      <h2 id="calendar-heading">{t('calendar.title')}</h2>
      <p>{t('calendar.intro')}</p>
      {months.map((month) => {
        const entries = CALENDAR.filter((entry) => entry.months.includes(month) && !dependsOnPerson(entry));
        if (entries.length === 0) return null;
        return (
          <section key={month} aria-labelledby={`month-${month}`}>
            <h3 id={`month-${month}`}>
              {monthName(month)}
              {month === current ? ` — ${t('calendar.thisMonth')}` : ''}
            </h3>
            <Entries entries={entries} />
          </section>
        );
      })}
      {personal.length > 0 && (
        <section aria-labelledby="month-personal">
          <h3 id="month-personal">{t('calendar.personal')}</h3>
          <p>{t('calendar.personalIntro')}</p>
          <Entries entries={personal} />
        </section>
      )}
    </section>
  );
}

function Entries({ entries }: { entries: CalendarEntry[] }) {
  const t = useT('guides');
  const { code } = useLanguage();
  const { where } = useVisit();
  return (
    <ul>
      {entries.map((entry) => (
        <li key={entry.id}>
          <strong>{entry.title[code] ?? entry.title.fr}</strong> — {entry.detail[code] ?? entry.detail.fr}{' '}
          {entry.guide && <a href={`/guides/${entry.guide}`}>{t('calendar.guide')}</a>}{' '}
          <a href={orientationHref(entry.need, where)}>{t('calendar.places')}</a>
        </li>
      ))}
    </ul>
  );
}
