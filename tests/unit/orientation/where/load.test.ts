import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadCommuneFinder, resetCommuneFinder } from '../../../../src/orientation/where/load';

describe('loadCommuneFinder', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    resetCommuneFinder();
  });

  it('loads the regional communes by default, once', async () => {
    const finder = await loadCommuneFinder();
    expect(finder.find('chinon')[0]?.code).toBe('37072');
    expect(finder.find('75001')).toEqual([]);
    expect(await loadCommuneFinder()).toBe(finder);
  });

  it('loads every French commune in a national build (VITE_COMMUNE_SCOPE=france)', async () => {
    vi.stubEnv('VITE_COMMUNE_SCOPE', 'france');
    const finder = await loadCommuneFinder();
    expect(finder.find('75001')[0]?.nom).toBe('Paris');
    expect(finder.stats.communes).toBeGreaterThan(30000);
  });
});
