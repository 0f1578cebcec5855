/** What the map needs to know about a place: a small projection of places/place.ts, so 18,000 stay cheap. */
export interface MapPlace {
  id: string;
  nom: string;
  commune: string;
  latitude: number;
  longitude: number;
  /** The primary typologie code (EPN, BIB, MSAP, TIERS_LIEUX, FABLAB, MUNI, ASSO, PIJ_BIJ, CCAS…). */
  kind: string;
  /** True when the position is the commune's centre rather than the place's address. */
  approximate?: boolean;
}

/** The person's position or chosen commune. */
export interface HerePoint {
  latitude: number;
  longitude: number;
  /** Shown next to the mark, e.g. the commune name or "Ma position". */
  label: string;
}

export interface PlacesMapProps {
  places: MapPlace[];
  /** Ids of the current orientation results, in rank order: drawn bigger and numbered. */
  highlighted?: string[];
  here?: HerePoint;
  /** Whether the device is online now; when false no tile request may leave. */
  online: boolean;
  /** Raster tile URL template; '' for none. Defaults to VITE_TILE_URL, else OpenStreetMap. */
  tileUrl?: string;
  /** Attribution text of the tiles (plain text). Defaults to OpenStreetMap's for OpenStreetMap tiles. */
  tileAttribution?: string;
}

/** The document's writing direction. */
export type Direction = 'ltr' | 'rtl';
