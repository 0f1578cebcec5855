import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASEMAP_FILES, buildBasemap } from '../../../scripts/lib/basemap/build';
import { insidePolygon, isClosedRing } from '../../../scripts/lib/basemap/check';
import { BASEMAP_BUDGET_GZIP_BYTES, sizes } from '../../../scripts/lib/basemap/sizes';
import { BASEMAP_DIR } from '../../../scripts/lib/basemap/sources';
import { decodeBasemap } from '../../../src/map/basemap';
import { BASEMAP_URLS, REGION_BBOX } from '../../../src/map/config';
import {
  decodeArcs,
  decodePoint,
  isTopology,
  polygonRings,
  type Position,
  type TopoGeometry,
  type Topology,
} from '../../../src/map/topojson';

const COMMUNES_2018 = 1776;

function read(name: string): string {
  return readFileSync(join(BASEMAP_DIR, name), 'utf8');
}

function topology(name: string): Topology {
  const value: unknown = JSON.parse(read(name));
  if (!isTopology(value)) throw new Error(`${name} is not a topology`);
  return value;
}

function polygonsOf(topo: Topology, object: string): { geometry: TopoGeometry; rings: Position[][][] }[] {
  const arcs = decodeArcs(topo);
  return (topo.objects[object]?.geometries ?? []).map((geometry) => ({
    geometry,
    rings: geometry.type === 'Point' ? [] : polygonRings(geometry, arcs),
  }));
}

const decimals = (value: number) => (String(value).split('.')[1] ?? '').length;

describe('public/geo basemap', () => {
  it('has the three layers and the attribution, at the paths the app fetches', () => {
    for (const name of Object.values(BASEMAP_FILES)) expect(existsSync(join(BASEMAP_DIR, name)), name).toBe(true);
    expect(Object.values(BASEMAP_URLS).map((url) => url.replace(/^geo\//, '')).sort()).toEqual(
      [BASEMAP_FILES.communes, BASEMAP_FILES.departements, BASEMAP_FILES.region].sort(),
    );
    expect(read(BASEMAP_FILES.attribution)).toContain('IGN — Admin Express COG 2018');
    expect(read(BASEMAP_FILES.attribution)).toContain('Licence Ouverte');
  });

  it('is quantised TopoJSON on a grid of at most 5 decimals', () => {
    for (const name of [BASEMAP_FILES.region, BASEMAP_FILES.departements, BASEMAP_FILES.communes]) {
      const { transform } = topology(name);
      for (const value of [...transform.scale, ...transform.translate]) expect(decimals(value), name).toBeLessThanOrEqual(5);
      for (const arc of topology(name).arcs) for (const [x, y] of arc) expect(Number.isInteger(x) && Number.isInteger(y)).toBe(true);
    }
  });

  it('holds every commune of the region, once, with only code and nom, in closed rings', () => {
    const communes = polygonsOf(topology(BASEMAP_FILES.communes), 'communes');
    expect(communes).toHaveLength(COMMUNES_2018);
    const codes = communes.map(({ geometry }) => geometry.properties?.code);
    expect(new Set(codes).size).toBe(COMMUNES_2018);
    for (const { geometry, rings } of communes) {
      expect(geometry.type === 'Polygon' || geometry.type === 'MultiPolygon').toBe(true);
      expect(Object.keys(geometry.properties ?? {}).sort()).toEqual(['code', 'nom']);
      expect(geometry.properties?.code).toMatch(/^(18|28|36|37|41|45)\d{3}$/);
      expect(rings.length).toBeGreaterThan(0);
      for (const polygon of rings) for (const ring of polygon) expect(isClosedRing(ring), geometry.properties?.code).toBe(true);
    }
    expect(codes).toContain('37261'); // Tours
    expect(communes.find(({ geometry }) => geometry.properties?.code === '45234')?.geometry.properties?.nom).toBe('Orléans');
  });

  it('has a label point inside each commune, biggest communes first', () => {
    const topo = topology(BASEMAP_FILES.communes);
    const rings = new Map(polygonsOf(topo, 'communes').map(({ geometry, rings }) => [geometry.properties?.code, rings]));
    const labels = topo.objects.labels?.geometries ?? [];
    expect(labels).toHaveLength(COMMUNES_2018);
    expect(new Set(labels.map((label) => label.id)).size).toBe(COMMUNES_2018);
    for (const label of labels) {
      expect(label.type).toBe('Point');
      if (label.type !== 'Point') continue;
      const position = decodePoint(topo, label);
      expect(rings.get(label.id)?.some((polygon) => insidePolygon(position, polygon)), label.id).toBe(true);
    }
  });

  it('has the 6 départements and the region, named from their sources', () => {
    const departements = polygonsOf(topology(BASEMAP_FILES.departements), 'departements');
    expect(departements.map(({ geometry }) => geometry.properties)).toEqual([
      { code: '18', nom: 'Cher' },
      { code: '28', nom: 'Eure-et-Loir' },
      { code: '36', nom: 'Indre' },
      { code: '37', nom: 'Indre-et-Loire' },
      { code: '41', nom: 'Loir-et-Cher' },
      { code: '45', nom: 'Loiret' },
    ]);
    const region = polygonsOf(topology(BASEMAP_FILES.region), 'region');
    expect(region.map(({ geometry }) => geometry.properties)).toEqual([{ code: '24', nom: 'Centre-Val de Loire' }]);
    for (const { rings } of [...departements, ...region]) for (const polygon of rings) expect(polygon.every(isClosedRing)).toBe(true);
  });

  it('fits the region bounds the map uses', () => {
    expect(topology(BASEMAP_FILES.region).bbox).toEqual([...REGION_BBOX]);
  });

  it('stays within the phone budget (three layers, gzipped)', () => {
    const layers = [BASEMAP_FILES.region, BASEMAP_FILES.departements, BASEMAP_FILES.communes].map((name) => sizes(read(name)));
    const gzip = layers.reduce((sum, layer) => sum + layer.gzip, 0);
    expect(gzip).toBeLessThanOrEqual(BASEMAP_BUDGET_GZIP_BYTES);
    expect(BASEMAP_BUDGET_GZIP_BYTES).toBeLessThanOrEqual(250 * 1024);
  });

  it('decodes into what the map draws', () => {
    const basemap = decodeBasemap(
      topology(BASEMAP_FILES.region),
      topology(BASEMAP_FILES.departements),
      topology(BASEMAP_FILES.communes),
    );
    expect(basemap.region).toHaveLength(1);
    expect(basemap.labels).toHaveLength(COMMUNES_2018);
    expect(basemap.labels.find((label) => label.code === '45234')?.nom).toBe('Orléans');
    expect(basemap.communes.length).toBeGreaterThan(basemap.departements.length);
    const [west, south, east, north] = REGION_BBOX;
    for (const line of [...basemap.communes, ...basemap.departements]) {
      for (const [lon, lat] of line) {
        expect(lon >= west - 1e-9 && lon <= east + 1e-9 && lat >= south - 1e-9 && lat <= north + 1e-9).toBe(true);
      }
    }
  });

  it('is exactly what scripts/build-basemap.ts writes (deterministic and up to date)', async () => {
    const built = await buildBasemap();
    for (const [name, content] of built) expect(content === read(name), `${name} differs: run npx tsx scripts/build-basemap.ts`).toBe(true);
  }, 60_000);
});
