/**
 * Loads the bundled basemap (public/geo/, precached by the service worker) from
 * the app's own origin and decodes it into what the layers draw. Loaded once per
 * page: reopening the map reuses the decoded result.
 */
import { BASEMAP_URLS } from './config';
import {
  decodeArcs,
  decodePoint,
  isTopology,
  meshArcIndices,
  polygonRings,
  type Position,
  type Topology,
} from './topojson';

export interface CommuneLabel {
  code: string;
  nom: string;
  /** [lon, lat], inside the commune. */
  position: Position;
}

export interface Basemap {
  /** The region as polygons of rings. */
  region: Position[][][];
  /** Département borders, each shared border once. */
  departements: Position[][];
  /** Commune borders, each shared border once. */
  communes: Position[][];
  /** One label point per commune, biggest communes first. */
  labels: CommuneLabel[];
}

async function fetchTopology(path: string, base: string): Promise<Topology> {
  const response = await fetch(`${base}${path}`);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  const value: unknown = await response.json();
  if (!isTopology(value)) throw new Error(`${path} is not a TopoJSON topology`);
  return value;
}

function mesh(topology: Topology, objectName: string): Position[][] {
  const collection = topology.objects[objectName];
  if (!collection) throw new Error(`basemap has no ${objectName}`);
  const arcs = decodeArcs(topology);
  return meshArcIndices(collection).flatMap((index) => (arcs[index] ? [arcs[index]] : []));
}

/** Decodes the three basemap files (already parsed). Exported for tests. */
export function decodeBasemap(region: Topology, departements: Topology, communes: Topology): Basemap {
  const regionArcs = decodeArcs(region);
  const regionPolygons = (region.objects.region?.geometries ?? []).flatMap((geometry) =>
    geometry.type === 'Point' ? [] : polygonRings(geometry, regionArcs),
  );
  const names = new Map<string, string>();
  for (const geometry of communes.objects.communes?.geometries ?? []) {
    const { code, nom } = geometry.properties ?? {};
    if (code !== undefined && nom !== undefined) names.set(code, nom);
  }
  const labels: CommuneLabel[] = [];
  for (const geometry of communes.objects.labels?.geometries ?? []) {
    const nom = geometry.id === undefined ? undefined : names.get(geometry.id);
    if (geometry.type === 'Point' && geometry.id !== undefined && nom !== undefined) {
      labels.push({ code: geometry.id, nom, position: decodePoint(communes, geometry) });
    }
  }
  return {
    region: regionPolygons,
    departements: mesh(departements, 'departements'),
    communes: mesh(communes, 'communes'),
    labels,
  };
}

let loading: Promise<Basemap> | undefined;

/**
 * The decoded basemap, fetched once from `base` (the app's base URL, '/' by default).
 * A failed load is forgotten, so the next call tries again.
 */
export function loadBasemap(base: string = import.meta.env.BASE_URL): Promise<Basemap> {
  loading ??= Promise.all([
    fetchTopology(BASEMAP_URLS.region, base),
    fetchTopology(BASEMAP_URLS.departements, base),
    fetchTopology(BASEMAP_URLS.communes, base),
  ]).then(
    ([region, departements, communes]) => decodeBasemap(region, departements, communes),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Forgets the loaded basemap (tests). */
export function resetBasemapCache(): void {
  loading = undefined;
}
