/** A French commune as data/communes/*.json describe it. */
export interface Commune {
  /** INSEE code. */
  code: string;
  nom: string;
  codesPostaux: string[];
  population: number;
  departement: string;
  lat: number;
  lon: number;
}

/** A commune as the files may hold it: a few (overseas collectivities) have no position. */
export type CommuneRecord = Omit<Commune, 'lat' | 'lon'> & { lat: number | null; lon: number | null };

/** The regional file: `{ source, communes: [...] }`. */
export interface CommuneList {
  source?: string;
  communes: CommuneRecord[];
}

/** The national file, columnar to stay small: `{ source, fields: ["code", "nom", …], rows: [[…], …] }`. */
export interface CommuneColumns {
  source?: string;
  fields: string[];
  rows: unknown[][];
}

const FIELDS = ['code', 'nom', 'codesPostaux', 'population', 'departement', 'lat', 'lon'] as const;

/** The communes of a columnar file, whatever the order of its fields. */
export function communesFromColumns(data: CommuneColumns): CommuneRecord[] {
  const at = Object.fromEntries(FIELDS.map((field) => [field, data.fields.indexOf(field)])) as Record<(typeof FIELDS)[number], number>;
  const missing = FIELDS.filter((field) => at[field] < 0);
  if (missing.length > 0) throw new Error(`Commune file without the fields: ${missing.join(', ')}`);
  return data.rows.map((row) => ({
    code: String(row[at.code]),
    nom: String(row[at.nom]),
    codesPostaux: Array.isArray(row[at.codesPostaux]) ? (row[at.codesPostaux] as unknown[]).map(String) : [],
    population: Number(row[at.population]) || 0,
    departement: String(row[at.departement]),
    lat: typeof row[at.lat] === 'number' ? (row[at.lat] as number) : null,
    lon: typeof row[at.lon] === 'number' ? (row[at.lon] as number) : null,
  }));
}

/** The communes with a position: the only ones "where am I" can use. */
export function locatedCommunes(records: readonly CommuneRecord[]): Commune[] {
  return records.filter((commune): commune is Commune => Number.isFinite(commune.lat) && Number.isFinite(commune.lon));
}
