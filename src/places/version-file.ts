/**
 * public/data/version.json — written at build time beside the snapshot (vite.config.ts): what an online
 * start downloads to learn whether anything changed. A few dozen bytes instead of the whole snapshot
 * (74 KB gzipped, 450 KB where the host does not compress) at every start on a metered 2G plan.
 */
export const VERSION_URL = '/data/version.json';

export interface VersionFile {
  /** The snapshot's version (the hash of its places). */
  version: string;
  generated_at: string;
  places: number;
  /** Size of snapshot.json in bytes, so that an oversized update is refused before it is downloaded. */
  bytes: number;
}

export function versionFileOf(snapshot: { version: string; generated_at: string; counts: { places: number } }, bytes: number): VersionFile {
  return { version: snapshot.version, generated_at: snapshot.generated_at, places: snapshot.counts.places, bytes };
}

/** The version file's content, or undefined when the text is not one (an HTML page, a truncated file…). */
export function parseVersionFile(text: string): VersionFile | undefined {
  try {
    const value = JSON.parse(text) as Partial<VersionFile> | null;
    if (!value || typeof value.version !== 'string' || value.version === '' || typeof value.bytes !== 'number') return undefined;
    return { version: value.version, generated_at: String(value.generated_at ?? ''), places: Number(value.places ?? 0), bytes: value.bytes };
  } catch {
    return undefined;
  }
}
