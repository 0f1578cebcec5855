/**
 * The places on the map: orientation results as numbered markers (always
 * shown, never clustered), every other place clustered with supercluster and
 * reclustered on each move. Markers are keyed and reused between views, so a
 * focused marker survives a recluster, and they are kept in reading order in
 * the DOM (results by rank, then top to bottom), which is their Tab order.
 *
 * A marker is a button named "<nom>, <commune>": Enter, Space or a click opens
 * its card; a cluster zooms in, or lists its places when it cannot split.
 * Markers whose hit areas would overlap are moved apart (declutter), results
 * first, so every marker stays a whole target.
 */
import * as L from 'leaflet';
import { CLUSTER_RADIUS, PlaceClusters, type BBox, type MapItem } from '../clusters';
import { declutter } from '../declutter';
import { orderChildren } from '../dom-order';
import { kindGroup } from '../kinds';
import { buildClusterCard, buildPlaceCard } from '../place-card';
import { clusterSymbol, placeSymbol } from '../symbols';
import type { MapText } from '../text';
import type { Direction, MapPlace } from '../types';
import type { CardPopup } from './CardPopup';
import { NamedIcon } from './NamedIcon';
import { PANES, ensurePane } from './panes';

/** A marker's hit area: at least 44 × 44 CSS px (RGAA 13.x, WCAG 2.5.5), whatever the drawn symbol. */
const TARGET = 44;
const RESULT_TARGET = 52;
/** Height of a reading-order row, in pixels: markers in one row are read across. */
const ROW = 48;

export interface PlacesLayerOptions {
  text: MapText;
  cards: CardPopup;
  /** No animated zoom when the person prefers reduced motion. */
  animate: boolean;
  /** 'rtl' reads rows right to left. */
  direction: Direction;
}

interface Shown {
  marker: L.Marker;
  item: MapItem;
}

function itemWeight(item: MapItem): number {
  return item.type === 'cluster' ? item.count : 1;
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a === b || (a.length === b.length && a.every((item, i) => item === b[i]));
}

export class PlacesLayer extends L.Layer {
  #settings: PlacesLayerOptions;
  #clusters = new PlaceClusters([]);
  #places: readonly MapPlace[] = [];
  #highlighted: readonly string[] = [];
  #results: MapPlace[] = [];
  readonly #resultsGroup = L.layerGroup();
  readonly #placesGroup = L.layerGroup();
  readonly #resultMarkers = new Map<string, L.Marker>();
  readonly #shown = new Map<string, Shown>();
  /** Where each marker truly stands and how big its hit area is (it may be drawn a little aside). */
  readonly #truth = new WeakMap<L.Marker, { latlng: L.LatLngTuple; size: number }>();

  constructor(settings: PlacesLayerOptions) {
    super();
    this.#settings = settings;
  }

  /**
   * New places or results: rebuilds the clusters (results are left out of them).
   * The same places again (element by element) are ignored, so a parent that
   * re-filters on each render does not redraw every marker.
   */
  setPlaces(places: readonly MapPlace[], highlighted: readonly string[] = []): this {
    if (sameItems(places, this.#places) && sameItems(highlighted, this.#highlighted)) return this;
    this.#places = places;
    this.#highlighted = highlighted;
    const byId = new Map(places.map((place) => [place.id, place]));
    const ranked = [...new Set(highlighted)].flatMap((id) => {
      const place = byId.get(id);
      return place && Number.isFinite(place.latitude) && Number.isFinite(place.longitude) ? [place] : [];
    });
    const resultIds = new Set(ranked.map((place) => place.id));
    this.#results = ranked;
    this.#clusters = new PlaceClusters(places.filter((place) => !resultIds.has(place.id)));
    this.#clear();
    this.#update();
    return this;
  }

  /** New strings or direction (language change): redraws every marker. */
  setSettings(settings: Partial<PlacesLayerOptions>): this {
    this.#settings = { ...this.#settings, ...settings };
    this.#clear();
    this.#update();
    return this;
  }

  /** The current results, in rank order. */
  get results(): readonly MapPlace[] {
    return this.#results;
  }

  override onAdd(map: L.Map): this {
    ensurePane(map, PANES.results);
    ensurePane(map, PANES.places);
    this.#resultsGroup.addTo(map);
    this.#placesGroup.addTo(map);
    this.#update();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.removeLayer(this.#resultsGroup).removeLayer(this.#placesGroup);
    this.#clear();
    return this;
  }

  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    return { moveend: this.#update, zoomend: this.#update };
  }

  #clear(): void {
    this.#resultsGroup.clearLayers();
    this.#placesGroup.clearLayers();
    this.#resultMarkers.clear();
    this.#shown.clear();
  }

  readonly #update = (): void => {
    const map = this._map;
    if (!map) return;
    this.#updateResults(map);
    this.#updateClusters(map);
    this.#declutter(map);
  };

  /** Results by rank, then the largest clusters, then single places: the more important stays put. */
  #declutter(map: L.Map): void {
    const others = [...this.#shown.values()].sort((a, b) => itemWeight(b.item) - itemWeight(a.item)).map(({ marker }) => marker);
    const markers = [...this.#resultMarkers.values(), ...others];
    const truths = markers.map((marker) => this.#truth.get(marker)!);
    const spots = declutter(
      truths.map(({ latlng, size }) => {
        const point = map.latLngToLayerPoint(latlng);
        return { x: point.x, y: point.y, size };
      }),
    );
    spots.forEach((spot, i) => {
      const marker = markers[i]!;
      const target = spot.moved ? map.layerPointToLatLng([spot.x, spot.y]) : L.latLng(truths[i]!.latlng);
      if (!marker.getLatLng().equals(target)) marker.setLatLng(target);
    });
  }

  #updateResults(map: L.Map): void {
    if (this.#resultMarkers.size === this.#results.length) return;
    this.#results.forEach((place, index) => {
      const rank = index + 1;
      const group = kindGroup(place.kind);
      const marker = this.#marker(
        [place.latitude, place.longitude],
        this.#settings.text.resultName(place, rank),
        placeSymbol({ group, text: String(rank), variant: 'result', approximate: place.approximate === true }),
        { pane: PANES.results.name, size: RESULT_TARGET, className: 'map-marker map-marker--result', popup: true },
        (opener) => this.#openPlace(place, opener),
      );
      marker.setZIndexOffset(1000 - rank); // rank 1 on top when results overlap
      this.#resultMarkers.set(place.id, marker);
      this.#resultsGroup.addLayer(marker);
    });
    const pane = map.getPane(PANES.results.name);
    if (pane) orderChildren(pane, this.#elements([...this.#resultMarkers.values()]));
  }

  #updateClusters(map: L.Map): void {
    // A cluster is drawn at the mean of its places: look one cluster radius beyond the view.
    const pixels = map.getPixelBounds();
    const margin = L.point(CLUSTER_RADIUS, CLUSTER_RADIUS);
    const min = pixels.min ?? L.point(0, 0);
    const max = pixels.max ?? L.point(0, 0);
    const southWest = map.unproject(L.point(min.x, max.y).subtract(margin));
    const northEast = map.unproject(L.point(max.x, min.y).add(margin));
    const bbox: BBox = [southWest.lng, southWest.lat, northEast.lng, northEast.lat];
    const items = this.#clusters.at(bbox, map.getZoom());
    const keys = new Set(items.map((item) => item.key));
    for (const [key, { marker }] of this.#shown) {
      if (!keys.has(key)) {
        this.#placesGroup.removeLayer(marker);
        this.#shown.delete(key);
      }
    }
    for (const item of items) {
      if (!this.#shown.has(item.key)) {
        const marker = this.#itemMarker(item);
        this.#shown.set(item.key, { marker, item });
        this.#placesGroup.addLayer(marker);
      }
    }
    const pane = map.getPane(PANES.places.name);
    if (pane) orderChildren(pane, this.#elements(this.#readingOrder(map).map(({ marker }) => marker)));
  }

  /** Top to bottom in rows of ROW pixels, then across in the reading direction. */
  #readingOrder(map: L.Map): Shown[] {
    const across = this.#settings.direction === 'rtl' ? -1 : 1;
    return [...this.#shown.values()]
      .map((shown) => ({ shown, point: map.latLngToContainerPoint([shown.item.latitude, shown.item.longitude]) }))
      .sort((a, b) => Math.floor(a.point.y / ROW) - Math.floor(b.point.y / ROW) || across * (a.point.x - b.point.x))
      .map(({ shown }) => shown);
  }

  #elements(markers: L.Marker[]): HTMLElement[] {
    return markers.flatMap((marker) => {
      const element = marker.getElement();
      return element ? [element] : [];
    });
  }

  #itemMarker(item: MapItem): L.Marker {
    const text = this.#settings.text;
    if (item.type === 'cluster') {
      const size = Math.max(TARGET, item.count < 10 ? TARGET : item.count < 100 ? 50 : 58);
      return this.#marker(
        [item.latitude, item.longitude],
        text.clusterName(item.count),
        clusterSymbol(item.count),
        { pane: PANES.places.name, size, className: 'map-marker map-marker--cluster', popup: false },
        (opener) => this.#openCluster(item.clusterId, [item.latitude, item.longitude], opener),
      );
    }
    const { place } = item;
    const group = kindGroup(place.kind);
    return this.#marker(
      [item.latitude, item.longitude],
      text.placeName(place),
      placeSymbol({ group, text: text.groupLetter(group), approximate: place.approximate === true }),
      { pane: PANES.places.name, size: TARGET, className: 'map-marker', popup: true },
      (opener) => this.#openPlace(place, opener),
    );
  }

  #marker(
    latlng: L.LatLngTuple,
    name: string,
    symbol: HTMLElement,
    { pane, size, className, popup }: { pane: string; size: number; className: string; popup: boolean },
    activate: (opener: HTMLElement | null) => void,
  ): L.Marker {
    const marker = L.marker(latlng, {
      icon: new NamedIcon(name, { html: symbol, className, iconSize: [size, size], iconAnchor: [size / 2, size / 2] }),
      keyboard: true,
      title: name,
      pane,
      riseOnHover: true,
    });
    this.#truth.set(marker, { latlng, size });
    marker.on('click', () => activate(marker.getElement() ?? null));
    marker.on('add', () => {
      const element = marker.getElement();
      if (!element) return;
      if (popup) element.setAttribute('aria-haspopup', 'dialog');
      element.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault(); // Space would scroll the page
        event.stopPropagation();
        activate(element);
      });
    });
    return marker;
  }

  #openPlace(place: MapPlace, opener: HTMLElement | null): void {
    const cards = this.#settings.cards;
    cards.open([place.latitude, place.longitude], buildPlaceCard(place, this.#settings.text, () => cards.close()), opener);
  }

  #openCluster(clusterId: number, latlng: L.LatLngTuple, opener: HTMLElement | null): void {
    const map = this._map;
    if (!map) return;
    const zoom = this.#clusters.expansionZoom(clusterId);
    if (zoom <= map.getMaxZoom()) {
      const hadFocus = opener !== null && opener === document.activeElement;
      map.setView(latlng, zoom, { animate: this.#settings.animate });
      // The cluster's marker is gone after the zoom: keep keyboard focus on the map, not on the page.
      if (hadFocus) map.getContainer().focus({ preventScroll: true });
      return;
    }
    const cards = this.#settings.cards;
    cards.open(latlng, buildClusterCard(this.#clusters.leaves(clusterId), this.#settings.text, () => cards.close()), opener);
  }
}
