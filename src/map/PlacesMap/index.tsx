/**
 * The map of places, loaded only when the map route opens:
 * `import('./map/PlacesMap')`. It draws from geometry the app carries
 * (public/geo/), so it works with no network; raster tiles are an optional
 * extra when online. Leaflet and its CSS are imported here and nowhere in the
 * first-paint code.
 */
import 'leaflet/dist/leaflet.css';
import '../symbols.css';
import './style.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n, useT } from '../../i18n';
import ExternalLink from '../../handoff/ExternalLink';
import { loadBasemap } from '../basemap';
import { OSM_COPYRIGHT_URL, OSM_TILE_URL } from '../config';
import Legend from '../Legend';
import { MapController } from '../map-controller';
import { mapText } from '../text';
import type { PlacesMapProps } from '../types';
import { prefersReducedMotion, useDocumentDir } from '../use-document-dir';

export type { HerePoint, MapPlace, PlacesMapProps } from '../types';

const CONFIGURED_TILE_URL: unknown = import.meta.env.VITE_TILE_URL;
/** VITE_TILE_URL at build time (vite.config.ts defines it), else OpenStreetMap. */
export const DEFAULT_TILE_URL = typeof CONFIGURED_TILE_URL === 'string' ? CONFIGURED_TILE_URL : OSM_TILE_URL;

let instances = 0;

export default function PlacesMap({
  places,
  highlighted,
  here,
  online,
  tileUrl = DEFAULT_TILE_URL,
  tileAttribution,
}: PlacesMapProps) {
  const t = useT('map');
  const tApp = useT('app');
  const dir = useDocumentDir();
  const ready = i18n.hasLoadedNamespace('map');
  const [id] = useState(() => `places-map-${++instances}`);
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<MapController | null>(null);
  const [tilesWanted, setTilesWanted] = useState(true);
  const [basemapFailed, setBasemapFailed] = useState(false);

  const tilesAvailable = online && tileUrl !== '';
  const showTiles = tilesAvailable && tilesWanted;
  const highlightedKey = (highlighted ?? []).join('\n');

  // Create the map once the strings are there (its markers and controls carry text).
  useEffect(() => {
    if (!ready || !container.current) return;
    const created = new MapController(container.current, {
      text: mapText(i18n.getFixedT(null, 'map')),
      direction: dir,
      reducedMotion: prefersReducedMotion(),
    });
    controller.current = created;
    let alive = true;
    loadBasemap().then(
      (basemap) => alive && created.setBasemap(basemap),
      () => alive && setBasemapFailed(true),
    );
    return () => {
      alive = false;
      controller.current = null;
      created.destroy();
    };
  }, [ready]);

  useEffect(() => {
    controller.current?.setText(mapText(i18n.getFixedT(null, 'map')), dir);
  }, [ready, i18n.language, dir]);

  useEffect(() => {
    controller.current?.setPlaces(places, highlighted ?? []);
  }, [ready, places, highlightedKey]);

  useEffect(() => {
    controller.current?.setHere(here);
  }, [ready, here?.latitude, here?.longitude, here?.label]);

  useEffect(() => {
    controller.current?.setTiles(showTiles ? tileUrl : null);
  }, [ready, showTiles, tileUrl]);

  if (!ready) return <p role="status">{tApp('loading')}</p>;

  const notice = !online ? t('notice.offline') : !tilesAvailable ? t('notice.noTiles') : t('notice.tilesOff');
  const isOsm = tileUrl === OSM_TILE_URL;
  const tilesCredit = tileAttribution ?? (isOsm ? t('attribution.osm') : '');

  return (
    <div class="places-map">
      <p id={`${id}-help`} class="places-map__help">
        {t('help')}
        {here && ` ${t('helpHere', { label: here.label })}`}
      </p>
      <div class="places-map__bar">
        {tilesAvailable && (
          <label class="places-map__toggle">
            <input
              type="checkbox"
              checked={tilesWanted}
              onChange={(event) => setTilesWanted(event.currentTarget.checked)}
            />
            <span>{t('tiles.toggle')}</span>
          </label>
        )}
        {!showTiles && (
          <p class="places-map__notice" role="status">
            {notice}
          </p>
        )}
        {basemapFailed && (
          <p class="places-map__notice places-map__notice--error" role="alert">
            {t('notice.basemapFailed')}
          </p>
        )}
      </div>
      <div class="places-map__frame">
        <div
          ref={container}
          class="places-map__map"
          role="region"
          aria-label={t('label')}
          aria-describedby={`${id}-help`}
        />
        <p class="places-map__attribution">
          <span>{t('attribution.basemap')}</span>
          {showTiles && tilesCredit && (
            <span>
              {isOsm && tileAttribution === undefined ? <ExternalLink href={OSM_COPYRIGHT_URL} text={tilesCredit}>{tilesCredit}</ExternalLink> : tilesCredit}
            </span>
          )}
        </p>
      </div>
      <Legend places={places} results={(highlighted ?? []).length > 0} here={here !== undefined} />
    </div>
  );
}
