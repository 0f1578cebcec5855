/**
 * Coordinates given in a projected system (Lambert-93, the French official
 * one, in metres) turned into the WGS 84 latitude and longitude the standard
 * uses, with proj4 rather than hand-written formulas.
 */
import proj4 from 'proj4';

/** Systems a source description may name, with their proj4 definitions (from epsg.io). */
const DEFINITIONS: Readonly<Record<string, string>> = {
  'EPSG:2154':
    '+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs',
  'EPSG:4326': '+proj=longlat +datum=WGS84 +no_defs +type=crs',
};

export const SUPPORTED_SYSTEMS = Object.keys(DEFINITIONS);

export function isSupportedSystem(system: string): boolean {
  return Object.hasOwn(DEFINITIONS, system);
}

/** WGS 84 latitude and longitude of point (x, y) given in `system`, rounded to about 10 cm. */
export function toWgs84(system: string, x: number, y: number): { latitude: number; longitude: number } {
  const definition = DEFINITIONS[system];
  if (definition === undefined) throw new Error(`unsupported coordinate system ${system}`);
  const [longitude = Number.NaN, latitude = Number.NaN] = proj4(definition, DEFINITIONS['EPSG:4326'] ?? '', [x, y]);
  const round = (value: number) => Math.round(value * 1e6) / 1e6;
  return { latitude: round(latitude), longitude: round(longitude) };
}
