import { describe, expect, it } from 'vitest';
import { decodeArcs, decodePoint, isTopology, meshArcIndices, polygonRings, type Topology } from '../../../src/map/topojson';

// Two unit squares side by side sharing the arc x = 1 (arc 0, drawn upwards).
const topology: Topology = {
  type: 'Topology',
  transform: { scale: [0.5, 0.5], translate: [10, 40] },
  arcs: [
    [[2, 0], [0, 2]], // (1,0) → (1,1)
    [[2, 2], [-2, 0], [0, -2], [2, 0]], // (1,1) → (0,1) → (0,0) → (1,0)
    [[2, 0], [2, 0], [0, 2], [-2, 0]], // (1,0) → (2,0) → (2,1) → (1,1)
  ],
  objects: {
    squares: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', properties: { code: 'W', nom: 'West' }, arcs: [[0, 1]] },
        { type: 'Polygon', properties: { code: 'E', nom: 'East' }, arcs: [[2, ~0]] },
        { type: 'Point', id: 'W', coordinates: [1, 1] },
      ],
    },
  },
};

describe('topojson', () => {
  it('recognises a topology', () => {
    expect(isTopology(topology)).toBe(true);
    expect(isTopology({ type: 'FeatureCollection', features: [] })).toBe(false);
    expect(isTopology(null)).toBe(false);
  });

  it('decodes delta-encoded, quantised arcs', () => {
    expect(decodeArcs(topology)[0]).toEqual([[11, 40], [11, 41]]);
  });

  it('stitches rings, reversing negative arcs, into closed rings', () => {
    const arcs = decodeArcs(topology);
    const [west, east] = topology.objects.squares?.geometries ?? [];
    if (west?.type !== 'Polygon' || east?.type !== 'Polygon') throw new Error('fixture');
    expect(polygonRings(west, arcs)).toEqual([[[[11, 40], [11, 41], [10, 41], [10, 40], [11, 40]]]]);
    expect(polygonRings(east, arcs)).toEqual([[[[11, 40], [12, 40], [12, 41], [11, 41], [11, 40]]]]);
  });

  it('lists each shared border once in a mesh', () => {
    expect(meshArcIndices(topology.objects.squares ?? { type: 'GeometryCollection', geometries: [] })).toEqual([0, 1, 2]);
  });

  it('decodes points (quantised, not delta-encoded)', () => {
    const point = topology.objects.squares?.geometries[2];
    if (point?.type !== 'Point') throw new Error('fixture');
    expect(decodePoint(topology, point)).toEqual([10.5, 40.5]);
  });
});
