/** The calendar of procedures: complete in every language, real months, links to existing guides and needs. */
import { describe, expect, it } from 'vitest';
import { CALENDAR, calendarForMonth, dependsOnPerson, type CalendarEntry } from '../../../src/guides/calendar';
import { validateCalendar } from '../../../scripts/lib/guides/validate-content';
import { GUIDE_IDS, NEED_IDS } from '../../../src/guides/guide';
import { LANGUAGES } from '../../../src/i18n/languages';

const CODES = LANGUAGES.map((language) => language.code);

describe('calendar', () => {
  it('is complete and consistent', () => {
    expect(validateCalendar()).toEqual([]);
  });

  it('has every language for each title and detail', () => {
    for (const entry of CALENDAR) {
      for (const code of CODES) {
        expect(entry.title[code]?.trim(), `${entry.id}.title.${code}`).toBeTruthy();
        expect(entry.detail[code]?.trim(), `${entry.id}.detail.${code}`).toBeTruthy();
      }
    }
  });

  it('uses months 1 to 12 only', () => {
    for (const entry of CALENDAR) for (const month of entry.months) expect(month >= 1 && month <= 12 && Number.isInteger(month), entry.id).toBe(true);
  });

  it('links to existing guides and needs', () => {
    for (const entry of CALENDAR) {
      if (entry.guide) expect(GUIDE_IDS).toContain(entry.guide);
      expect(NEED_IDS).toContain(entry.need);
    }
  });

  it('has something every month, and the yearly landmarks in their season', () => {
    for (let month = 1; month <= 12; month += 1) expect(calendarForMonth(month).length, `month ${month}`).toBeGreaterThan(0);
    const months = (id: string) => CALENDAR.find((entry) => entry.id === id)?.months;
    expect(months('declaration-revenus')).toEqual([4, 5, 6]);
    expect(months('allocation-rentree-scolaire')).toEqual([8]);
    expect(months('taxe-fonciere')).toEqual([9, 10]);
    expect(months('parcoursup')).toContain(1);
    expect(months('cheque-energie')).toContain(4);
    expect(months('bourses-college-lycee')).toEqual([9, 10]);
  });

  it('says so when the date depends on the person', () => {
    const personal = CALENDAR.filter(dependsOnPerson).map((entry) => entry.id);
    expect(personal).toEqual(expect.arrayContaining(['declaration-trimestrielle', 'complementaire-sante-solidaire']));
    for (const entry of CALENDAR.filter(dependsOnPerson)) {
      expect(entry.detail.fr, entry.id).toMatch(/dépend|chaque mois|chacun/i);
    }
  });

  it('writes no year: the dates are generic', () => {
    for (const entry of CALENDAR) for (const code of CODES) expect(`${entry.title[code]} ${entry.detail[code]}`, `${entry.id}.${code}`).not.toMatch(/\b20\d\d\b/);
  });

  it('reports broken entries', () => {
    const base = CALENDAR[0]!;
    const broken: CalendarEntry[] = [
      { ...base, id: 'a', months: [0, 13], guide: 'nope' as CalendarEntry['guide'] },
      { ...base, id: 'a', title: { ...base.title, uk: base.title.fr } },
      { ...base, id: 'b', need: 'nope' as CalendarEntry['need'], detail: { ...base.detail, falc: 'Une phrase bien trop longue pour le FALC avec beaucoup trop de mots dedans.' } },
    ];
    const problems = validateCalendar(broken).join('\n');
    expect(problems).toContain('0 is not a month');
    expect(problems).toContain('13 is not a month');
    expect(problems).toContain('no guide "nope"');
    expect(problems).toContain('duplicate id');
    expect(problems).toContain('title.uk');
    expect(problems).toContain('is not a need id');
    expect(problems).toContain('detail.falc: 14 words');
  });
});
