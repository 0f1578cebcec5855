import { useEffect, useState } from 'preact/hooks';
import { lazyComponent } from '../../app/lazy';
import { navigate } from '../../router';
import { useT } from '../../i18n';
import { afterPaint, answerShown } from '../../scheduling';
import { setWhere, type Where } from '../../visit';
import { orientationHref } from '../links';
import type { Need } from '../needs';
import type { Filters } from '../rank';
import ResultList from '../ResultList';
import { FILTER_PARAMS, useOrientation, type OrientationState } from '../use-orientation';
import WherePicker from '../WherePicker';
import './style.css';

// Print, QR code, SMS, share and the leaflet link: loaded with the results, out of the first paint.
const ListHandoff = lazyComponent(() => import('../../handoff/ListHandoff'));

function withFilters(params: URLSearchParams, filters: Filters): string {
  const next = new URLSearchParams(params);
  const chosen = (Object.keys(FILTER_PARAMS) as (keyof Filters)[]).filter((key) => filters[key]).map((key) => FILTER_PARAMS[key]);
  if (chosen.length) next.set('filtres', chosen.join(','));
  else next.delete('filtres');
  return `${location.pathname}?${next.toString()}`;
}

export default function Orientation({ params }: { params: URLSearchParams }) {
  const t = useT('orientation');
  const orientation = useOrientation(params);
  const { need, fromLink, where } = orientation;
  // The answer: the results (or that there are none), or the question where, or that the need is unknown.
  const answered = !need || (fromLink.status !== 'loading' && (!where || !orientation.placesLoading));
  useEffect(() => (answered ? afterPaint(answerShown) : undefined), [answered]);

  // A link that names a place becomes the visitor's current place, so the next need starts there.
  useEffect(() => {
    if (fromLink.status === 'found') setWhere(fromLink.where);
  }, [fromLink.status === 'found' ? fromLink.where.label : '']);

  if (!need) {
    return (
      <section aria-labelledby="main-heading">
        <h1 id="main-heading">{t('home.title')}</h1>
        <a href="/">{t('home.allPlaces')}</a>
      </section>
    );
  }
  const needLabel = t(`need.${need.id}`);
  if (fromLink.status === 'loading') return <p role="status">…</p>;
  if (!where) {
    return (
      <section aria-labelledby="main-heading">
        <h1 id="main-heading">{needLabel}</h1>
        <WherePicker onChosen={(chosen) => chooseWhere(need, chosen)} />
      </section>
    );
  }
  return <Results orientation={{ ...orientation, need, where }} params={params} />;
}

function chooseWhere(need: Need, where: Where): void {
  setWhere(where);
  navigate(orientationHref(need.id, where));
}

function Results({ orientation, params }: { orientation: OrientationState & { need: Need; where: Where }; params: URLSearchParams }) {
  const t = useT('orientation');
  const tPassages = useT('passages');
  const { need, where, filters, ranked, placesLoading, hours, now } = orientation;
  const ta = useT('answer');
  const tPlaces = useT('places');
  const [changing, setChanging] = useState(false);
  const activeFilters = Object.values(filters).filter(Boolean).length;

  const needLabel = t(`need.${need.id}`);
  return (
    <section aria-labelledby="main-heading" class="orientation">
      <h1 id="main-heading" tabIndex={-1}>{t('results.title', { need: needLabel, where: where.label })}</h1>
      <p class="orientation__count" role="status" aria-live="polite">{placesLoading ? tPlaces('status.loading') : t('results.count', { count: ranked.length })}</p>
      {/* Shown while the places load too: the lines below stay where they are when the results arrive. */}
      {(placesLoading || ranked.length > 1) && <p class="orientation__why">{ta(need.help ? 'why.help' : 'why.plain')}</p>}
      <p class="orientation__links">
        {changing ? null : (
          <button type="button" onClick={() => setChanging(true)}>{t('where.change')}</button>
        )}
        <a class="button" href={`/carte?${params.toString()}`}>{t('results.onMap')}</a>
        {need.guide && <a class="button" href={`/guides/${need.guide}`}>{t('results.guide')}</a>}
      </p>
      {changing && <WherePicker onChosen={(chosen) => { setChanging(false); chooseWhere(need, chosen); }} />}
      <details class="filters-box" open={activeFilters > 0}>
        <summary>{t('filters.legend')}{activeFilters > 0 ? ` (${activeFilters})` : ''}</summary>
        <fieldset class="filters">
          <legend>{t('filters.legend')}</legend>
          {(Object.keys(FILTER_PARAMS) as (keyof Filters)[]).map((key) => (
            <label key={key} class="filters__option">
              <input
                type="checkbox"
                checked={filters[key] === true}
                onChange={(event) => navigate(withFilters(params, { ...filters, [key]: event.currentTarget.checked }), { replace: true })}
              />
              {key === 'passesNear' ? tPassages('filter') : t(`filters.${key}`)}
            </label>
          ))}
        </fieldset>
      </details>
      <ResultList ranked={ranked} hours={hours} now={now} needId={need.id} origin={where} />
      {ranked.length > 0 && <ListHandoff places={ranked.map((entry) => entry.place)} need={need} where={where} needLabel={needLabel} />}
    </section>
  );
}
