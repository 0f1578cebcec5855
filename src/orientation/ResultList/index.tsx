import { useState } from 'preact/hooks';
import { currentLanguage, useT } from '../../i18n';
import { languageOf } from '../../i18n/languages';
import type { HoursApi } from '../hours-loader';
import type { RankedPlace } from '../rank';
import { bearing, formatKm } from '../where/geo';
import './style.css';

const PAGE = 20;

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
  const [shown, setShown] = useState(limit);
  return (
    <>
    <ol class="results" aria-label={t('results.list')}>
      {ranked.slice(0, shown).map(({ place, distanceKm, accompanied }) => {
        const fees = place.frais_a_charge ?? [];
        const helpKnown = (place.modalites_accompagnement ?? []).length > 0;
        return (
          <li key={place.id} class="result">
            <a class="result__name" href={`/lieu/${encodeURIComponent(place.id)}${needId ? `?besoin=${needId}` : ''}`}><bdi>{place.nom}</bdi></a>
            <p class="result__where">
              <bdi>{place.commune}</bdi> · {tp(`typologie.${place.typologie?.[0] ?? 'Autre'}`, { defaultValue: place.typologie?.[0] ?? '' })}
              {distanceKm !== undefined && origin && (
                <>
                  {' · '}
                  {t('results.distance', {
                    distance: formatKm(distanceKm, languageOf(currentLanguage()).tag),
                    direction: t(`direction.${bearing(origin, place)}`),
                  })}
                  {place.complements.position_approximative && ` (${t('results.approximate')})`}
                </>
              )}
            </p>
            <p class="result__hours">{hours ? hours.describe(place.horaires, now) : '…'}</p>
            <ul class="result__facts">
              <li class={accompanied ? 'result__fact result__fact--help' : 'result__fact'}>
                {helpKnown ? (accompanied ? t('results.helps') : t('results.alone')) : t('results.helpUnknown')}
              </li>
              {fees.includes('Gratuit') && <li class="result__fact">{t('results.free')}</li>}
              {fees.includes('Payant') && <li class="result__fact">{t('results.paid')}</li>}
              {place.complements.acces_pmr === true && <li class="result__fact">{t('results.wheelchair')}</li>}
            </ul>
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
