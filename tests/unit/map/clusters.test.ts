import { describe, expect, it } from 'vitest';
import { PlaceClusters, type BBox, type MapItem } from '../../../src/map/clusters';
import { MAX_ZOOM, REGION_BBOX } from '../../../src/map/config';
import type { MapPlace } from '../../../src/map/types';

function place(id: string, latitude: number, longitude: number): MapPlace {
  return { id, nom: `Lieu ${id}`, commune: 'Tours', latitude, longitude, kind: 'EPN' };
}

const WORLD: BBox = [-180, -85, 180, 85];
const clusters = (items: MapItem[]) => items.filter((item) => item.type === 'cluster');
const singles = (items: MapItem[]) => items.flatMap((item) => (item.type === 'place' ? [item.place.id] : [])).sort();

// Two places 300 m apart in Tours, one in Bourges (about 140 km away).
const tours1 = place('tours-1', 47.3941, 0.6848);
const tours2 = place('tours-2', 47.3968, 0.6848);
const bourges = place('bourges', 47.0810, 2.3988);

describe('PlaceClusters', () => {
  describe('#at', () => {
    it('groups nearby places at a regional zoom and keeps distant ones apart', () => {
      const items = new PlaceClusters([tours1, tours2, bourges]).at(WORLD, 8);
      expect(clusters(items)).toHaveLength(1);
      expect(clusters(items)[0]).toMatchObject({ type: 'cluster', count: 2 });
      expect(singles(items)).toEqual(['bourges']);
    });

    it('splits them when zoomed in far enough', () => {
      const items = new PlaceClusters([tours1, tours2, bourges]).at(WORLD, 16);
      expect(clusters(items)).toHaveLength(0);
      expect(singles(items)).toEqual(['bourges', 'tours-1', 'tours-2']);
    });

    it('groups everything into one cluster at a continental zoom', () => {
      const items = new PlaceClusters([tours1, tours2, bourges]).at(WORLD, 3);
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ type: 'cluster', count: 3 });
    });

    it('returns only what is inside the box', () => {
      const aroundBourges: BBox = [2.2, 46.9, 2.6, 47.2];
      expect(singles(new PlaceClusters([tours1, tours2, bourges]).at(aroundBourges, 12))).toEqual(['bourges']);
    });

    it('keeps places at the very same spot together even at the closest zoom', () => {
      const centre = [place('a', 47.0810, 2.3988), place('b', 47.0810, 2.3988)];
      const items = new PlaceClusters(centre).at(WORLD, MAX_ZOOM);
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ type: 'cluster', count: 2 });
    });

    it('ignores places without usable coordinates', () => {
      const broken = { ...place('broken', Number.NaN, 1), latitude: Number.NaN };
      expect(singles(new PlaceClusters([broken, bourges]).at(WORLD, 16))).toEqual(['bourges']);
    });

    it('gives stable keys: a place keeps its key from one view to the next', () => {
      const index = new PlaceClusters([tours1, tours2, bourges]);
      expect(index.at(WORLD, 16).map((item) => item.key).sort()).toEqual(['pbourges', 'ptours-1', 'ptours-2']);
      expect(index.at([2.2, 46.9, 2.6, 47.2], 16).map((item) => item.key)).toEqual(['pbourges']);
    });
  });

  describe('#expansionZoom and #leaves', () => {
    it('says at which zoom a cluster splits and which places it holds', () => {
      const index = new PlaceClusters([tours1, tours2, bourges]);
      const [cluster] = clusters(index.at(WORLD, 8));
      if (cluster?.type !== 'cluster') throw new Error('expected a cluster');
      const zoom = index.expansionZoom(cluster.clusterId);
      expect(zoom).toBeGreaterThan(8);
      expect(zoom).toBeLessThanOrEqual(MAX_ZOOM);
      expect(clusters(index.at(WORLD, zoom))).toHaveLength(0);
      expect(index.leaves(cluster.clusterId).map((leaf) => leaf.id)).toEqual(['tours-1', 'tours-2']);
    });

    it('says a cluster of places at the same spot never splits within the map zooms', () => {
      const index = new PlaceClusters([place('a', 47, 2), place('b', 47, 2)]);
      const [cluster] = index.at(WORLD, MAX_ZOOM);
      if (cluster?.type !== 'cluster') throw new Error('expected a cluster');
      expect(index.expansionZoom(cluster.clusterId)).toBeGreaterThan(MAX_ZOOM);
    });
  });

  describe('at national scale', () => {
    it('clusters 18,000 places into a few dozen markers over the region and answers views fast', () => {
      // A deterministic spread over mainland France.
      let seed = 42;
      const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
      const places = Array.from({ length: 18_000 }, (_, i) => place(`n${i}`, 42.5 + random() * 8.5, -4.5 + random() * 12.5));
      const index = new PlaceClusters(places);
      const [west, south, east, north] = REGION_BBOX;
      // Padded like the map does (a cluster's centre can sit just outside the view).
      const regional = index.at([west - 1, south - 1, east + 1, north + 1], 7);
      const inRegion = places.filter((p) => p.longitude >= west && p.longitude <= east && p.latitude >= south && p.latitude <= north).length;
      const counted = regional.reduce((sum, item) => sum + (item.type === 'cluster' ? item.count : 1), 0);
      expect(regional.length).toBeLessThan(150);
      expect(counted).toBeGreaterThanOrEqual(inRegion); // every place in view is in some marker
      const started = performance.now();
      for (let zoom = 6; zoom <= MAX_ZOOM; zoom++) index.at([1.5, 47, 2, 47.5], zoom);
      expect(performance.now() - started).toBeLessThan(200);
    });
  });
});
