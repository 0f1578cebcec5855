/**
 * What the first paint carries, read from the build itself (dist/.vite/chunks.json,
 * written by vite.config.ts): the page's entry (index.html's src/boot.ts), the app it loads
 * at once (src/main.tsx) and everything they import statically. The heavy parts
 * (the map with Leaflet and supercluster, the opening-hours evaluator, Dexie,
 * the guides) must stay out of it and come as lazy chunks.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './support';

interface BuiltChunk {
  file: string;
  entry?: string;
  imports: string[];
  modules: string[];
}

const chunks = (): BuiltChunk[] => JSON.parse(readFileSync('dist/.vite/chunks.json', 'utf8')) as BuiltChunk[];

/** The chunks a set of entry modules loads before anything else: themselves and their static imports. */
export function firstPaintChunks(all: readonly BuiltChunk[], entries: readonly string[]): BuiltChunk[] {
  const byFile = new Map(all.map((chunk) => [chunk.file, chunk]));
  const reached = new Map<string, BuiltChunk>();
  const visit = (chunk: BuiltChunk | undefined) => {
    if (!chunk || reached.has(chunk.file)) return;
    reached.set(chunk.file, chunk);
    for (const file of chunk.imports) visit(byFile.get(file));
  };
  for (const entry of entries) visit(all.find((chunk) => chunk.entry === entry));
  return [...reached.values()];
}

const HEAVY = [
  /node_modules\/leaflet\//,
  /node_modules\/supercluster\//,
  /node_modules\/opening_hours\//,
  /node_modules\/dexie\//,
  /node_modules\/qrcode\//,
  /^src\/map\//,
  /^src\/guides\/(?!locales)/,
  /^src\/orientation\/hours\/evaluate/,
  // The whole commune list (typing a name, a GPS position) and each département's commune centres (a link's commune).
  /^data\/communes\//,
  /virtual:commune-centres\//,
];

test('the first paint carries neither the map, nor the hours evaluator, nor Dexie, nor the QR library, nor the guides, nor the communes', () => {
  const html = readFileSync('dist/index.html', 'utf8');
  expect(html).toMatch(/<script type="module"[^>]*src="\/assets\/[^"]+\.js"/);
  const firstPaint = firstPaintChunks(chunks(), ['index.html', 'src/main.tsx']);
  expect(firstPaint.map((chunk) => chunk.entry)).toEqual(expect.arrayContaining(['index.html', 'src/main.tsx']));
  expect(firstPaint.flatMap((chunk) => chunk.modules)).toContain('src/boot.ts');
  const modules = firstPaint.flatMap((chunk) => chunk.modules);
  expect(modules.some((id) => id.includes('node_modules/preact/'))).toBe(true);
  expect(modules.filter((id) => HEAVY.some((pattern) => pattern.test(id)))).toEqual([]);
  // …whereas each of them is in the build, as a lazy chunk.
  const everything = chunks().flatMap((chunk) => chunk.modules);
  for (const pattern of HEAVY) expect(everything.some((id) => pattern.test(id)), String(pattern)).toBe(true);
});

test('the first-paint reader follows static imports only', () => {
  const sample: BuiltChunk[] = [
    { file: 'a.js', entry: 'src/boot.ts', imports: ['b.js'], modules: ['src/boot.ts'] },
    { file: 'b.js', imports: [], modules: ['node_modules/preact/dist/preact.module.js'] },
    { file: 'c.js', entry: 'src/map/PlacesMap/index.tsx', imports: ['b.js'], modules: ['node_modules/leaflet/dist/leaflet-src.js'] },
  ];
  expect(firstPaintChunks(sample, ['src/boot.ts']).map((chunk) => chunk.file)).toEqual(['a.js', 'b.js']);
});
