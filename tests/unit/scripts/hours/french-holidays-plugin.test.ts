import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { keepHolidaysOf } from '../../../../scripts/lib/hours/french-holidays-plugin';

const library = readFileSync(createRequire(import.meta.url).resolve('opening_hours').replace(/opening_hours\.js$/, 'opening_hours.esm.mjs'), 'utf8');
const tableOf = (source: string) => /var holiday_definitions = [^;]*;/.exec(source)![0];

describe('keepHolidaysOf (the opening_hours library with France only)', () => {
  it("leaves only France in the library's holiday table, the rest of the code as it was", () => {
    expect(tableOf(library)).toMatch(/\bde: de\b/);
    const trimmed = keepHolidaysOf(library, ['fr']);
    expect(tableOf(trimmed)).toMatch(/\bfr: fr\b/);
    expect(tableOf(trimmed)).not.toMatch(/\bde: de\b/);
    expect(trimmed.replace(tableOf(trimmed), '')).toBe(library.replace(tableOf(library), ''));
  });

  it('fails the build when the table moved (an upgrade) or lacks a country, instead of shipping unknown holidays', () => {
    expect(() => keepHolidaysOf('export default 1;', ['fr'])).toThrow(/holiday table was not found/);
    expect(() => keepHolidaysOf(library, ['xx'])).toThrow(/no holidays for "xx"/);
  });
});
