/** One current French commune, as written to data/communes/*.json. */
export interface CommuneRecord {
  code: string;
  nom: string;
  codesPostaux: string[];
  /** Municipal population from the official list; null when it gives none (some overseas collectivities). */
  population: number | null;
  departement: string;
  /** Null only where data/sources/geo has no outline at all (overseas collectivities, COM). */
  lat: number | null;
  lon: number | null;
}

export const COMMUNE_FIELDS = ['code', 'nom', 'codesPostaux', 'population', 'departement', 'lat', 'lon'] as const;

export type CommuneRow = [string, string, string[], number | null, string, number | null, number | null];

export function toRow(commune: CommuneRecord): CommuneRow {
  return [
    commune.code,
    commune.nom,
    commune.codesPostaux,
    commune.population,
    commune.departement,
    commune.lat,
    commune.lon,
  ];
}

export function fromRow([code, nom, codesPostaux, population, departement, lat, lon]: CommuneRow): CommuneRecord {
  return { code, nom, codesPostaux, population, departement, lat, lon };
}
