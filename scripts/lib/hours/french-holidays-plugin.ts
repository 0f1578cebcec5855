/**
 * Keeps only France's holidays in the opening_hours library (LGPL-3.0). Its
 * module carries the public and school holidays of some sixty countries —
 * about half of its 725 kB — and a slow phone spends a long, screen-blocking
 * task evaluating them after the first results, for nothing: Boussole always
 * evaluates hours in France (src/orientation/hours/evaluate.ts, country "fr").
 * The other countries are left out of the library's table, so the bundler
 * drops their definitions. Applied to the app's build and to the unit tests,
 * which thus check the hours against the very library the app ships.
 */
import type { Plugin } from 'vite';

const LIBRARY = /[\\/]opening_hours[\\/]build[\\/]opening_hours\.esm\.mjs$/;
const TABLE = /var holiday_definitions = \/\*#__PURE__\*\/Object\.freeze\(\{[^}]*\}\);/;

/** The library's source with only `countries` in its holiday table; throws when the table is not where it was. */
export function keepHolidaysOf(source: string, countries: readonly string[]): string {
  const table = TABLE.exec(source);
  if (!table) throw new Error('opening_hours: its holiday table was not found — was the library upgraded? See scripts/lib/hours/french-holidays-plugin.ts');
  for (const country of countries) {
    if (!new RegExp(`\\b${country}: ${country}\\b`).test(table[0])) throw new Error(`opening_hours: no holidays for "${country}" in its table`);
  }
  const kept = countries.map((country) => `${country}: ${country}`).join(', ');
  return source.replace(TABLE, `var holiday_definitions = /*#__PURE__*/Object.freeze({ __proto__: null, ${kept} });`);
}

export function frenchHolidaysOnly(): Plugin {
  return {
    name: 'boussole-french-holidays-only',
    enforce: 'pre',
    transform(code, id) {
      if (!LIBRARY.test(id)) return null;
      return { code: keepHolidaysOf(code, ['fr']), map: null };
    },
  };
}
