/**
 * The service worker's rule for map tiles, for vite-plugin-pwa's
 * `workbox.runtimeCaching`. Tiles are cached only as the person views them
 * (never prefetched, never precached), kept 30 days, at most 500 of them.
 *
 * Imported by vite.config.ts at build time: no Leaflet, no DOM, no browser API.
 *
 *   import { tileRuntimeCaching } from './src/map/tile-cache';
 *   workbox: { runtimeCaching: [tileRuntimeCaching(tileUrl)] }
 */
import type { VitePWAOptions } from 'vite-plugin-pwa';
import { OSM_TILE_URL } from './config.ts';

export type RuntimeCachingEntry = NonNullable<NonNullable<VitePWAOptions['workbox']>['runtimeCaching']>[number];

export const TILE_CACHE_NAME = 'boussole-tiles';

const PLACEHOLDERS: Record<string, string> = {
  s: '[a-z0-9-]+',
  z: '\\d+',
  x: '\\d+',
  y: '\\d+',
  // Leaflet's {r}: "@2x" on high-density screens when detectRetina is on.
  r: '(?:@2x)?',
};

/**
 * A RegExp matching the URLs of a Leaflet tile template (`{s}`, `{z}`, `{x}`, `{y}`, `{r}`
 * and any other `{name}` within one path segment). Anchored at the start, as Workbox
 * requires for cross-origin routes; a query string may follow.
 * A RegExp, not a function: vite-plugin-pwa writes it into sw.js as source text.
 */
export function tileUrlPattern(template: string): RegExp {
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      return PLACEHOLDERS[name] ?? '[^/?#]*';
    })
    .join('');
  return new RegExp(`^${source}(?:\\?.*)?$`);
}

/** The runtimeCaching entry for a tile URL template (default: OpenStreetMap). */
export function tileRuntimeCaching(template: string = OSM_TILE_URL): RuntimeCachingEntry {
  return {
    urlPattern: tileUrlPattern(template),
    handler: 'CacheFirst',
    options: {
      cacheName: TILE_CACHE_NAME,
      expiration: { maxEntries: 500, maxAgeSeconds: 30 * 24 * 60 * 60, purgeOnQuotaError: true },
      cacheableResponse: { statuses: [0, 200] },
    },
  };
}
