/**
 * The map's own panes. Their z-index sets what is drawn over what; their order
 * in the DOM sets the Tab order of the markers in them (results, then places).
 * Leaflet's own panes: tiles 200, overlays 400, markers 600, popups 700.
 */
import type * as L from 'leaflet';

interface PaneSpec {
  name: string;
  zIndex: number;
  /** Hidden from assistive technology: drawings and names that would only be noise. */
  decorative: boolean;
}

export const PANES = {
  /** The region's fill, under the tiles: tiles, when shown, cover it. */
  land: { name: 'boussole-land', zIndex: 150, decorative: true },
  /** Borders, over the tiles. */
  borders: { name: 'boussole-borders', zIndex: 250, decorative: true },
  labels: { name: 'boussole-labels', zIndex: 450, decorative: true },
  /** Created before `places`, so results come first in the Tab order. */
  results: { name: 'boussole-results', zIndex: 630, decorative: false },
  places: { name: 'boussole-places', zIndex: 610, decorative: false },
  /** Over the markers: its label is small, and clicks go through it. */
  here: { name: 'boussole-here', zIndex: 640, decorative: false },
} as const satisfies Record<string, PaneSpec>;

/** The pane, created once per map. */
export function ensurePane(map: L.Map, { name, zIndex, decorative }: PaneSpec): HTMLElement {
  const existing = map.getPane(name);
  if (existing) return existing;
  const pane = map.createPane(name);
  pane.style.zIndex = String(zIndex);
  if (decorative) pane.setAttribute('aria-hidden', 'true');
  return pane;
}

/** Creates all panes in Tab order, so their DOM order does not depend on which layer is added first. */
export function createPanes(map: L.Map): void {
  for (const spec of [PANES.land, PANES.borders, PANES.labels, PANES.results, PANES.places, PANES.here]) ensurePane(map, spec);
}
