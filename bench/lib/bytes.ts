/**
 * What the app weighs on the wire, read from a built site: the JavaScript the
 * first paint needs, everything the service worker precaches, the snapshot
 * (whole and per shard) and the map's geometry. Gzip level 9 is what static
 * hosts and CDNs commonly serve; Brotli would be smaller.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzipBytes = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length;

/**
 * What runs before the first paint: the scripts and module preloads index.html
 * names, plus what the entry loads at once (src/boot.ts imports the app right
 * after starting the IndexedDB read; Vite lists that import's files in the
 * entry's `__vite__mapDeps`).
 */
export function firstPaintFiles(indexHtml: string, read: (url: string) => string = () => ''): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  const styles = new Set([...indexHtml.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) => match[1]!));
  const entries = [...indexHtml.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]!);
  for (const url of entries) scripts.add(url);
  for (const match of indexHtml.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) scripts.add(match[1]!);
  for (const match of indexHtml.matchAll(/<link[^>]*href="([^"]+)"[^>]*rel="modulepreload"/g)) scripts.add(match[1]!);
  for (const entry of entries) {
    const deps = /m\.f\|\|\(m\.f=\[([^\]]*)\]/.exec(read(entry))?.[1] ?? '';
    for (const [, file] of deps.matchAll(/["'`]([^"'`]+)["'`]/g)) {
      const url = `/${file!.replace(/^\//, '')}`;
      (url.endsWith('.css') ? styles : scripts).add(url);
    }
  }
  return { scripts: [...scripts], styles: [...styles] };
}

/** The URLs in the Workbox precache manifest of a generated sw.js. */
export function precacheUrls(swJs: string): string[] {
  return [...swJs.matchAll(/\burl:\s*"([^"]+)"/g)].map((match) => match[1]!);
}

const local = (site: string, url: string) => join(site, url.replace(/^\//, '').split('?')[0]!);

function sizes(site: string, urls: readonly string[]): { raw: number; gz: number } {
  let raw = 0;
  let gz = 0;
  for (const url of urls) {
    const data = readFileSync(local(site, url));
    raw += data.length;
    gz += gzipBytes(data);
  }
  return { raw, gz };
}

export interface SiteBytes {
  first_paint_js_bytes_gz: number;
  first_paint_js_bytes_raw: number;
  first_paint_css_bytes_gz: number;
  precache_entries: number;
  precache_bytes_raw: number;
  precache_bytes_gz: number;
  snapshot_bytes_raw: number;
  snapshot_bytes_gz: number;
  geometry_bytes_raw: number;
  geometry_bytes_gz: number;
  map_chunk_js_bytes_gz: number;
  hours_chunk_js_bytes_gz: number;
}

/** Sizes of the files under assets/ whose names start with `prefix` and end with `.js`. */
function chunkGz(site: string, prefix: string): number {
  const assets = join(site, 'assets');
  return readdirSync(assets)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.js'))
    .reduce((sum, name) => sum + gzipBytes(readFileSync(join(assets, name))), 0);
}

export function measureSiteBytes(site: string): SiteBytes {
  const indexHtml = readFileSync(join(site, 'index.html'), 'utf8');
  const firstPaint = firstPaintFiles(indexHtml, (url) => readFileSync(local(site, url), 'utf8'));
  const js = sizes(site, firstPaint.scripts);
  const css = sizes(site, firstPaint.styles);
  const precached = precacheUrls(readFileSync(join(site, 'sw.js'), 'utf8'));
  const precache = sizes(site, precached);
  const snapshot = readFileSync(join(site, 'data/snapshot.json'));
  const geoFolder = join(site, 'geo');
  const geoFiles = existsSync(geoFolder) ? readdirSync(geoFolder).filter((name) => statSync(join(geoFolder, name)).isFile()) : [];
  const geometry = sizes(site, geoFiles.map((name) => `geo/${name}`));
  return {
    first_paint_js_bytes_gz: js.gz,
    first_paint_js_bytes_raw: js.raw,
    first_paint_css_bytes_gz: css.gz,
    precache_entries: precached.length,
    precache_bytes_raw: precache.raw,
    precache_bytes_gz: precache.gz,
    snapshot_bytes_raw: snapshot.length,
    snapshot_bytes_gz: gzipBytes(snapshot),
    geometry_bytes_raw: geometry.raw,
    geometry_bytes_gz: geometry.gz,
    map_chunk_js_bytes_gz: chunkGz(site, 'PlacesMap-'),
    hours_chunk_js_bytes_gz: chunkGz(site, 'hours-'),
  };
}

/**
 * How many JavaScript files a list of fetched URL paths names, their gzipped weight as built in `site`,
 * and the heaviest of them (URL, gzip bytes), heaviest first, so a report can say where the weight is.
 */
export function scriptBytes(site: string, urls: readonly string[], heaviest = 5): { files: number; gz: number; heaviest: [url: string, gz: number][] } {
  const each = [...new Set(urls)].map((url): [string, number] => [url, sizes(site, [url]).gz]);
  return {
    files: each.length,
    gz: each.reduce((sum, [, gz]) => sum + gz, 0),
    heaviest: [...each].sort((a, b) => b[1] - a[1]).slice(0, heaviest),
  };
}
