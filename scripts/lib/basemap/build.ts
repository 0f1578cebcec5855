/**
 * Builds the offline basemap: three TopoJSON files for public/geo/ and their
 * attribution. Pure apart from reading the sources: returns file contents, the
 * caller writes them. The same input always gives byte-identical output.
 *
 * Only the commune outlines carry geometry: mapshaper simplifies them once and
 * dissolves them into départements and the region, so all three layers share
 * their borders exactly. Names and codes of départements and region come from
 * their own source files.
 */
import { decodeArcs, decodePoint, polygonRings, type GeometryCollection, type TopoGeometry, type TopoPoint } from '../../../src/map/topojson';
import { insidePolygon, isClosedRing } from './check';
import { readSources, type BasemapSources, type Named } from './sources';
import { LAYERS, simplifyOutlines, type RawGeometry, type SimplifyOptions } from './simplify';
import { quantisedTopology } from './topology';

/**
 * 120 m keeps every commune recognisable down to zoom 12 (about 26 m per pixel here: a
 * border moves by at most a few pixels) and fits the phone budget. 0.0001° is about
 * 11 m north–south and 8 m east–west: far below the simplification, and one digit
 * fewer per coordinate than 0.00001°.
 */
export const BASEMAP_OPTIONS: SimplifyOptions = { intervalMetres: 120, precision: 0.0001 };

export const BASEMAP_FILES = {
  region: 'region.json',
  departements: 'departements.json',
  communes: 'communes.json',
  attribution: 'ATTRIBUTION.md',
} as const;

export const ATTRIBUTION = 'IGN — Admin Express COG 2018';

type Polygonal = Extract<TopoGeometry, { type: 'Polygon' | 'MultiPolygon' }>;

function polygonal(geometry: RawGeometry, what: string): Polygonal {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') throw new Error(`${what} has no polygon`);
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', arcs: geometry.arcs }
    : { type: 'MultiPolygon', arcs: geometry.arcs };
}

function text(value: unknown, what: string): string {
  if (typeof value !== 'string' && typeof value !== 'number') throw new Error(`${what} is missing`);
  return String(value);
}

const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

function withProperties(geometry: Polygonal, properties: Named): Polygonal {
  // Fixed key order, so the output does not depend on how the objects were built.
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', properties: { code: properties.code, nom: properties.nom }, arcs: geometry.arcs }
    : { type: 'MultiPolygon', properties: { code: properties.code, nom: properties.nom }, arcs: geometry.arcs };
}

function collection<G extends TopoGeometry>(geometries: G[]): GeometryCollection<G> {
  return { type: 'GeometryCollection', geometries };
}

export function attributionText(options: SimplifyOptions): string {
  return [
    '# Fond de carte hors ligne — sources et licence',
    '',
    `Contours de la région Centre-Val de Loire, de ses départements et de ses communes : **${ATTRIBUTION}**`,
    '(IGN, codes INSEE de 2018), Licence Ouverte / Open Licence 2.0 (Etalab),',
    '<https://www.etalab.gouv.fr/licence-ouverte-open-licence>.',
    'Version simplifiée publiée dans le dépôt public gregoiredavid/france-geojson.',
    '',
    'Modifications faites par Boussole (`npx tsx scripts/build-basemap.ts`, avec mapshaper) :',
    `simplification Visvalingam pondérée à ${options.intervalMetres} m en gardant chaque commune,`,
    'départements et région obtenus par fusion des communes simplifiées, point d’étiquette intérieur à',
    `chaque commune, coordonnées arrondies à ${options.precision}°, propriétés réduites à \`code\` et \`nom\`,`,
    'format TopoJSON.',
    '',
  ].join('\n');
}

/** The files of public/geo/, by name. */
export async function buildBasemap(
  sources: BasemapSources = readSources(),
  options: SimplifyOptions = BASEMAP_OPTIONS,
): Promise<Map<string, string>> {
  const raw = await simplifyOutlines(sources.communesText, options);
  const layer = (name: string) => {
    const found = raw.objects[name];
    if (!found) throw new Error(`mapshaper output has no layer ${name}`);
    return found.geometries;
  };

  const communes = layer(LAYERS.communes)
    .map((geometry, i) => {
      const code = text(geometry.properties.code, `commune #${i} code`);
      return { code, geometry: withProperties(polygonal(geometry, `commune ${code}`), { code, nom: text(geometry.properties.nom, `commune ${code} nom`) }) };
    })
    .sort(byCode);

  // Biggest communes first: the app labels in file order and skips labels that would collide.
  const labels: TopoPoint[] = layer(LAYERS.labels)
    .map((geometry) => {
      const code = text(geometry.properties.code, 'label code');
      if (geometry.type !== 'Point') throw new Error(`label ${code} is not a point`);
      return { code, area: Number(geometry.properties.area), coordinates: geometry.coordinates };
    })
    .sort((a, b) => b.area - a.area || byCode(a, b))
    .map(({ code, coordinates }) => ({ type: 'Point', id: code, coordinates }));

  const names = new Map(sources.departements.map((d) => [d.code, d.nom]));
  const departements = layer(LAYERS.departements)
    .map((geometry) => {
      const code = text(geometry.properties.dep, 'département code');
      const nom = names.get(code);
      if (nom === undefined) throw new Error(`département ${code} is not in the départements source`);
      return { code, geometry: withProperties(polygonal(geometry, `département ${code}`), { code, nom }) };
    })
    .sort(byCode);
  if (departements.length !== names.size) throw new Error(`${departements.length} départements, expected ${names.size}`);

  const regions = layer(LAYERS.region);
  if (regions.length !== 1 || !regions[0]) throw new Error(`${regions.length} region outlines, expected 1`);
  const region = withProperties(polygonal(regions[0], 'region'), sources.region);

  const regionTopology = quantisedTopology(raw, { region: collection([region]) }, options.precision);
  const departementsTopology = quantisedTopology(
    raw,
    { departements: collection(departements.map((d) => d.geometry)) },
    options.precision,
  );
  const communesTopology = quantisedTopology(
    raw,
    { communes: collection(communes.map((c) => c.geometry)), labels: collection(labels) },
    options.precision,
  );
  checkCommunes(communesTopology, new Set(communes.map((c) => c.code)));

  return new Map([
    [BASEMAP_FILES.region, JSON.stringify(regionTopology)],
    [BASEMAP_FILES.departements, JSON.stringify(departementsTopology)],
    [BASEMAP_FILES.communes, JSON.stringify(communesTopology)],
    [BASEMAP_FILES.attribution, attributionText(options)],
  ]);
}

/** Refuses a basemap whose rings are broken or whose label points fall outside their commune. */
function checkCommunes(topology: ReturnType<typeof quantisedTopology>, codes: Set<string>): void {
  const arcs = decodeArcs(topology);
  const rings = new Map<string, ReturnType<typeof polygonRings>>();
  for (const geometry of topology.objects.communes?.geometries ?? []) {
    if (geometry.type === 'Point') continue;
    const polygons = polygonRings(geometry, arcs);
    const code = geometry.properties?.code ?? '?';
    if (!polygons.every((polygon) => polygon.every(isClosedRing))) throw new Error(`commune ${code} has an open ring`);
    rings.set(code, polygons);
  }
  const labels = topology.objects.labels?.geometries ?? [];
  if (labels.length !== codes.size) throw new Error(`${labels.length} label points for ${codes.size} communes`);
  for (const label of labels) {
    if (label.type !== 'Point' || label.id === undefined) throw new Error('a label is not a point with an id');
    const polygons = rings.get(label.id);
    const position = decodePoint(topology, label);
    if (!polygons?.some((polygon) => insidePolygon(position, polygon))) {
      throw new Error(`label point of commune ${label.id} is outside its outline`);
    }
  }
}
