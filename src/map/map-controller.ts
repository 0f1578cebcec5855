/**
 * Owns one Leaflet map and wires the map's layers together; the PlacesMap
 * component only forwards its props here. One method per kind of change.
 */
import * as L from 'leaflet';
import type { Basemap } from './basemap';
import { BOUNDS_PADDING_DEGREES, MAX_ZOOM, MIN_ZOOM, REGION_BBOX, TILE_MAX_NATIVE_ZOOM } from './config';
import { BasemapLayer } from './layers/BasemapLayer';
import { CardPopup } from './layers/CardPopup';
import { CommuneLabelsLayer } from './layers/CommuneLabelsLayer';
import { hereMarker } from './layers/HereMarker';
import { createPanes } from './layers/panes';
import { PlacesLayer } from './layers/PlacesLayer';
import type { MapText } from './text';
import type { Direction, HerePoint, MapPlace } from './types';


export interface MapControllerOptions {
  text: MapText;
  direction: Direction;
  /** prefers-reduced-motion: no zoom, pan or fade animation. */
  reducedMotion: boolean;
}

const [WEST, SOUTH, EAST, NORTH] = REGION_BBOX;
export const REGION_BOUNDS = L.latLngBounds([SOUTH, WEST], [NORTH, EAST]);
const MAX_BOUNDS = L.latLngBounds(
  [SOUTH - BOUNDS_PADDING_DEGREES, WEST - BOUNDS_PADDING_DEGREES],
  [NORTH + BOUNDS_PADDING_DEGREES, EAST + BOUNDS_PADDING_DEGREES],
);
/** Fitting results never zooms closer than this: the person should still see the surroundings. */
const FIT_MAX_ZOOM = 14;
const FIT_PADDING: L.PointTuple = [48, 48];

/** Turns off animated panning (keyboard arrows, popup auto-pan): Leaflet has no option for it. */
function withoutPanAnimation(map: L.Map): void {
  const panBy = map.panBy.bind(map);
  map.panBy = ((offset: L.PointExpression, options?: L.PanOptions) => panBy(offset, { ...options, animate: false })) as L.Map['panBy'];
}

export class MapController {
  readonly map: L.Map;
  readonly #places: PlacesLayer;
  readonly #cards: CardPopup;
  readonly #animate: boolean;
  #text: MapText;
  #direction: Direction;
  #zoomControl: L.Control.Zoom | null = null;
  #tiles: L.TileLayer | null = null;
  #tileUrl: string | null = null;
  #here: HerePoint | undefined;
  #hereMarker: L.Marker | null = null;
  #labels: CommuneLabelsLayer | null = null;
  #basemap: L.Layer[] = [];
  #viewKey = '';
  #resizeObserver: ResizeObserver | null = null;

  constructor(container: HTMLElement, { text, direction, reducedMotion }: MapControllerOptions) {
    this.#text = text;
    this.#direction = direction;
    this.#animate = !reducedMotion;
    this.map = L.map(container, {
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      maxBounds: MAX_BOUNDS,
      maxBoundsViscosity: 1,
      zoomControl: false, // added translated, on the reading side (#addZoomControl)
      attributionControl: false, // written as text under the map by the component
      zoomAnimation: this.#animate,
      fadeAnimation: this.#animate,
      markerZoomAnimation: this.#animate,
      inertia: this.#animate,
      keyboard: true,
      keyboardPanDelta: 80,
    });
    if (reducedMotion) withoutPanAnimation(this.map);
    createPanes(this.map);
    this.map.fitBounds(REGION_BOUNDS, { animate: false });
    this.#cards = new CardPopup(this.map);
    this.#places = new PlacesLayer({ text, cards: this.#cards, animate: this.#animate, direction }).addTo(this.map);
    this.#addZoomControl();
    if (typeof ResizeObserver === 'function') {
      this.#resizeObserver = new ResizeObserver(() => this.map.invalidateSize({ pan: false }));
      this.#resizeObserver.observe(container);
    }
  }

  /** Draws the bundled outlines and commune names. */
  setBasemap(basemap: Basemap): void {
    for (const layer of this.#basemap) this.map.removeLayer(layer);
    this.#labels = new CommuneLabelsLayer(basemap.labels);
    this.#labels.reserve(this.#here ? this.#here : undefined);
    this.#basemap = [new BasemapLayer(basemap).addTo(this.map), this.#labels.addTo(this.map)];
  }

  /** Places and the ids of the current results; the view follows when the results change. */
  setPlaces(places: readonly MapPlace[], highlighted: readonly string[] = []): void {
    this.#places.setPlaces(places, highlighted);
    this.#fitView();
  }

  setHere(here: HerePoint | undefined): void {
    this.#here = here;
    this.#drawHere();
    this.#fitView();
  }

  /** Shows raster tiles from `url`, or none at all when null (then no tile request can leave). */
  setTiles(url: string | null): void {
    if (url === this.#tileUrl) return;
    this.#tiles?.remove();
    this.#tiles = null;
    this.#tileUrl = url;
    if (url === null) return;
    this.#tiles = L.tileLayer(url, {
      maxZoom: MAX_ZOOM,
      maxNativeZoom: TILE_MAX_NATIVE_ZOOM,
      // A CORS request gives the service worker a readable response: opaque ones would
      // count as several MB each against the storage quota in Chromium.
      crossOrigin: 'anonymous',
      className: 'map-tiles',
    }).addTo(this.map);
  }

  /** New language or writing direction: redraw what carries text and put the controls on the reading side. */
  setText(text: MapText, direction: Direction): void {
    this.#text = text;
    this.#direction = direction;
    this.#cards.close();
    this.#places.setSettings({ text, direction });
    this.#addZoomControl();
    this.#drawHere();
  }

  /** The layer of places (tests). */
  get places(): PlacesLayer {
    return this.#places;
  }

  /** The card layer (tests). */
  get cards(): CardPopup {
    return this.#cards;
  }

  destroy(): void {
    this.#resizeObserver?.disconnect();
    this.map.remove();
  }

  #addZoomControl(): void {
    this.#zoomControl?.remove();
    this.#zoomControl = L.control
      .zoom({
        position: this.#direction === 'rtl' ? 'topright' : 'topleft',
        zoomInTitle: this.#text.zoomIn,
        zoomOutTitle: this.#text.zoomOut,
      })
      .addTo(this.map);
  }

  #drawHere(): void {
    this.#hereMarker?.remove();
    this.#hereMarker = this.#here ? hereMarker(this.#here, this.#text).addTo(this.map) : null;
    this.#labels?.reserve(this.#here ? this.#here : undefined);
  }

  /** Frames the results and the starting point, once per new set of them. */
  #fitView(): void {
    const here = this.#here;
    const points: L.LatLngTuple[] = this.#places.results.map((place) => [place.latitude, place.longitude]);
    if (here) points.push([here.latitude, here.longitude]);
    const key = points.map((point) => point.join(',')).join(';');
    if (key === this.#viewKey) return;
    this.#viewKey = key;
    const options = { animate: this.#animate };
    const [first] = points;
    if (!first) this.map.fitBounds(REGION_BOUNDS, options);
    else if (points.length === 1) this.map.setView(first, here ? 11 : 13, options); // the starting point alone, or one result
    else this.map.fitBounds(L.latLngBounds(points), { ...options, padding: FIT_PADDING, maxZoom: FIT_MAX_ZOOM });
  }
}
