/**
 * "Where am I", offline: communes by name or postal code, nearest commune to
 * a GPS position, distance and compass direction. (The benchmark measures it
 * from bench/measure/.)
 */
export { createCommuneFinder, type CommuneFinder, type CommuneMatch, type NearCommune } from './commune-finder';
export { communesFromColumns, locatedCommunes, type Commune, type CommuneColumns, type CommuneList, type CommuneRecord } from './communes';
export { bearing, bearingDegrees, COMPASS_POINTS, distanceKm, type CompassPoint, type GeoPoint } from './geo';
export { loadCommuneFinder, type CommuneScope } from './load';
