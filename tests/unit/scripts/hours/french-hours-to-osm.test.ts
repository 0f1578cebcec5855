import { describe, expect, it } from 'vitest';
import opening_hours from 'opening_hours';
import { frenchHoursToOsm } from '../../../../scripts/lib/hours/french-hours-to-osm';
import { daysOfColumn } from '../../../../scripts/lib/hub/hours-source';
import { weekdayOfFrenchWord } from '../../../../scripts/lib/hours/weekdays';
import { readHubRecords } from '../../../../scripts/lib/hub/hub-record';

const records = new Map(readHubRecords().map((record) => [record.gid, record]));

function hubRecord(gid: number) {
  const record = records.get(gid);
  if (!record) throw new Error(`gid ${gid} absent du fichier`);
  return record;
}

/** Converts the hours column of a real record, with its ticked days as defaults, as the import does. */
function convertRecord(gid: number, column: 'c_horaire_ouverture' | 'c_public_cible' = 'c_horaire_ouverture') {
  const record = hubRecord(gid);
  return frenchHoursToOsm(record[column], { defaultDays: daysOfColumn(record.c_jours_semaine) });
}

describe('frenchHoursToOsm on real hub texts that convert', () => {
  const converted: ReadonlyArray<readonly [number, string]> = [
    // "Du lundi au vendredi de 8h30 à 12h30 et de 13h30 à 17h30"
    [291, 'Mo-Fr 08:30-12:30,13:30-17:30'],
    // "DU LUNDI AU VENDREDI de 9h à 12h et de 14h à 17h" (capitals)
    [294, 'Mo-Fr 09:00-12:00,14:00-17:00'],
    // Times only, days from c_jours_semaine {Lundi..Vendredi}: "9h à  12h /  14h à  17h"
    [11, 'Mo-Fr 09:00-12:00,14:00-17:00'],
    // Times only, days {Lundi,Mercredi,Jeudi,Vendredi,Samedi}: "13h30 - 18h"
    [85, 'Mo,We-Sa 13:30-18:00'],
    // "Accueil du public du lundi au vendredi de 09h00 à 12h30 sans RDV." ("sans RDV" is no condition)
    [13, 'Mo-Fr 09:00-12:30'],
    // "Du lundi au jeudi : 9h-12h 14h-17h Le vendredi : 9h-12h 14h-16h"
    [32, 'Mo-Th 09:00-12:00,14:00-17:00; Fr 09:00-12:00,14:00-16:00'],
    // "Jeudi :  10h30-12h-14h-17h": four times in a row pair up
    [33, 'Mo,Tu,Fr 09:00-12:00,14:00-17:00; We 09:00-12:00,15:30-17:00; Th 10:30-12:00,14:00-17:00'],
    // "Mardi 16 h 18 h Mercredi : 9 h 30 12 h - 14 h 18 h. … 14h 17 heures": spaced hours; the text wins over its ticked days
    [49, 'Tu,Fr 16:00-18:00; We 09:30-12:00,14:00-18:00; Sa 09:30-12:00,14:00-17:00'],
    // "Jeudi : 10h-12h30 - 15h18h": "15h18h" is two times
    [75, 'Tu 13:00-19:00; We 10:00-18:00; Th,Sa 10:00-12:30,15:00-18:00; Fr 15:00-18:00'],
    // "Mardi : 10h-12h/14h-17h\nMercredi : …": one line per day
    [139, 'Tu 10:00-12:00,14:00-17:00; We 10:00-12:00,14:00-16:00; Th 10:00-12:00,17:00-19:00'],
    // "mar-mer-jeu-ven 10h-12h 13h30-18h30  et le sam …": abbreviations, a hyphenated list
    [257, 'Tu-Fr 10:00-12:00,13:30-18:30; Sa 10:00-12:30,14:00-17:30'],
    // "Jeudi 09h30h-12h30": a stray h after the minutes
    [285, 'Mo,Tu 09:00-12:30,13:30-17:00; We 09:00-12:00,13:30-16:30; Th 09:30-12:30,13:30-17:00; Fr 09:00-12:30'],
    // "…16h30. De nombreux services offerts dont borne-visio conférence.": a sentence with no time is left aside
    [283, 'Mo-Th 09:00-12:30,13:30-17:30; Fr 09:00-12:30,13:30-16:30'],
    // "Lundi\n13h30 – 17h30\n\n… Samedi\nFermé"
    [361, 'Mo,Tu,Th,Fr 13:30-17:30; We 10:00-12:00,13:30-17:30'],
    // "Lundi : FERME  Mardi : 9h - 12h30 et 13h30 - 17h30 …"
    [497, 'Tu-Fr 09:00-12:30,13:30-17:30; Sa 09:30-12:30'],
    // "lundi :\t09:00–11:45, 13:30–16:30 mardi :\t…": colons and en dashes
    [500, 'Mo,Th 09:00-11:45,13:30-16:30; Tu 13:30-16:30; We 09:00-11:45; Fr 09:00-11:45,14:00-16:00'],
    // "… Le vendredi : 09h-16h00 (journée continue)"
    [512, 'Mo-Th 09:00-12:00,13:15-17:30; Fr 09:00-16:00'],
    // "2ème Jeudi du mois de 14h à 17h"
    [432, 'Th[2] 14:00-17:00'],
    // "2ème et 4ème jeudi du mois de 10h à 13h"
    [525, 'Th[2,4] 10:00-13:00'],
    // "Tous les 1er vendredis du mois de 9h30 à 12h30"
    [528, 'Fr[1] 09:30-12:30'],
    // "… Samedi 10h-12h (2e et 4e du mois)"
    [487, 'Mo 10:00-12:00,14:30-17:30; Tu,Th 10:00-12:00; We,Fr 10:00-12:00,14:00-18:00; Sa[2,4] 10:00-12:00'],
  ];

  it.each(converted)('gid %i → %s', (gid, expected) => {
    expect(convertRecord(gid)).toEqual({ ok: true, osm: expected });
  });

  it('reads hours filed in c_public_cible', () => {
    // gid 259: "Mardi : 14h-18h\nMercredi : 10h-18h\n…"
    expect(convertRecord(259, 'c_public_cible')).toEqual({
      ok: true,
      osm: 'Tu,Th,Fr 14:00-18:00; We 10:00-18:00; Sa 09:30-12:00,14:00-17:30',
    });
  });

  it('gives values the opening_hours library reads without warning, open when the text says so', () => {
    for (const [gid] of converted) {
      const result = convertRecord(gid);
      if (!result.ok) throw new Error(`gid ${gid} refusé`);
      const parsed = new opening_hours(result.osm, { lat: 47.5, lon: 1.7, address: { country_code: 'fr', state: 'Centre-Val de Loire' } });
      expect(parsed.getWarnings(), `gid ${gid}`).toEqual([]);
    }
    const mondayMorning = new Date('2024-03-04T10:00:00');
    const mondayLunch = new Date('2024-03-04T13:00:00');
    const openingHours = new opening_hours('Mo-Fr 08:30-12:30,13:30-17:30');
    expect(openingHours.getState(mondayMorning)).toBe(true);
    expect(openingHours.getState(mondayLunch)).toBe(false);
  });
});

describe('frenchHoursToOsm on real hub texts it must refuse', () => {
  const refused: ReadonlyArray<readonly [number, RegExp]> = [
    [145, /rendez-vous/], // "Sur RDV : 02.47.74.56.08"
    [140, /planning/], // "Pour les horaires se référer à la planification mensuelle…"
    [70, /alternance/], // "(semaine paire) ou 16H-18H (semaine impaire)"
    [153, /scolaire/], // "En période scolaire : … Pendant les vacances scolaires"
    [43, /exception/], // "8h-12h 13h-17h sauf le vendredi 8h-12h 13h-16h30"
    [270, /demi-journée/], // "…, fermé les mardi après-midi"
    [89, /demi-journée/], // "fermé le mercredi et vendredi matin. Ouvert 24h/24 - 7j/7 pour les coworkers"
    [29, /période de l’année/], // "Fermé les jours fériés et les trois premières semaines d'août."
    [148, /nombre sans unité/], // "Lundi : 9h-17"
    [522, /nombre sans unité/], // "19 communes de l'Indre : 10h à 12h30 …"
    [34, /mot non reconnu/], // "Espace de Coworking : … ; EPN : 9h-12h / 14h-17h30"
    [276, /mot non reconnu/], // "( pas ouvert tous les samedi )"
  ];

  it.each(refused)('gid %i is kept as text (%s)', (gid, reason) => {
    const result = convertRecord(gid);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('refuses an ambiguous "mercredi - vendredi" (list or range?) filed in c_public_cible', () => {
    const result = convertRecord(89, 'c_public_cible');
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.reason).toMatch(/tiret ambigu/);
  });
});

describe('frenchHoursToOsm rules', () => {
  it('adds PH off for "fermé les jours fériés"', () => {
    expect(frenchHoursToOsm('Du lundi au vendredi de 9h à 12h. Fermé les jours fériés.')).toEqual({ ok: true, osm: 'Mo-Fr 09:00-12:00; PH off' });
  });

  it('refuses times without any day when no default days are known', () => {
    expect(frenchHoursToOsm('9h - 12h')).toMatchObject({ ok: false });
    expect(frenchHoursToOsm('9h - 12h', { defaultDays: ['Tu'] })).toEqual({ ok: true, osm: 'Tu 09:00-12:00' });
  });

  it('refuses a day given twice, an odd number of times and an inverted range', () => {
    expect(frenchHoursToOsm('Lundi 9h-12h, lundi 14h-17h')).toMatchObject({ ok: false });
    expect(frenchHoursToOsm('Lundi 9h-12h 14h')).toMatchObject({ ok: false });
    expect(frenchHoursToOsm('Lundi 18h-9h')).toMatchObject({ ok: false });
  });

  it('reads plural day names but not "mars" (the month) as "mar" (mardi)', () => {
    expect(weekdayOfFrenchWord('vendredis')).toBe('Fr');
    expect(weekdayOfFrenchWord('mar')).toBe('Tu');
    expect(weekdayOfFrenchWord('mars')).toBeUndefined();
  });

  it('turns a "du … au …" range into a day range', () => {
    expect(frenchHoursToOsm('du mardi au samedi de 10h à 18h')).toEqual({ ok: true, osm: 'Tu-Sa 10:00-18:00' });
  });
});
