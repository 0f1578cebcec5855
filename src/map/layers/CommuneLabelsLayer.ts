/**
 * Writes commune names from LABELS_MIN_ZOOM, only those in view and only where
 * they do not overlap an already placed name (the basemap lists the biggest
 * communes first, so they win). Names are text nodes in non-interactive markers,
 * hidden from assistive technology (see panes.ts): the places are what matters.
 */
import * as L from 'leaflet';
import type { CommuneLabel } from '../basemap';
import { LABELS_MIN_ZOOM } from '../config';
import { PANES, ensurePane } from './panes';

/** Rough text metrics of the label font (12 px, see symbols.css): enough to avoid overlaps. */
const CHAR_WIDTH = 6.6;
const LABEL_HEIGHT = 16;
const GAP = 4;
/** Beyond this many names a view is unreadable anyway. */
const MAX_LABELS = 160;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The "you are here" target and its label (symbols.css: 22 px target, 13 px bold label 6 px beside it). */
const HERE_TARGET = 24;
const HERE_CHAR_WIDTH = 7.8;

/** A point whose own label must stay readable: no commune name is written over it. */
export interface ReservedLabel {
  latitude: number;
  longitude: number;
  label: string;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width + GAP && b.x < a.x + a.width + GAP && a.y < b.y + b.height + GAP && b.y < a.y + a.height + GAP;

export class CommuneLabelsLayer extends L.Layer {
  readonly #labels: readonly CommuneLabel[];
  readonly #group = L.layerGroup();
  readonly #markers = new Map<string, L.Marker>();
  #reserved: ReservedLabel | undefined;

  constructor(labels: readonly CommuneLabel[]) {
    super();
    this.#labels = labels;
  }

  override onAdd(map: L.Map): this {
    ensurePane(map, PANES.labels);
    this.#group.addTo(map);
    this.#update();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.removeLayer(this.#group);
    this.#group.clearLayers();
    this.#markers.clear();
    return this;
  }

  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    return { moveend: this.#update, zoomend: this.#update };
  }

  /**
   * Keeps commune names off the "you are here" marker and its label, which is
   * written beside it (on either side, as the reading direction decides).
   */
  reserve(reserved: ReservedLabel | undefined): void {
    this.#reserved = reserved;
    for (const marker of this.#markers.values()) this.#group.removeLayer(marker);
    this.#markers.clear();
    this.#update();
  }

  /** The codes of the communes whose names are written now, in placement order (tests). */
  shownCodes(): string[] {
    return [...this.#markers.keys()];
  }

  readonly #update = (): void => {
    const map = this._map;
    if (!map) return;
    const wanted = map.getZoom() >= LABELS_MIN_ZOOM ? this.#place(map) : new Map<string, Box & CommuneLabel>();
    for (const [code, marker] of this.#markers) {
      if (!wanted.has(code)) {
        this.#group.removeLayer(marker);
        this.#markers.delete(code);
      }
    }
    for (const [code, label] of wanted) {
      if (this.#markers.has(code)) continue;
      const marker = this.#marker(label);
      this.#markers.set(code, marker);
      this.#group.addLayer(marker);
    }
  };

  #place(map: L.Map): Map<string, Box & CommuneLabel> {
    const bounds = map.getBounds();
    const placed = new Map<string, Box & CommuneLabel>();
    const boxes: Box[] = [];
    if (this.#reserved) {
      const point = map.latLngToContainerPoint([this.#reserved.latitude, this.#reserved.longitude]);
      const label = this.#reserved.label.length * HERE_CHAR_WIDTH + 20;
      boxes.push({ x: point.x - HERE_TARGET / 2 - label, y: point.y - HERE_TARGET / 2, width: HERE_TARGET + 2 * label, height: HERE_TARGET });
    }
    for (const label of this.#labels) {
      const [lon, lat] = label.position;
      if (!bounds.contains([lat, lon])) continue;
      const point = map.latLngToContainerPoint([lat, lon]);
      const width = label.nom.length * CHAR_WIDTH + 8;
      const box = { x: point.x - width / 2, y: point.y - LABEL_HEIGHT / 2, width, height: LABEL_HEIGHT };
      if (boxes.some((other) => overlaps(box, other))) continue;
      boxes.push(box);
      placed.set(label.code, { ...box, ...label });
      if (placed.size >= MAX_LABELS) break;
    }
    return placed;
  }

  #marker({ nom, position: [lon, lat], width, height }: Box & CommuneLabel): L.Marker {
    const text = document.createElement('span');
    text.className = 'map-commune-label__text';
    text.textContent = nom;
    return L.marker([lat, lon], {
      icon: L.divIcon({ html: text, className: 'map-commune-label', iconSize: [width, height], iconAnchor: [width / 2, height / 2] }),
      interactive: false,
      keyboard: false,
      pane: PANES.labels.name,
    });
  }
}
