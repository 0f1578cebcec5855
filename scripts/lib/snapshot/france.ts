/**
 * Whether a point is in France: metropolitan France with Corsica, and the
 * overseas départements and collectivities the standard's phone prefixes name.
 * Boxes, not outlines: the point is to catch swapped, zeroed or foreign
 * coordinates, not to draw borders.
 */

interface Box {
  name: string;
  south: number;
  north: number;
  west: number;
  east: number;
}

const FRANCE: readonly Box[] = [
  { name: 'France métropolitaine', south: 41.3, north: 51.15, west: -5.25, east: 9.6 },
  { name: 'Guadeloupe, Saint-Martin, Saint-Barthélemy', south: 15.8, north: 18.15, west: -63.2, east: -60.95 },
  { name: 'Martinique', south: 14.35, north: 14.9, west: -61.25, east: -60.8 },
  { name: 'Guyane', south: 2.1, north: 5.8, west: -54.65, east: -51.6 },
  { name: 'La Réunion', south: -21.4, north: -20.85, west: 55.2, east: 55.85 },
  { name: 'Mayotte', south: -13.05, north: -12.6, west: 44.95, east: 45.35 },
  { name: 'Saint-Pierre-et-Miquelon', south: 46.7, north: 47.15, west: -56.45, east: -56.1 },
  { name: 'Nouvelle-Calédonie', south: -22.9, north: -19.5, west: 163.5, east: 168.2 },
  { name: 'Polynésie française', south: -27.7, north: -7.8, west: -154.8, east: -134.4 },
  { name: 'Wallis-et-Futuna', south: -14.4, north: -13.1, west: -178.25, east: -176.1 },
];

export function isInFrance(latitude: number, longitude: number): boolean {
  return FRANCE.some((box) => latitude >= box.south && latitude <= box.north && longitude >= box.west && longitude <= box.east);
}
