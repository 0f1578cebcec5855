import { useT } from '../../i18n';
import type { Place } from '../place';
import { primaryKind } from '../services';
import './style.css';

interface Props {
  places: Place[];
  /** Heading level and text come from the screen that shows the list. */
  labelledBy?: string;
}

/** A plain list of places, each a link to its page: also the map's list alternative. */
export default function PlaceList({ places, labelledBy }: Props) {
  const t = useT('places');
  if (places.length === 0) return <p>{t('list.empty')}</p>;
  return (
    <ul class="place-list" aria-labelledby={labelledBy}>
      {places.map((place) => (
        <li key={place.id}>
          <a class="place-list__link" href={`/lieu/${encodeURIComponent(place.id)}`}>
            <span class="place-list__name"><bdi>{place.nom}</bdi></span>
            <span class="place-list__meta">
              <bdi>{place.commune}</bdi> · {t(`typologie.${primaryKind(place)}`, { defaultValue: primaryKind(place) })}
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
