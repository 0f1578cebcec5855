import { useEffect, useMemo, useState } from 'preact/hooks';
import { currentLanguage, i18n, useT } from '../../i18n';
import { languageOf } from '../../i18n/languages';
import { orientationHref } from '../../orientation/links';
import { NEEDS, type Need } from '../../orientation/needs';
import { rankPlaces } from '../../orientation/rank';
import { distanceKm, formatKm } from '../../orientation/where/geo';
import WherePicker from '../../orientation/WherePicker';
import { formatHHMM, formatTime, longDate, weekdayName } from '../../orientation/hours/time';
import type { Place } from '../../places/place';
import { usePlaces } from '../../places/store';
import type { Where } from '../../visit';
import { mediatorDatabase } from '../db';
import { downloadText } from '../download';
import { allTaps, createStopId, deleteStop, deleteTap, readTour, recordTap, replaceTour, saveStop, tapsOfDay } from '../store';
import { OUTCOMES, tallyCsv, type Outcome } from '../tally';
import { checkTourFile, dayKey, nextStops, stopsOn, tourDayOf, tourFile, type IsoWeekday, type Recurrence, type TourDay, type TourStop } from '../tour';
import './style.css';

/** The needs a mediator meets most: the first of the home screen. */
const MAIN_NEEDS = NEEDS.slice(0, 14);
const PLACES_PER_NEED = 2;
/** Host places offered for a stop: those of the commune and around it. */
const HOST_RADIUS_KM = 5;

const tag = () => languageOf(currentLanguage()).tag;

function noonOf(day: TourDay): Date {
  return new Date(Date.UTC(day.year, day.month - 1, day.day, 11));
}

/** The name of an ISO weekday in the screen's language (1 January 2024 was a Monday). */
function isoWeekdayName(weekday: IsoWeekday): string {
  return weekdayName(new Date(Date.UTC(2024, 0, weekday, 11)), tag());
}

function whereOf(stop: TourStop): Where {
  return { label: stop.commune.name, latitude: stop.commune.latitude, longitude: stop.commune.longitude, source: 'commune', code: stop.commune.code };
}

/** `/mediateur`: the tour, today's stop with the nearest places per need, the anonymous tally and its export. */
export default function MediatorScreen() {
  const t = useT('mediator');
  const db = mediatorDatabase();
  const [stops, setStops] = useState<TourStop[] | undefined>(undefined);
  const [now] = useState(() => new Date());
  const refresh = () => void readTour(db).then(setStops);
  useEffect(refresh, []);

  return (
    <section class="mediator" aria-labelledby="main-heading">
      <h1 id="main-heading">{t('title')}</h1>
      <p>{t('intro')}</p>
      {stops === undefined ? <p role="status">…</p> : <Today stops={stops} now={now} />}
      {stops !== undefined && <Tour stops={stops} onChange={refresh} />}
      <TallyExport />
    </section>
  );
}

function Today({ stops, now }: { stops: TourStop[]; now: Date }) {
  const t = useT('mediator');
  const today = tourDayOf(now);
  const todays = stopsOn(stops, today);
  const next = todays.length ? undefined : nextStops(stops, today);
  return (
    <section class="mediator__section" aria-labelledby="today-heading">
      <h2 id="today-heading">{t('today.heading', { date: longDate(now, tag()) })}</h2>
      {stops.length === 0 && <p>{t('today.empty')}</p>}
      {stops.length > 0 && todays.length === 0 && (
        <p>
          {t('today.none')}{' '}
          {next && t('today.next', { date: longDate(noonOf(next.day), tag()), commune: next.stops[0]!.commune.name })}
        </p>
      )}
      {todays.map((stop) => (
        <StopToday key={stop.id} stop={stop} now={now} />
      ))}
    </section>
  );
}

function StopToday({ stop, now }: { stop: TourStop; now: Date }) {
  const t = useT('mediator');
  const headingId = `stop-${stop.id}`;
  return (
    <article class="mediator__stop" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('today.stop', { commune: stop.commune.name, start: formatHHMM(stop.start, tag()), end: formatHHMM(stop.end, tag()) })}
      </h3>
      {stop.place && <p>{t('today.host', { place: stop.place.name })}</p>}
      <TallyForm stop={stop} now={now} />
      <NearestPlaces stop={stop} />
    </article>
  );
}

function TallyForm({ stop, now }: { stop: TourStop; now: Date }) {
  const t = useT('mediator');
  const tOrientation = useT('orientation');
  const db = mediatorDatabase();
  const [need, setNeed] = useState(MAIN_NEEDS[0]!.id);
  const [count, setCount] = useState<number | undefined>(undefined);
  const [saved, setSaved] = useState('');
  const [lastTap, setLastTap] = useState<string | undefined>(undefined);
  const day = dayKey(tourDayOf(now));
  useEffect(() => {
    void tapsOfDay(db, day).then((taps) => setCount(taps.filter((tap) => tap.stopId === stop.id).length));
  }, [stop.id, day]);

  const tap = async (outcome: Outcome) => {
    const recorded = await recordTap(db, stop, need, outcome, new Date());
    setLastTap(recorded.id);
    setCount((n) => (n ?? 0) + 1);
    setSaved(t('tally.saved', { need: tOrientation(`need.${need}`), outcome: t(`tally.outcome.${outcome}`) }));
  };
  const selectId = `tally-need-${stop.id}`;
  return (
    <fieldset class="mediator__tally">
      <legend>{t('tally.legend')}</legend>
      <label for={selectId}>{t('tally.need')}</label>
      <select id={selectId} value={need} onChange={(event) => setNeed(event.currentTarget.value)}>
        {NEEDS.map((option) => (
          <option key={option.id} value={option.id}>{tOrientation(`need.${option.id}`)}</option>
        ))}
      </select>
      <div class="mediator__outcomes">
        {OUTCOMES.map((outcome) => (
          <button key={outcome} type="button" class="button--primary" onClick={() => void tap(outcome)}>
            {t(`tally.outcome.${outcome}`)}
          </button>
        ))}
      </div>
      <p role="status" class="mediator__tally-status">
        {count !== undefined && t('tally.today', { count })} {saved}
      </p>
      {lastTap && (
        <p>
          <button
            type="button"
            onClick={() =>
              void deleteTap(db, lastTap).then(() => {
                setLastTap(undefined);
                setCount((n) => Math.max(0, (n ?? 1) - 1));
                setSaved(t('tally.undone'));
              })
            }
          >
            {t('tally.undo')}
          </button>
        </p>
      )}
    </fieldset>
  );
}

function NearestPlaces({ stop }: { stop: TourStop }) {
  const t = useT('mediator');
  const tOrientation = useT('orientation');
  const places = usePlaces();
  const where = whereOf(stop);
  const nearest = useMemo(() => {
    if (places.status !== 'ready') return [];
    return MAIN_NEEDS.map((need): [Need, Place[]] => [
      need,
      rankPlaces(places.places, need, {}, { origin: where, openingOf: () => 'unknown', opensOnSaturday: () => false, distanceKm })
        .slice(0, PLACES_PER_NEED)
        .map((ranked) => ranked.place),
    ]);
  }, [places, stop.id]);
  return (
    <section aria-labelledby={`near-${stop.id}`}>
      <h4 id={`near-${stop.id}`}>{t('near.title')}</h4>
      <ul class="mediator__needs">
        {nearest.map(([need, found]) => {
          const label = tOrientation(`need.${need.id}`);
          return (
            <li key={need.id}>
              <strong>{label}</strong>
              {found.length === 0 ? (
                <span> {t('near.none')}</span>
              ) : (
                <ul>
                  {found.map((place) => (
                    <li key={place.id}>
                      <a href={`/lieu/${encodeURIComponent(place.id)}?besoin=${need.id}`}>{place.nom}</a>{' '}
                      ({place.commune}, {formatKm(distanceKm(where, place), tag())})
                    </li>
                  ))}
                </ul>
              )}
              <a class="button mediator__orient" href={orientationHref(need.id, where)}>
                {t('near.orient', { need: label })}
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function recurrenceText(recurrence: Recurrence, weekday: IsoWeekday, t: (key: string, options?: Record<string, unknown>) => string): string {
  switch (recurrence.kind) {
    case 'weekly':
      return t('tour.weekly');
    case 'fortnightly':
      return t(recurrence.parity === 'odd' ? 'tour.odd' : 'tour.even');
    case 'monthly':
      return t('tour.monthly', { nth: t(`nth.${recurrence.nth}`), weekday: isoWeekdayName(weekday) });
  }
}

function Tour({ stops, onChange }: { stops: TourStop[]; onChange: () => void }) {
  const t = useT('mediator');
  const db = mediatorDatabase();
  const [message, setMessage] = useState<{ text: string; error: boolean } | undefined>(undefined);

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const checked = checkTourFile(await file.text());
    if (!checked.ok) {
      const { problem } = checked;
      const text =
        problem.key === 'badStop'
          ? t('tour.problem.badStop', { index: problem.index + 1, field: t(`tour.field.${problem.field}`) })
          : t(`tour.problem.${problem.key}`);
      return setMessage({ text, error: true });
    }
    await replaceTour(db, checked.stops);
    setMessage({ text: t('tour.imported', { count: checked.stops.length }), error: false });
    onChange();
  };

  return (
    <section class="mediator__section" aria-labelledby="tour-heading">
      <h2 id="tour-heading">{t('tour.title')}</h2>
      {stops.length === 0 ? (
        <p>{t('tour.empty')}</p>
      ) : (
        <ul class="mediator__tour">
          {stops.map((stop) => (
            <li key={stop.id}>
              <span>
                <strong>{isoWeekdayName(stop.weekday)}</strong> {formatHHMM(stop.start, tag())} – {formatHHMM(stop.end, tag())} · {stop.commune.name}
                {stop.place && ` (${stop.place.name})`} · {recurrenceText(stop.recurrence, stop.weekday, t)}
              </span>
              <button
                type="button"
                onClick={() => void deleteStop(db, stop.id).then(onChange)}
                aria-label={t('tour.delete', { commune: stop.commune.name, weekday: isoWeekdayName(stop.weekday) })}
              >
                {t('tour.deleteShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <details class="mediator__add">
        <summary>{t('tour.add')}</summary>
        <StopForm onSaved={onChange} />
      </details>
      <div class="mediator__files">
        <button type="button" disabled={stops.length === 0} onClick={() => downloadText(`tournee-${dayKey(tourDayOf(new Date()))}.json`, `${JSON.stringify(tourFile(stops), null, 2)}\n`, 'application/json')}>
          {t('tour.export')}
        </button>
        <label class="button mediator__import">
          {t('tour.import')}
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            onChange={(event) => {
              const input = event.currentTarget;
              void importFile(input.files?.[0]).finally(() => (input.value = ''));
            }}
          />
        </label>
      </div>
      <p role={message?.error ? 'alert' : 'status'} class={message?.error ? 'mediator__error' : undefined}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}

const RECURRENCES: { value: string; recurrence: Recurrence }[] = [
  { value: 'weekly', recurrence: { kind: 'weekly' } },
  { value: 'odd', recurrence: { kind: 'fortnightly', parity: 'odd' } },
  { value: 'even', recurrence: { kind: 'fortnightly', parity: 'even' } },
  ...([1, 2, 3, 4, 5] as const).map((nth) => ({ value: `monthly-${nth}`, recurrence: { kind: 'monthly', nth } as Recurrence })),
];

function StopForm({ onSaved }: { onSaved: () => void }) {
  const t = useT('mediator');
  const places = usePlaces();
  const db = mediatorDatabase();
  const [commune, setCommune] = useState<Where | undefined>(undefined);
  const [placeId, setPlaceId] = useState('');
  const [weekday, setWeekday] = useState<IsoWeekday>(1);
  const [start, setStart] = useState('09:30');
  const [end, setEnd] = useState('12:30');
  const [recurrence, setRecurrence] = useState('weekly');
  const [message, setMessage] = useState<{ text: string; error: boolean } | undefined>(undefined);

  const hosts = useMemo(() => {
    if (!commune || places.status !== 'ready') return [];
    return places.places
      .filter((place) => distanceKm(commune, place) <= HOST_RADIUS_KM)
      .sort((a, b) => distanceKm(commune, a) - distanceKm(commune, b))
      .slice(0, 30);
  }, [commune, places]);

  if (!commune) return <WherePicker onChosen={(where) => where.code && setCommune(where)} />;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!(end > start)) return setMessage({ text: t('tour.badTimes'), error: true });
    const host = hosts.find((place) => place.id === placeId);
    const stop: TourStop = {
      id: createStopId(),
      commune: { code: commune.code!, name: commune.label, latitude: commune.latitude, longitude: commune.longitude },
      ...(host && { place: { id: host.id, name: host.nom } }),
      weekday,
      start,
      end,
      recurrence: RECURRENCES.find((option) => option.value === recurrence)!.recurrence,
    };
    await saveStop(db, stop);
    setMessage({ text: t('tour.saved'), error: false });
    setCommune(undefined);
    onSaved();
  };

  return (
    <form class="mediator__form" onSubmit={(event) => void submit(event)}>
      <p>
        {t('tour.commune', { commune: commune.label })}{' '}
        <button type="button" onClick={() => setCommune(undefined)}>{t('tour.changeCommune')}</button>
      </p>
      <label for="stop-place">{t('tour.place')}</label>
      <select id="stop-place" value={placeId} onChange={(event) => setPlaceId(event.currentTarget.value)}>
        <option value="">{t('tour.noPlace')}</option>
        {hosts.map((place) => (
          <option key={place.id} value={place.id}>{place.nom} ({place.commune})</option>
        ))}
      </select>
      <label for="stop-weekday">{t('tour.weekday')}</label>
      <select id="stop-weekday" value={weekday} onChange={(event) => setWeekday(Number(event.currentTarget.value) as IsoWeekday)}>
        {([1, 2, 3, 4, 5, 6, 7] as const).map((day) => (
          <option key={day} value={day}>{isoWeekdayName(day)}</option>
        ))}
      </select>
      <label for="stop-start">{t('tour.start')}</label>
      <input id="stop-start" type="time" required value={start} onInput={(event) => setStart(event.currentTarget.value)} />
      <label for="stop-end">{t('tour.end')}</label>
      <input id="stop-end" type="time" required value={end} onInput={(event) => setEnd(event.currentTarget.value)} />
      <label for="stop-recurrence">{t('tour.recurrence')}</label>
      <select id="stop-recurrence" value={recurrence} onChange={(event) => setRecurrence(event.currentTarget.value)}>
        {RECURRENCES.map((option) => (
          <option key={option.value} value={option.value}>{recurrenceText(option.recurrence, weekday, t)}</option>
        ))}
      </select>
      <button type="submit" class="button--primary">{t('tour.save')}</button>
      {message && <p role={message.error ? 'alert' : 'status'}>{message.text}</p>}
    </form>
  );
}

function TallyExport() {
  const t = useT('mediator');
  const db = mediatorDatabase();
  const [total, setTotal] = useState<number | undefined>(undefined);
  useEffect(() => void db.taps.count().then(setTotal), []);
  const exportCsv = async () => {
    const taps = await allTaps(db);
    setTotal(taps.length);
    const french = i18n.getFixedT('fr', 'orientation');
    const csv = tallyCsv(taps, (id) => french(`need.${id}`), (iso) => formatTime(new Date(iso), 'en-GB'));
    downloadText(`frequentation-${dayKey(tourDayOf(new Date()))}.csv`, csv, 'text/csv;charset=utf-8');
  };
  return (
    <section class="mediator__section" aria-labelledby="tally-heading">
      <h2 id="tally-heading">{t('tally.exportTitle')}</h2>
      <p>{t('tally.exportHelp')}</p>
      {total !== undefined && <p>{t('tally.total', { count: total })}</p>}
      <button type="button" onClick={() => void exportCsv()}>{t('tally.export')}</button>
    </section>
  );
}
