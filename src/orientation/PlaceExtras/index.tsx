import { useState } from 'preact/hooks';
import { currentLanguage, useT } from '../../i18n';
import { languageOf } from '../../i18n/languages';
import type { Place } from '../../places/place';
import type { Where } from '../../visit';
import { useHours } from '../hours-loader';
import type { Need } from '../needs';
import NextPassages from '../passages/NextPassages';
import { isItinerant } from '../passages/itinerant';
import { stopsOf } from '../passages/stops';
import { bearing, distanceKm, formatKm } from '../where/geo';

interface Props {
  place: Place;
  need: Need | undefined;
  where: Where | undefined;
}

/** What the orientation adds to a place page: the week's hours, the way there, what to bring (today's status is in PlaceTop). */
export default function PlaceExtras({ place, need, where }: Props) {
  const t = useT('orientation');
  const hours = useHours();
  const [now] = useState(() => new Date());
  const bring = need?.bring?.flatMap((key) => t(`bring.${key}`, { returnObjects: true }) as unknown as string[]) ?? [];
  const km = where ? distanceKm(where, place) : undefined;
  return (
    <>
      {hours && (
        <section class="place-page__section place-page__hours">
          <hours.module.HoursTable horaires={place.horaires} horairesTexte={place.complements.horaires_texte} now={now} />
        </section>
      )}
      {hours && isItinerant(place) && <NextPassages variant="section" passages={hours.passages(place.horaires, now)} stops={stopsOf(place).map((stop) => stop.nom)} />}
      {where && km !== undefined && (
        <p class="place-page__distance">
          {t('where.current', { label: where.label })} :{' '}
          {t('results.distance', {
            distance: formatKm(km, languageOf(currentLanguage()).intl),
            direction: t(`direction.${bearing(where, place)}`),
          })}
        </p>
      )}
      {bring.length > 0 && (
        <section class="place-page__section">
          <h2>{t('bring.title')}</h2>
          <ul>{bring.map((item) => <li key={item}>{item}</li>)}</ul>
        </section>
      )}
    </>
  );
}
