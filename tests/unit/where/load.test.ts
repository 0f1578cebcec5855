import { describe, expect, it } from 'vitest';
import { loadCommuneFinder } from '../../../src/orientation/where/load';

describe('loadCommuneFinder', () => {
  it('loads the regional communes by default, once', async () => {
    const finder = await loadCommuneFinder();
    expect(finder.find('chinon')[0]?.code).toBe('37072');
    expect(finder.find('75001')).toEqual([]);
    expect(await loadCommuneFinder('region')).toBe(finder);
  });

  it('loads every French commune on request', async () => {
    const finder = await loadCommuneFinder('france');
    expect(finder.find('75001')[0]?.nom).toBe('Paris');
    expect(finder.stats.communes).toBeGreaterThan(30000);
  });
});
