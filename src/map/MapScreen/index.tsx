import { useMemo } from 'preact/hooks';
import { lazyComponent } from '../../app/lazy';
import { useT } from '../../i18n';
import ResultList from '../../orientation/ResultList';
import { useOrientation } from '../../orientation/use-orientation';
import PlaceList from '../../places/PlaceList';
import { primaryKind } from '../../places/services';
import { usePlaces } from '../../places/store';
import { useOnline } from '../../pwa/online';
import type { MapPlace } from '../types';

const PlacesMap = lazyComponent(() => import('../PlacesMap'));

/**
 * /carte, with the same parameters as /orientation: the map, and under it the
 * same places as a list of links, which is the map's text alternative.
 */
export default function MapScreen({ params }: { params: URLSearchParams }) {
  const t = useT('orientation');
  const tm = useT('map');
  const tp = useT('places');
  const online = useOnline();
  const places = usePlaces();
  const { need, where, ranked, hours, now } = useOrientation(params);
  const all = places.status === 'ready' ? places.places : undefined;

  const mapPlaces: MapPlace[] = useMemo(
    () =>
      (all ?? []).map((place) => ({
        id: place.id,
        nom: place.nom,
        commune: place.commune,
        latitude: place.latitude,
        longitude: place.longitude,
        kind: primaryKind(place),
        approximate: place.complements.position_approximative,
      })),
    [all],
  );
  const highlighted = useMemo(() => (need ? ranked.slice(0, 20).map((result) => result.place.id) : undefined), [need, ranked]);
  const here = where ? { latitude: where.latitude, longitude: where.longitude, label: where.label } : undefined;

  return (
    <section aria-labelledby="main-heading" class="map-screen">
      <h1 id="main-heading">{need ? t('results.title', { need: t(`need.${need.id}`), where: where?.label ?? '' }) : tm('label')}</h1>
      {all && <PlacesMap places={mapPlaces} highlighted={highlighted} here={here} online={online} />}
      <h2 id="map-list">{need ? t('results.list') : tp('list.title')}</h2>
      {need ? (
        <ResultList ranked={ranked} hours={hours} now={now} needId={need.id} origin={where} />
      ) : (
        all && <PlaceList places={all} labelledBy="map-list" />
      )}
    </section>
  );
}
