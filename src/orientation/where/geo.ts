/**
 * Distances and directions on the ground, for "3 km, north-east of you".
 * Points come as places carry them ({ latitude, longitude }) or as communes
 * do ({ lat, lon }).
 */
export type GeoPoint = { latitude: number; longitude: number } | { lat: number; lon: number };

/** Mean Earth radius (IUGG), in kilometres. */
const EARTH_RADIUS_KM = 6371.0088;
const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;

function latLon(point: GeoPoint): [number, number] {
  return 'latitude' in point ? [point.latitude, point.longitude] : [point.lat, point.lon];
}

/** Distance as the crow flies (haversine), in kilometres. */
export function distanceKm(from: GeoPoint, to: GeoPoint): number {
  const [lat1, lon1] = latLon(from);
  const [lat2, lon2] = latLon(to);
  const dLat = toRadians(lat2 - lat1);
  const dLon = toRadians(lon2 - lon1);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(lat1)) * Math.cos(toRadians(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Initial bearing from one point to another, in degrees clockwise from north, in [0, 360). */
export function bearingDegrees(from: GeoPoint, to: GeoPoint): number {
  const [lat1, lon1] = latLon(from);
  const [lat2, lon2] = latLon(to);
  const φ1 = toRadians(lat1);
  const φ2 = toRadians(lat2);
  const Δλ = toRadians(lon2 - lon1);
  const y = Math.sin(Δλ) * Math.cos(φ2);
  const x = Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(Δλ);
  return ((Math.atan2(y, x) * 180) / Math.PI + 360) % 360;
}

/** The eight compass points as ids, French initials (O is west, "ouest"); the interface translates them. */
export type CompassPoint = 'N' | 'NE' | 'E' | 'SE' | 'S' | 'SO' | 'O' | 'NO';
export const COMPASS_POINTS: readonly CompassPoint[] = ['N', 'NE', 'E', 'SE', 'S', 'SO', 'O', 'NO'];

/** The direction to go from one point to reach another, in eight points ('N' for the same point). */
export function bearing(from: GeoPoint, to: GeoPoint): CompassPoint {
  return COMPASS_POINTS[Math.round(bearingDegrees(from, to) / 45) % 8]!;
}

const kmFormats = new Map<string, Intl.NumberFormat>();

/** A distance as a person says it: one decimal under 10 km, whole kilometres beyond, in the reader's number format. */
export function formatKm(km: number, languageTag: string): string {
  const digits = km < 10 ? 1 : 0;
  const key = `${languageTag}/${digits}`;
  // A number format costs far more to create than to use (a millisecond each on a slow phone): one per language and precision.
  let format = kmFormats.get(key);
  if (!format) kmFormats.set(key, (format = new Intl.NumberFormat(languageTag, { maximumFractionDigits: digits })));
  return format.format(km);
}
