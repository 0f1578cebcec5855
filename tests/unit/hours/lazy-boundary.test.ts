// opening_hours weighs about 700 KB minified / 110 KB gzipped: it must stay out of the first paint.
// The hours module is reached through `import('…/orientation/hours')` only; its light files
// (types, time, wording) may be imported statically and must not pull the library in.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
const hoursDir = join(root, 'src/orientation/hours');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Static value imports (not `import type`, not dynamic `import()`), with their specifiers. */
function staticImports(source: string): string[] {
  return [...source.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^'"()]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? '');
}

describe('the hours module stays lazy', () => {
  it('types.ts, time.ts and wording.ts do not import opening_hours, even indirectly', () => {
    const light = ['types.ts', 'time.ts', 'wording.ts'];
    for (const file of light) {
      for (const specifier of staticImports(readFileSync(join(hoursDir, file), 'utf8'))) {
        expect(specifier, `${file} imports ${specifier}`).not.toBe('opening_hours');
        if (specifier.startsWith('.')) expect(light, `${file} imports ${specifier}`).toContain(`${specifier.replace('./', '')}.ts`);
      }
    }
  });

  it('no file outside src/orientation/hours imports opening_hours or the heavy hours files statically', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(join(root, 'src'))) {
      if (file.startsWith(hoursDir)) continue;
      for (const specifier of staticImports(readFileSync(file, 'utf8'))) {
        const target = specifier.startsWith('.') ? resolve(dirname(file), specifier).replace(/\.(ts|tsx)$/, '') : specifier;
        const intoHours = target === hoursDir || target.startsWith(`${hoursDir}/`);
        const light = ['types', 'time', 'wording'].some((name) => target === join(hoursDir, name));
        const heavy = specifier === 'opening_hours' || (intoHours && !light);
        if (heavy) offenders.push(`${relative(root, file)} → ${specifier}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('the guard itself recognises static and ignores type-only and dynamic imports', () => {
    expect(staticImports("import OpeningHours from 'opening_hours';\nimport type { X } from './hours';\nconst m = import('./hours');")).toEqual([
      'opening_hours',
    ]);
    expect(staticImports("export { OpenStatus } from './OpenStatus';")).toEqual(['./OpenStatus']);
  });
});
