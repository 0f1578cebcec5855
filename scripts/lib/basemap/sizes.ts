import { gzipSync } from 'node:zlib';

/** The three basemap layers together, gzipped: what a phone downloads once (and precaches). */
export const BASEMAP_BUDGET_GZIP_BYTES = 250 * 1024;

/** Raw and gzipped (level 9, as a static host or CDN would serve it) sizes in bytes. */
export function sizes(content: string | Buffer): { raw: number; gzip: number } {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}
