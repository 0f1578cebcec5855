import { readFileSync } from 'node:fs';
import OpeningHours from 'opening_hours';
import { describe, expect, it } from 'vitest';
import { holidayId, holidayName, rangeSeparator } from '../../../../src/orientation/hours/holidays';
import { LANGUAGES } from '../../../../src/i18n/languages';

/** Every public holiday opening_hours knows for metropolitan France, over two years (Easter moves). */
function frenchHolidayNames(): string[] {
  const hours = new OpeningHours('PH', { lat: 47.4, lon: 0.7, address: { country_code: 'fr', state: 'Centre-Val de Loire' } });
  const intervals = hours.getOpenIntervals(new Date(2026, 0, 1), new Date(2028, 0, 1));
  return [...new Set(intervals.map((interval) => String(interval[3] ?? '')))];
}

describe('public holiday names', () => {
  it('knows every holiday the evaluator names', () => {
    const names = frenchHolidayNames();
    expect(names.length).toBeGreaterThanOrEqual(11);
    expect(names.filter((name) => holidayId(name) === undefined)).toEqual([]);
  });

  it('has each holiday in every language, translated out of French', () => {
    const ids = [...new Set(frenchHolidayNames().map((name) => holidayId(name)!))];
    for (const { code } of LANGUAGES) {
      const strings = JSON.parse(readFileSync(new URL(`../../../../src/orientation/hours/locales/${code}.json`, import.meta.url), 'utf8')) as {
        holidays: Record<string, string>;
      };
      for (const id of ids) expect(strings.holidays[id]?.trim(), `${code}: holidays.${id}`).toBeTruthy();
    }
    const english = JSON.parse(readFileSync(new URL('../../../../src/orientation/hours/locales/en.json', import.meta.url), 'utf8')) as { holidays: Record<string, string> };
    expect(holidayName('Lundi de Pâques', (key) => english.holidays[key.replace('holidays.', '')]!)).toBe('Easter Monday');
  });

  it('shows an unknown name as given, and separates ranges with the Arabic comma in Arabic script', () => {
    expect(holidayName('Fête inconnue', () => 'x')).toBe('Fête inconnue');
    expect(rangeSeparator('ar')).toBe('، ');
    expect(rangeSeparator('fa-AF-u-ca-gregory')).toBe('، ');
    expect(rangeSeparator('fr-FR')).toBe(', ');
  });
});
