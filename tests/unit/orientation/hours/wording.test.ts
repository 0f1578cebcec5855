process.env.TZ = 'Europe/Paris';

import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateHours } from '../../../../src/orientation/hours/evaluate';
import { formatClock, formatHHMM, formatTime } from '../../../../src/orientation/hours/time';
import type { HoursStatus } from '../../../../src/orientation/hours/types';
import { describeNextOpening, describeStatus, statusTone, type Translate } from '../../../../src/orientation/hours/wording';
import english from '../../../../src/orientation/hours/locales/en.json';
import french from '../../../../src/orientation/hours/locales/fr.json';

const at = (iso: string) => new Date(iso);
/** French typography uses no-break spaces ("9 h 30"); compare with ordinary spaces for readability. */
const plain = (text: string | undefined) => text?.replace(/\u00a0/g, ' ');

let fr: Translate;
let en: Translate;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'fr',
    fallbackLng: 'fr',
    ns: ['hours'],
    defaultNS: 'hours',
    resources: { fr: { hours: french }, en: { hours: english } },
    interpolation: { escapeValue: false },
  });
  fr = i18n.getFixedT('fr', 'hours');
  en = i18n.getFixedT('en', 'hours');
});

const GRID = 'Mo-Fr 08:30-12:30,13:30-17:30; PH off';
const SPLIT = 'Mo-Fr 09:00-12:00,14:00-17:00';

function say(value: string | undefined, iso: string, t: Translate = fr, tag = 'fr-FR') {
  const now = at(iso);
  return plain(describeStatus(evaluateHours(value, now), now, t, tag));
}

describe('French time formatting', () => {
  it('writes "9 h", "12 h 30", "9 h 05" with no-break spaces', () => {
    expect(formatClock(9, 0, 'fr-FR')).toBe('9\u00a0h');
    expect(plain(formatClock(12, 30, 'fr-FR'))).toBe('12 h 30');
    expect(plain(formatClock(9, 5, 'fr'))).toBe('9 h 05');
    expect(plain(formatHHMM('24:00', 'fr-FR'))).toBe('24 h');
    expect(plain(formatTime(at('2026-07-14T08:30+02:00'), 'fr-FR'))).toBe('8 h 30');
  });

  it('uses the 24-hour Intl form elsewhere', () => {
    expect(formatClock(9, 0, 'en-GB')).toBe('09:00');
    expect(formatHHMM('17:30', 'en-GB')).toBe('17:30');
    expect(formatHHMM('24:00', 'en-GB')).toBe('24:00');
  });
});

describe('describeStatus in French', () => {
  it('open: "Ouvert jusqu\'à 12 h 30"', () => {
    expect(say(GRID, '2026-11-24T10:00+01:00')).toBe("Ouvert jusqu'à 12 h 30");
    expect(say(SPLIT, '2026-11-24T10:00+01:00')).toBe("Ouvert jusqu'à 12 h");
  });

  it('closing soon: "Ferme bientôt (12 h)"', () => {
    expect(say(SPLIT, '2026-11-24T11:40+01:00')).toBe('Ferme bientôt (12 h)');
  });

  it('closed, opening later today: "Ouvre à 14 h", or soon', () => {
    expect(say(SPLIT, '2026-11-24T12:05+01:00')).toBe('Ouvre à 14 h');
    expect(say(SPLIT, '2026-11-24T13:15+01:00')).toBe('Ouvre bientôt (14 h)');
  });

  it('closed, opening tomorrow: "Ouvre demain à 9 h"', () => {
    expect(say(SPLIT, '2026-11-24T18:00+01:00')).toBe('Ouvre demain à 9 h');
    expect(say('Mo-Fr 09:30-12:00', '2026-11-24T18:00+01:00')).toBe('Ouvre demain à 9 h 30');
  });

  it('closed, opening later this week: "Ouvre mardi à 14 h"', () => {
    expect(say('Tu 14:00-18:00; We 10:00-18:00; Sa 09:30-12:00,14:00-17:30', '2026-11-28T18:00+01:00')).toBe('Ouvre mardi à 14 h');
    expect(say(SPLIT, '2026-11-29T10:00+01:00')).toBe('Ouvre demain à 9 h'); // Sunday → Monday
    expect(say(SPLIT, '2026-11-27T18:00+01:00')).toBe('Ouvre lundi à 9 h'); // Friday evening
  });

  it('closed for more than a week: "Ouvre le 4 janvier à 9 h"', () => {
    expect(say('Mo 09:00-12:00; Dec 21-Dec 31 off', '2026-12-21T10:00+01:00')).toBe('Ouvre le 4 janvier à 9 h');
  });

  it('public holiday: "Fermé aujourd\'hui (jour férié)", the next opening apart', () => {
    const now = at('2026-12-25T10:00+01:00');
    const status = evaluateHours(GRID, now);
    expect(plain(describeStatus(status, now, fr, 'fr-FR'))).toBe("Fermé aujourd'hui (jour férié)");
    expect(plain(describeNextOpening(status, now, fr, 'fr-FR'))).toBe('Ouvre lundi à 8 h 30');
    expect(say(GRID, '2026-11-11T09:00+01:00')).toBe("Fermé aujourd'hui (jour férié)");
    expect(say(GRID, '2027-03-29T09:00+02:00')).toBe("Fermé aujourd'hui (jour férié)");
    expect(say(GRID, '2026-07-14T09:00+02:00')).toBe("Fermé aujourd'hui (jour férié)");
  });

  it('unknown: "Horaires inconnus"', () => {
    expect(say(undefined, '2026-11-24T10:00+01:00')).toBe('Horaires inconnus');
    expect(say('le matin', '2026-11-24T10:00+01:00')).toBe('Horaires inconnus');
  });

  it('maybe open (comment without "open")', () => {
    expect(say('Mo-Fr 09:00-12:00 "sur rendez-vous"', '2026-11-24T10:00+01:00')).toBe("Peut-être ouvert jusqu'à 12 h");
  });

  it('open past midnight and 24/7', () => {
    expect(say('Fr 20:00-02:00', '2026-11-27T21:00+01:00')).toBe("Ouvert jusqu'à demain 2 h");
    expect(say('24/7', '2026-11-27T21:00+01:00')).toBe('Ouvert');
    expect(say('Mo-Fr 00:00-24:00', '2026-11-24T10:00+01:00')).toBe("Ouvert jusqu'à samedi 0 h");
  });

  it('closed with no opening in sight: "Fermé"', () => {
    expect(say('off', '2026-11-24T10:00+01:00')).toBe('Fermé');
  });
});

describe('describeStatus in English', () => {
  const sayEn = (value: string | undefined, iso: string) => say(value, iso, en, 'en-GB');

  it('uses English words and 24-hour times', () => {
    expect(sayEn(GRID, '2026-11-24T10:00+01:00')).toBe('Open until 12:30');
    expect(sayEn(SPLIT, '2026-11-24T11:40+01:00')).toBe('Closes soon (12:00)');
    expect(sayEn(SPLIT, '2026-11-24T12:05+01:00')).toBe('Opens at 14:00');
    expect(sayEn(SPLIT, '2026-11-24T18:00+01:00')).toBe('Opens tomorrow at 09:00');
    expect(sayEn('Tu 14:00-18:00; Sa 09:30-12:00', '2026-11-28T18:00+01:00')).toBe('Opens on Tuesday at 14:00');
    expect(sayEn(GRID, '2026-12-25T10:00+01:00')).toBe('Closed today (public holiday)');
    expect(sayEn(undefined, '2026-11-24T10:00+01:00')).toBe('Opening hours unknown');
  });
});

describe('the strings files', () => {
  it('English has every French key and the same placeholders', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
    expect(keys(english).sort()).toEqual(keys(french).sort());
    const get = (o: unknown, path: string) => path.split('.').reduce<unknown>((x, k) => (x as Record<string, unknown>)[k], o);
    for (const key of keys(french)) {
      const placeholders = (s: unknown) => [...String(s).matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
      expect(placeholders(get(english, key)), key).toEqual(placeholders(get(french, key)));
    }
  });

  it('every status the evaluator can give has words (no raw key is shown)', () => {
    const statuses: HoursStatus[] = [
      { kind: 'unknown', reason: 'missing' },
      { kind: 'open', closesSoon: false, uncertain: false },
      { kind: 'open', closesSoon: false, uncertain: true },
      { kind: 'closed', opensToday: false, opensSoon: false },
      { kind: 'closed', opensToday: false, opensSoon: false, holiday: 'Noël' },
    ];
    for (const t of [fr, en]) {
      for (const status of statuses) expect(describeStatus(status, at('2026-11-24T10:00+01:00'), t, 'fr-FR')).not.toMatch(/status\./);
    }
  });
});

describe('statusTone', () => {
  it('distinguishes open, closing, opening, closed, maybe and unknown', () => {
    expect(statusTone({ kind: 'open', closesSoon: false, uncertain: false })).toBe('open');
    expect(statusTone({ kind: 'open', closesSoon: true, uncertain: false })).toBe('closing');
    expect(statusTone({ kind: 'open', closesSoon: false, uncertain: true })).toBe('maybe');
    expect(statusTone({ kind: 'closed', opensToday: true, opensSoon: true })).toBe('opening');
    expect(statusTone({ kind: 'closed', opensToday: false, opensSoon: false })).toBe('closed');
    expect(statusTone({ kind: 'unknown', reason: 'unreadable' })).toBe('unknown');
  });
});
