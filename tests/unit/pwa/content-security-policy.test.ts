import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, tileOrigin } from '../../../src/pwa/content-security-policy';

describe('the Content-Security-Policy', () => {
  it('turns a {s} subdomain template into a valid wildcard source', () => {
    expect(tileOrigin('https://{s}.tile.openstreetmap.fr/osmfr/{z}/{x}/{y}.png')).toBe('https://*.tile.openstreetmap.fr');
    expect(tileOrigin('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('https://tile.openstreetmap.org');
    expect(tileOrigin('https://tiles.{s}.example.org/{z}/{x}/{y}.png')).toBeNull();
    expect(tileOrigin('/tiles/{z}/{x}/{y}.png')).toBeNull();
  });

  it('never writes a brace into a source, and adds frame-ancestors only to the header form', () => {
    const meta = contentSecurityPolicy(tileOrigin('https://{s}.tile.example.org/{z}/{x}/{y}.png'));
    expect(meta).not.toMatch(/[{}]/);
    expect(meta).toContain('img-src \'self\' data: https://*.tile.example.org');
    expect(meta).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy(null, { header: true })).toContain("frame-ancestors 'none'");
  });
});

describe('the kiosk forgets viewed tiles', () => {
  it('names the cache the map fills', async () => {
    const { TILE_CACHE_NAME } = await import('../../../src/map/tile-cache');
    const forget = await import('../../../src/pwa/forget-tiles');
    expect(forget.TILE_CACHE_NAME).toBe(TILE_CACHE_NAME);
  });
});
