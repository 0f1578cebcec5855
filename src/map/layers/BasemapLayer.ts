/**
 * Draws the bundled basemap: the region's land, département borders, and commune
 * borders from COMMUNES_MIN_ZOOM. Each set of borders is one SVG path (a mesh:
 * every shared border once), which Leaflet clips to the view and simplifies per
 * zoom: three DOM nodes whatever the zoom, so panning stays smooth on a phone.
 * Nothing here is interactive.
 */
import * as L from 'leaflet';
import type { Basemap } from '../basemap';
import { COMMUNES_MIN_ZOOM } from '../config';
import type { Position } from '../topojson';
import { PANES, ensurePane } from './panes';

const toLatLngs = (line: Position[]): L.LatLngTuple[] => line.map(([lon, lat]) => [lat, lon]);

export class BasemapLayer extends L.Layer {
  readonly #land: L.Polygon;
  readonly #departements: L.Polyline;
  readonly #communes: L.Polyline;

  constructor(basemap: Basemap) {
    super();
    const common = { interactive: false, bubblingMouseEvents: false } as const;
    this.#land = L.polygon(
      basemap.region.map((polygon) => polygon.map(toLatLngs)),
      { ...common, pane: PANES.land.name, stroke: false, fillColor: '#f3efe4', fillOpacity: 1, className: 'map-land' },
    );
    this.#departements = L.polyline(basemap.departements.map(toLatLngs), {
      ...common,
      pane: PANES.borders.name,
      color: '#5b5346',
      weight: 2,
      opacity: 0.9,
      className: 'map-departements',
    });
    this.#communes = L.polyline(basemap.communes.map(toLatLngs), {
      ...common,
      pane: PANES.borders.name,
      color: '#8a8170',
      weight: 1,
      opacity: 0.7,
      className: 'map-communes',
    });
  }

  override onAdd(map: L.Map): this {
    ensurePane(map, PANES.land);
    ensurePane(map, PANES.borders);
    this.#land.addTo(map);
    this.#departements.addTo(map);
    this.#update();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.removeLayer(this.#land).removeLayer(this.#departements).removeLayer(this.#communes);
    return this;
  }

  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    return { zoomend: this.#update };
  }

  readonly #update = (): void => {
    const map = this._map;
    if (!map) return;
    const shown = map.getZoom() >= COMMUNES_MIN_ZOOM;
    if (shown && !map.hasLayer(this.#communes)) this.#communes.addTo(map).bringToBack();
    else if (!shown && map.hasLayer(this.#communes)) map.removeLayer(this.#communes);
  };
}
