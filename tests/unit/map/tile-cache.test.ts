import { describe, expect, it } from 'vitest';
import { OSM_TILE_URL } from '../../../src/map/config';
import { TILE_CACHE_NAME, tileRuntimeCaching, tileUrlPattern } from '../../../src/map/tile-cache';

/** The rule the default build writes into sw.js: OpenStreetMap's tile server. */
const tileCache = tileRuntimeCaching(OSM_TILE_URL);

function pattern(): RegExp {
  const { urlPattern } = tileCache;
  if (!(urlPattern instanceof RegExp)) throw new Error('urlPattern must be a RegExp (serialisable into sw.js)');
  return urlPattern;
}

describe('tile-cache', () => {
  it('is a CacheFirst rule with expiration and cacheable statuses 0 and 200', () => {
    expect(tileCache).toMatchObject({
      handler: 'CacheFirst',
      options: {
        cacheName: TILE_CACHE_NAME,
        expiration: { maxEntries: 500, maxAgeSeconds: 30 * 24 * 60 * 60 },
        cacheableResponse: { statuses: [0, 200] },
      },
    });
    expect(TILE_CACHE_NAME).toBe('boussole-tiles');
  });

  it("matches OpenStreetMap's tile URLs", () => {
    expect(OSM_TILE_URL).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
    for (const url of [
      'https://tile.openstreetmap.org/7/64/44.png',
      'https://tile.openstreetmap.org/17/65536/45000.png',
      'https://tile.openstreetmap.org/12/2060/1420.png?v=2',
    ]) {
      expect(pattern().test(url), url).toBe(true);
    }
  });

  it("does not match the app's own URLs nor other hosts", () => {
    for (const url of [
      'http://127.0.0.1:4173/',
      'http://127.0.0.1:4173/geo/communes.json',
      'http://127.0.0.1:4173/data/snapshot.json',
      'http://127.0.0.1:4173/assets/index-abc123.js',
      'http://127.0.0.1:4173/lieu/42',
      'https://boussole.example/7/64/44.png',
      'https://tile.openstreetmap.org.evil.example/7/64/44.png',
      'https://evil.example/?u=https://tile.openstreetmap.org/7/64/44.png',
      'https://tile.openstreetmap.org/7/64/44.png.js',
    ]) {
      expect(pattern().test(url), url).toBe(false);
    }
  });

  it('follows another tile template, with subdomains and retina suffix', () => {
    const entry = tileRuntimeCaching('https://{s}.tiles.example.fr/carte/{z}/{x}/{y}{r}.png?key=abc');
    const regexp = entry.urlPattern as RegExp;
    expect(regexp.test('https://b.tiles.example.fr/carte/9/260/180@2x.png?key=abc')).toBe(true);
    expect(regexp.test('https://b.tiles.example.fr/carte/9/260/180.png?key=abc')).toBe(true);
    expect(regexp.test('https://b.tiles.example.fr/autre/9/260/180.png?key=abc')).toBe(false);
    expect(tileUrlPattern('https://x.example/{z}/{x}/{y}.png').source.startsWith('^')).toBe(true);
  });
});
