// Leaflet (about 40 KB gz with its CSS), supercluster and the map code must stay out of the first paint:
// the app reaches the map only through `import('./map/PlacesMap')`. vite.config.ts may import
// src/map/tile-cache.ts (build time), which itself must not pull in Leaflet or the DOM.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
const mapDir = join(root, 'src/map');
const HEAVY = ['leaflet', 'supercluster'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Static value imports and side-effect imports (not `import type`, not dynamic `import()`). */
function staticImports(source: string): string[] {
  const from = [...source.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^'"()]*?from\s+['"]([^'"]+)['"]/gm)];
  const bare = [...source.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)];
  return [...from, ...bare].map((m) => m[1] ?? '');
}

function resolved(file: string, specifier: string): string {
  return specifier.startsWith('.') ? resolve(dirname(file), specifier).replace(/\.(ts|tsx)$/, '') : specifier;
}

/** Every module a file reaches through static imports inside src/map. */
function reachable(entry: string, seen = new Set<string>()): Set<string> {
  for (const specifier of staticImports(readFileSync(entry, 'utf8'))) {
    const target = resolved(entry, specifier);
    if (seen.has(target)) continue;
    seen.add(target);
    const file = [`${target}.ts`, `${target}.tsx`, join(target, 'index.ts'), join(target, 'index.tsx')].find((path) => {
      try {
        return statSync(path).isFile();
      } catch {
        return false;
      }
    });
    if (file?.startsWith(mapDir)) reachable(file, seen);
  }
  return seen;
}

describe('the map stays lazy', () => {
  it('no file outside src/map imports the map, Leaflet or supercluster statically', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(join(root, 'src'))) {
      if (file.startsWith(`${mapDir}/`)) continue;
      for (const specifier of staticImports(readFileSync(file, 'utf8'))) {
        const target = resolved(file, specifier);
        if (HEAVY.some((name) => specifier === name || specifier.startsWith(`${name}/`)) || target === mapDir || target.startsWith(`${mapDir}/`)) {
          offenders.push(`${relative(root, file)} → ${specifier}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('tile-cache.ts (read by vite.config.ts) reaches neither Leaflet nor browser-only modules', () => {
    const modules = [...reachable(join(mapDir, 'tile-cache.ts'))];
    expect(modules.filter((name) => HEAVY.some((heavy) => name.startsWith(heavy)) || name.endsWith('.css'))).toEqual([]);
    expect(modules.map((name) => relative(root, name)).sort()).toEqual(['src/map/config']);
  });

  it('Leaflet CSS is imported by the lazy component itself', () => {
    expect(staticImports(readFileSync(join(mapDir, 'PlacesMap/index.tsx'), 'utf8'))).toContain('leaflet/dist/leaflet.css');
  });

  it('the guard recognises static and side-effect imports and ignores type-only and dynamic ones', () => {
    expect(
      staticImports("import * as L from 'leaflet';\nimport 'leaflet/dist/leaflet.css';\nimport type { MapPlace } from './map/types';\nconst m = import('./map/PlacesMap');"),
    ).toEqual(['leaflet', 'leaflet/dist/leaflet.css']);
  });
});
