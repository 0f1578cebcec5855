/** The map's tile cache (src/map/tile-cache.ts, TILE_CACHE_NAME): named here so the kiosk need not import the map. */
export const TILE_CACHE_NAME = 'boussole-tiles';

/**
 * Empties the cache of map tiles: its addresses say which areas were looked
 * at. A kiosk does it between visitors (the next one sees nothing of the last
 * one's searches, at the price of fetching tiles again).
 */
export async function forgetViewedTiles(): Promise<void> {
  try {
    if (typeof caches !== 'undefined') await caches.delete(TILE_CACHE_NAME);
  } catch {
    /* no cache storage (private mode): nothing was kept */
  }
}
