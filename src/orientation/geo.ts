/** A point on Earth as places carry it. */
export interface LatLon {
  latitude: number;
  longitude: number;
}

const EARTH_RADIUS_KM = 6371;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Distance as the crow flies (haversine), in kilometres. */
export function distanceKm(from: LatLon, to: LatLon): number {
  const dLat = toRadians(to.latitude - from.latitude);
  const dLon = toRadians(to.longitude - from.longitude);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(from.latitude)) * Math.cos(toRadians(to.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

export type CompassPoint = 'N' | 'NE' | 'E' | 'SE' | 'S' | 'SO' | 'O' | 'NO';
const POINTS: readonly CompassPoint[] = ['N', 'NE', 'E', 'SE', 'S', 'SO', 'O', 'NO'];

/** Initial bearing from one point to another, as one of eight compass points (French initials: O is west). */
export function compassPoint(from: LatLon, to: LatLon): CompassPoint {
  const φ1 = toRadians(from.latitude);
  const φ2 = toRadians(to.latitude);
  const Δλ = toRadians(to.longitude - from.longitude);
  const y = Math.sin(Δλ) * Math.cos(φ2);
  const x = Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(Δλ);
  const degrees = ((Math.atan2(y, x) * 180) / Math.PI + 360) % 360;
  return POINTS[Math.round(degrees / 45) % 8]!;
}

/** A distance as a person says it: one decimal under 10 km, whole kilometres beyond, in the reader's number format. */
export function formatKm(km: number, languageTag: string): string {
  return new Intl.NumberFormat(languageTag, { maximumFractionDigits: km < 10 ? 1 : 0 }).format(km);
}
