// Dexie (98 kB minified) is needed only to import or update a snapshot: the
// page's entry and the app it loads read the stored places with IndexedDB's
// own API and reach Dexie through `import()` only.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');

/** Static value imports (not `import type`, not dynamic `import()`), with their specifiers. */
function staticImports(source: string): string[] {
  return [...source.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^'"()]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? m[2] ?? '');
}

function sourceFile(base: string): string | undefined {
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && /\.tsx?$/.test(candidate)) return candidate;
  }
  return undefined;
}

/** Every package a file reaches through static imports, with the chain that leads there. */
function packagesReached(entry: string): Map<string, string> {
  const reached = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string, chain: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of staticImports(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) {
        const target = sourceFile(resolve(dirname(file), specifier));
        if (target) visit(target, `${chain} → ${relative(root, target)}`);
      } else if (!reached.has(specifier)) reached.set(specifier, chain);
    }
  };
  visit(entry, relative(root, entry));
  return reached;
}

describe('the first paint', () => {
  it('index.html loads src/boot.ts, and neither it nor the app it loads reaches Dexie statically', () => {
    expect(readFileSync(join(root, 'index.html'), 'utf8')).toContain('src="/src/boot.ts"');
    for (const entry of ['src/boot.ts', 'src/main.tsx']) {
      const reached = packagesReached(join(root, entry));
      expect(reached.get('dexie'), `${entry} reaches dexie`).toBeUndefined();
      // The QR library (23 kB) loads with the hand-off, on first use.
      expect(reached.get('qrcode'), `${entry} reaches qrcode`).toBeUndefined();
      expect(reached.has('preact') || entry === 'src/boot.ts').toBe(true);
    }
  });

  it('the guard sees a chain that does reach Dexie', () => {
    expect(packagesReached(join(root, 'src/places/db.ts')).has('dexie')).toBe(true);
    expect(staticImports("import 'x';\nimport type { Y } from 'y';\nconst z = import('z');")).toEqual(['x']);
  });
});
