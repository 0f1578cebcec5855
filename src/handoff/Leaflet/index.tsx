import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { currentLanguage, useT } from '../../i18n';
import { languageOf } from '../../i18n/languages';
import { loadHours, type HoursApi } from '../../orientation/hours-loader';
import { findNeed, NEEDS } from '../../orientation/needs';
import { bearing, formatKm } from '../../orientation/where/geo';
import type { CommuneCentre } from '../../orientation/where/by-code';
import { useCommuneOfCode } from '../../orientation/where-loader';
import { navigate } from '../../router';
import { usePlaces } from '../../places/store';
import { formatDate } from '../../places/format';
import { GROUP_ORDER, groupByService, placesWithin, placeServiceIds, type LeafletEntry } from '../leaflet';
import { placeLink } from '../prepare';
import QrImage from '../QrImage';
import { buildSlip, qrText, weekSummary, type Words } from '../text';
import { useDataDate } from '../use-prepared';
import { loadSlipWords, wordsFor } from '../words';
import { measurePages } from './measure';
import './style.css';

const DEFAULT_RADIUS_KM = 15;

/** Monday of the week of `now` (noon, so no clock change moves it to another day). */
function mondayOf(now: Date): Date {
  const monday = new Date(now);
  monday.setHours(12, 0, 0, 0);
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
  return monday;
}

/**
 * "Qui fait quoi près de chez vous": a few A4 pages a mairie prints and pins
 * up — a legend of pictograms, then the places within the radius grouped by
 * service, each with what it offers, hours, phone and a QR code. Built from
 * the snapshot on the device, in the interface's language, offline.
 */
export default function Leaflet({ params }: { params: URLSearchParams }) {
  const t = useT('handoff');
  const tp = useT('places');
  const to = useT('orientation');
  const places = usePlaces();
  const dataDate = useDataDate();
  const code = params.get('commune') ?? '';
  const radius = Math.min(200, Math.max(1, Number.parseFloat(params.get('rayon') ?? '') || DEFAULT_RADIUS_KM));
  const need = findNeed(params.get('besoin'));
  const language = currentLanguage();

  const named = useCommuneOfCode(code || null);
  // undefined while its département's communes load; null when no commune was asked, or the code names none.
  const commune: CommuneCentre | null | undefined = !code ? null : named && (named.commune ?? null);
  const [tools, setTools] = useState<{ hours: HoursApi; words: Words }>();
  useEffect(() => {
    let alive = true;
    void Promise.all([loadHours(), loadSlipWords(language)]).then(([hours]) => alive && setTools({ hours, words: wordsFor(language) }));
    return () => void (alive = false);
  }, [language]);

  const sheet = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<number>();
  const entries = commune && places.status === 'ready' ? placesWithin(places.places, commune, radius, need) : [];
  const ready = Boolean(commune && tools && places.status === 'ready');
  // Measured after every render (strings or hours arriving change the text's height); the same count does not render again.
  useLayoutEffect(() => {
    setPages(ready && sheet.current ? measurePages(sheet.current) : undefined);
  });

  // The fields start from the address and are the visitor's after that: a re-render (hours or places arriving) must
  // not put back what the address says while someone types. A new address (the form sent) rebuilds the form.
  const form = (
    <form
      key={`${code}|${radius}|${need?.id ?? ''}`}
      class="leaflet__controls"
      aria-label={t('leaflet.form')}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const next = new URLSearchParams();
        for (const key of ['commune', 'rayon', 'besoin']) {
          const value = String(data.get(key) ?? '').trim();
          if (value) next.set(key, value);
        }
        navigate(`/depliant?${next.toString()}`, { replace: true });
      }}
    >
      <label>
        {t('leaflet.commune')}
        <input name="commune" inputMode="numeric" pattern="[0-9AB]{5}" defaultValue={code} autocomplete="off" />
      </label>
      <label>
        {t('leaflet.radius')}
        <input name="rayon" type="number" min={1} max={200} defaultValue={String(radius)} />
      </label>
      <label>
        {t('leaflet.need')}
        <select name="besoin">
          <option value="" selected={!need}>{t('leaflet.allNeeds')}</option>
          {NEEDS.map((n) => <option key={n.id} value={n.id} selected={n.id === need?.id}>{to(`need.${n.id}`)}</option>)}
        </select>
      </label>
      <button type="submit">{t('leaflet.show')}</button>
    </form>
  );

  if (commune === null) {
    return (
      <section class="leaflet" aria-labelledby="main-heading">
        <h1 id="main-heading">{t('leaflet.title')}</h1>
        {/* No commune asked yet: only the form. A code that names none: say so. */}
        {code && <p role="alert">{t('leaflet.unknownCommune', { code })}</p>}
        {form}
      </section>
    );
  }
  if (!ready || !commune || !tools) return <p role="status">{t('bar.preparing')}</p>;

  const { hours, words } = tools;
  const now = new Date();
  const monday = mondayOf(now);
  const tag = languageOf(language).tag;
  const groups = groupByService(entries);
  const groupName = (id: string) => (id === 'other' ? t('leaflet.offers') : tp(`service.${id}`));

  return (
    <section class="leaflet" aria-labelledby="main-heading">
      {form}
      <div class="leaflet__summary">
        <p>{t('leaflet.count', { count: entries.length })}</p>
        <p role="status" class="leaflet__pages">{pages === undefined ? t('leaflet.measuring') : t('leaflet.pages', { pages })}</p>
        <button type="button" class="button--primary" onClick={() => window.print()}>{t('leaflet.print')}</button>
      </div>
      <div class="leaflet-sheet" ref={sheet}>
        <header class="leaflet-sheet__header">
          <h1 id="main-heading">{t('leaflet.title')}</h1>
          <p>
            {t('leaflet.subtitle', { radius: formatKm(radius, tag), commune: commune.nom })}
            {need && ` — ${to(`need.${need.id}`)}`}
          </p>
        </header>
        <section class="leaflet-sheet__legend" aria-labelledby="leaflet-legend">
          <h2 id="leaflet-legend">{t('leaflet.legend')}</h2>
          <ul>
            {GROUP_ORDER.filter((id) => id !== 'other').map((id) => (
              <li key={id}>
                <img src={`/pictograms/need-${id}.svg`} alt="" width={32} height={32} />
                <span>{tp(`service.${id}`)}</span>
              </li>
            ))}
          </ul>
        </section>
        {entries.length === 0 && <p class="leaflet-sheet__none">{t('leaflet.none')}</p>}
        {groups.flatMap((group) => [
          <h2 key={`g-${group.id}`} class="leaflet-sheet__group">
            {group.id !== 'other' && <img src={`/pictograms/need-${group.id}.svg`} alt="" width={40} height={40} />}
            <span>{groupName(group.id)}</span>
          </h2>,
          ...group.entries.map((entry) => (
            <PlaceBlock key={entry.place.id} entry={entry} commune={commune} hours={hours} words={words} now={now} monday={monday} dataDate={dataDate} />
          )),
        ])}
        <p class="leaflet-sheet__footer">
          {t('leaflet.dataDate', { date: formatDate(dataDate.slice(0, 10)), week: formatDate(toIsoDay(monday)) })}
        </p>
      </div>
    </section>
  );
}

function toIsoDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

interface BlockProps {
  entry: LeafletEntry;
  commune: CommuneCentre;
  hours: HoursApi;
  words: Words;
  now: Date;
  monday: Date;
  dataDate: string;
}

function PlaceBlock({ entry, commune, hours, words, now, monday, dataDate }: BlockProps) {
  const t = useT('handoff');
  const tp = useT('places');
  const { place, km } = entry;
  const week = hours.module.weekTable(place.horaires, monday);
  const summary = week && weekSummary(week, words);
  const slip = buildSlip(
    { place, week: hours.module.weekTable(place.horaires, now), status: hours.module.evaluateHours(place.horaires, now), now, dataDate, link: placeLink(place) },
    words,
  );
  const services = placeServiceIds(place);
  return (
    <article class="leaflet-place" data-place-id={place.id}>
      <div class="leaflet-place__text">
        <h3 lang="fr">{place.nom}</h3>
        <p class="leaflet-place__where">
          <bdi lang="fr">{slip.addressLines.join(', ')}</bdi>
          {' · '}
          {t('leaflet.km', { distance: formatKm(km, words.languageTag), direction: words.orientation(`direction.${bearing(commune, place)}`) })}
        </p>
        {services.length > 0 && (
          <p class="leaflet-place__offers">
            <span class="leaflet-place__label">{t('leaflet.offers')} : </span>
            {services.map((id) => (
              <span key={id} class="leaflet-place__service">
                <img src={`/pictograms/need-${id}.svg`} alt="" width={24} height={24} />
                {tp(`service.${id}`)}
              </span>
            ))}
          </p>
        )}
        <p>
          <span class="leaflet-place__label">{t('leaflet.hours')} : </span>
          {summary ?? t('leaflet.callFirst')}
        </p>
        {slip.phone && (
          <p>
            <span class="leaflet-place__label">{t('leaflet.phone')} : </span>
            <bdi dir="ltr">{slip.phone}</bdi>
          </p>
        )}
      </div>
      <QrImage class="leaflet-place__qr" text={qrText(slip, words)} alt={t('slip.qrAlt', { name: place.nom })} size={96} />
    </article>
  );
}
