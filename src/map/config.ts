/**
 * Fixed settings of the map. No DOM and no Leaflet here: tile-cache.ts (read by
 * vite.config.ts) and the tests import this file.
 */

/** [west, south, east, north] of Centre-Val de Loire, from public/geo/region.json (a test keeps them equal). */
export const REGION_BBOX = [0.053, 46.3472, 3.1286, 48.9407] as const;

/** How far (degrees) the view may go past the region, so border places can be centred. */
export const BOUNDS_PADDING_DEGREES = 0.6;

export const MIN_ZOOM = 6;
/** Street level: enough to tell two places of one village apart. */
export const MAX_ZOOM = 17;
/** Commune outlines are drawn from this zoom (below, they are a grey blur and cost time). */
export const COMMUNES_MIN_ZOOM = 9;
/** Commune names are written from this zoom. */
export const LABELS_MIN_ZOOM = 11;

/** The basemap, always from the app's own origin (precached by the service worker). */
export const BASEMAP_URLS = {
  region: 'geo/region.json',
  departements: 'geo/departements.json',
  communes: 'geo/communes.json',
} as const;

export const OSM_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const OSM_COPYRIGHT_URL = 'https://www.openstreetmap.org/copyright';
/** OpenStreetMap's tiles stop at 19; the map itself stops at MAX_ZOOM. */
export const TILE_MAX_NATIVE_ZOOM = 19;
