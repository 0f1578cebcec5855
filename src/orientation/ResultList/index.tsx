import { useEffect, useState } from 'preact/hooks';
import { currentLanguage, useT } from '../../i18n';
import { languageOf } from '../../i18n/languages';
import ReadAloud from '../../read-aloud';
import DataAge from '../answer/DataAge';
import type { HoursApi } from '../hours-loader';
import NextPassages from '../passages/NextPassages';
import { isItinerant } from '../passages/itinerant';
import type { RankedPlace } from '../rank';
import { bearing, formatKm } from '../where/geo';
import './style.css';
import { confirmedOn } from '../../places/confirmed';
import { afterPaint } from '../../scheduling';

const PAGE = 20;
/**
 * The first screenful, painted before the rest of the page: a slow phone shows the first answers without waiting
 * for twenty to be laid out; the others follow at the next frame.
 */
const FIRST_PAINT = 4;

interface Props {
  ranked: RankedPlace[];
  hours: HoursApi | undefined;
  now: Date;
  needId?: string;
  /** The person's position, for the direction of each place. */
  origin?: { latitude: number; longitude: number };
  limit?: number;
}

/** The ranked places as a list of links: the orientation's answer and the map's list alternative. */
export default function ResultList({ ranked, hours, now, origin, needId, limit = PAGE }: Props) {
  const t = useT('orientation');
  const tp = useT('places');
  const ta = useT('answer');
  const [shown, setShown] = useState(limit);
  const [painted, setPainted] = useState(false);
  const hasResults = ranked.length > 0;
  useEffect(() => (hasResults ? afterPaint(() => setPainted(true)) : undefined), [hasResults]);
  const language = languageOf(currentLanguage());
  return (
    <>
    <ol class="results" aria-label={t('results.list')}>
      {ranked.slice(0, painted ? shown : Math.min(shown, FIRST_PAINT)).map(({ place, distanceKm, accompanied, nearestStop, checkable }) => {
        const fees = place.frais_a_charge ?? [];
        const helpKnown = (place.modalites_accompagnement ?? []).length > 0;
        const status = hours ? hours.describe(place.horaires, now) : undefined;
        const distance =
          distanceKm !== undefined && origin
            ? t('results.distance', { distance: formatKm(distanceKm, language.intl), direction: t(`direction.${bearing(origin, place)}`) })
            : undefined;
        return (
          <li key={place.id} class="result">
            <a class="result__name" href={`/lieu/${encodeURIComponent(place.id)}${needId ? `?besoin=${needId}` : ''}`}><bdi>{place.nom}</bdi></a>
            <p class="result__where">
              <bdi>{place.commune}</bdi> · {tp(`typologie.${place.typologie?.[0] ?? 'Autre'}`, { defaultValue: place.typologie?.[0] ?? '' })}
              {distance && (
                <>
                  {' · '}
                  {distance}
                  {place.complements.position_approximative && ` (${t('results.approximate')})`}
                </>
              )}
            </p>
            <p class="result__hours">{status ?? '…'}</p>
            {isItinerant(place) && (
              <NextPassages variant="line" passages={hours ? hours.passages(place.horaires, now) : []} stops={nearestStop ? [nearestStop] : []} />
            )}
            {!checkable && <p class="result__verify">{ta('verify')}</p>}
            <ul class="result__facts">
              <li class={accompanied ? 'result__fact result__fact--help' : 'result__fact'}>
                {helpKnown ? (accompanied ? t('results.helps') : t('results.alone')) : t('results.helpUnknown')}
              </li>
              {fees.includes('Gratuit') && <li class="result__fact">{t('results.free')}</li>}
              {fees.includes('Payant') && <li class="result__fact">{t('results.paid')}</li>}
              {place.complements.acces_pmr === true && <li class="result__fact">{t('results.wheelchair')}</li>}
            </ul>
            <DataAge dateMaj={confirmedOn(place)} now={now} />
            <ReadAloud
              sentences={[place.nom, ...(status ? [status] : []), `${place.adresse}, ${place.commune}`, ...(distance ? [distance] : [])]}
              tag={language.tag}
              label={`${ta('read.result')} : ${place.nom}`}
              quietWhenMissing
            />
          </li>
        );
      })}
    </ol>
    {ranked.length > shown && (
      <button type="button" onClick={() => setShown(shown + PAGE)}>{t('results.showMore')}</button>
    )}
    </>
  );
}
