process.env.TZ = 'Europe/Paris';

import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { evaluateHours, weekTable } from '../../../src/orientation/hours/evaluate';
import type { Place } from '../../../src/places/place';
import {
  buildSlip,
  foldToGsm,
  listQrText,
  listSmsBody,
  qrText,
  smsBody,
  smsEncoding,
  smsHref,
  smsSegments,
  type SlipInput,
  type Words,
} from '../../../src/handoff/text';
import { makePlace } from '../fixtures/place';

const LANGUAGES = ['fr', 'ar', 'en', 'uk'] as const;
type Code = (typeof LANGUAGES)[number];
const TAGS: Record<Code, string> = { fr: 'fr-FR', ar: 'ar', en: 'en-GB', uk: 'uk-UA' };

function locale(folder: string, code: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../../src/${folder}/locales/${code}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
}

const snapshot = JSON.parse(readFileSync(new URL('../../../public/data/snapshot.json', import.meta.url), 'utf8')) as {
  generated_at: string;
  places: Place[];
};

// A Tuesday morning in November: hours, next openings and the week all depend on it.
const NOW = new Date('2026-11-24T10:00:00+01:00');
const words = {} as Record<Code, Words>;

beforeAll(async () => {
  vi.useFakeTimers();
  vi.setSystemTime(NOW);
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'fr',
    fallbackLng: 'fr',
    ns: ['handoff', 'hours', 'orientation'],
    resources: Object.fromEntries(
      LANGUAGES.map((code) => [code, { handoff: locale('handoff', code), hours: locale('orientation/hours', code), orientation: locale('orientation', code) }]),
    ),
    interpolation: { escapeValue: false },
  });
  for (const code of LANGUAGES) {
    const orientation = i18n.getFixedT(code, 'orientation');
    words[code] = {
      handoff: i18n.getFixedT(code, 'handoff'),
      hours: i18n.getFixedT(code, 'hours'),
      orientation,
      bring: (key) => orientation(`bring.${key}`, { returnObjects: true }) as unknown as string[],
      languageTag: TAGS[code],
    };
  }
});
afterAll(() => void vi.useRealTimers());

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const weeks = new Map<string | undefined, SlipInput['week']>();
function input(place: Place, extra: Partial<SlipInput> = {}): SlipInput {
  if (!weeks.has(place.horaires)) weeks.set(place.horaires, weekTable(place.horaires, NOW));
  return {
    place,
    week: weeks.get(place.horaires),
    status: evaluateHours(place.horaires, NOW),
    now: NOW,
    dataDate: snapshot.generated_at,
    link: `https://boussole.example/lieu/${encodeURIComponent(place.id)}`,
    ...extra,
  };
}

// France Services in Bourgueil (hub-285): "Mo,Tu 09:00-12:30,13:30-17:00; We 09:00-12:00,13:30-16:30; Th 09:30-12:30,13:30-17:00; Fr 09:00-12:30".
const bourgueil = snapshot.places.find((place) => place.id === 'hub-285')!;

describe('the slip', () => {
  it('has the name, address, phone, seven days from today, what to bring, the distance and the data date', () => {
    const slip = buildSlip(
      input(bourgueil, { bringKeys: ['caf'], origin: { label: 'Gallardon', latitude: 48.53349, longitude: 1.68881 } }),
      words.fr,
    );
    expect(slip.name).toBe(bourgueil.nom);
    expect(slip.addressLines.at(-1)).toBe(`${bourgueil.code_postal} ${bourgueil.commune}`);
    expect(slip.phone).toMatch(/^0\d( \d\d){4}$/);
    expect(slip.days.map(plain)).toEqual([
      'Mardi 24 novembre : 9 h à 12 h 30, 13 h 30 à 17 h',
      'Mercredi 25 novembre : 9 h à 12 h, 13 h 30 à 16 h 30',
      'Jeudi 26 novembre : 9 h 30 à 12 h 30, 13 h 30 à 17 h',
      'Vendredi 27 novembre : 9 h à 12 h 30',
      'Samedi 28 novembre : Fermé',
      'Dimanche 29 novembre : Fermé',
      'Lundi 30 novembre : 9 h à 12 h 30, 13 h 30 à 17 h',
    ]);
    expect(slip.callFirst).toBeUndefined();
    expect(plain(slip.nextOpening)).toBe("Ouvert jusqu'à 12 h 30");
    expect(slip.bring).toContain("Votre numéro d'allocataire CAF");
    // Bourgueil (Indre-et-Loire) is far to the south-west of Gallardon (Eure-et-Loir).
    expect(slip.distance).toMatch(/^À 1\d\d km de Gallardon, direction sud-ouest$/);
    expect(slip.dataDate).toContain('11 janvier 2023');
  });

  it('says "call first" when the hours are unknown, and keeps the source text', () => {
    const place = makePlace({ id: 'x', complements: { provenance: [], horaires_texte: 'Le mardi matin' } });
    const slip = buildSlip(input(place), words.fr);
    expect(slip.days).toEqual([]);
    expect(slip.callFirst).toMatch(/appelez avant/);
    expect(slip.nextOpening).toMatch(/appelez avant/);
    expect(slip.sourceHours).toBe('Le mardi matin');
  });

  it('speaks the person\'s language, the data staying French', () => {
    const slip = buildSlip(input(bourgueil, { bringKeys: ['caf'] }), words.ar);
    expect(slip.days[0]).toMatch(/[\u0600-\u06ff]/);
    expect(slip.days[0]).toContain('، '); // two ranges on Tuesday, with the Arabic comma
    expect(slip.bring.join(' ')).toMatch(/[\u0600-\u06ff]/);
    expect(slip.name).toBe(bourgueil.nom);
  });
});

describe('the QR code text', () => {
  it('gives the name, address, phone and next opening as plain text, then the link', () => {
    const text = qrText(buildSlip(input(bourgueil), words.fr), words.fr).split('\n');
    expect(text[0]).toBe(bourgueil.nom);
    expect(text).toContain(`${bourgueil.code_postal} ${bourgueil.commune}`);
    expect(text.some((line) => line.includes('02 47'))).toBe(true);
    expect(plain(text.at(-2)!)).toBe("Ouvert jusqu'à 12 h 30");
    expect(text.at(-1)).toBe('https://boussole.example/lieu/hub-285');
  });
});

describe('the SMS', () => {
  it('fits 160 characters for every place of the snapshot whose name is under 40 characters, in four languages', () => {
    let checked = 0;
    for (const place of snapshot.places) {
      const facts = input(place);
      for (const code of LANGUAGES) {
        const body = smsBody(buildSlip(facts, words[code]), words[code]);
        if ([...place.nom].length < 40) {
          expect([...body].length, `${place.id} in ${code}: ${body}`).toBeLessThanOrEqual(160);
          checked++;
        }
        expect(body.startsWith(foldToGsm(place.nom).slice(0, 10)), `${place.id} starts with its name`).toBe(true);
        if (place.telephone) expect(body).toContain(place.telephone.replace(/^\+33/, '0').slice(0, 2));
      }
    }
    expect(checked).toBeGreaterThan(1000);
  }, 60_000);

  it('in French, is one SMS in the GSM alphabet for every place whose name is under 40 characters', () => {
    for (const place of snapshot.places.filter((p) => [...p.nom].length < 40)) {
      const body = smsBody(buildSlip(input(place), words.fr), words.fr);
      expect(smsEncoding(body), body).toBe('gsm7');
      expect(smsSegments(body), body).toBe(1);
    }
  }, 60_000);

  it('has the name, phone, address and next opening', () => {
    const body = smsBody(buildSlip(input(bourgueil), words.fr), words.fr);
    const lines = body.split('\n');
    expect(lines[0]).toBe(foldToGsm(bourgueil.nom));
    expect(lines[1]).toContain(bourgueil.commune);
    expect(lines[2]).toMatch(/^Tél\. 0\d( \d\d){4}$/);
    expect(lines[3]).toBe("Ouvert jusqu'à 12 h 30");
  });

  it('shortens a long address rather than going over 160 characters', () => {
    const place = makePlace({ id: 'long', nom: 'Médiathèque', telephone: '+33247000000', adresse: 'Rue '.repeat(60) });
    const body = smsBody(buildSlip(input(place), words.fr), words.fr);
    expect([...body].length).toBeLessThanOrEqual(160);
    expect(body).toContain('...');
    expect(smsSegments(body)).toBe(1);
    expect(body).toContain('02 47 00 00 00');
  });

  it('knows GSM-7 from UCS-2 and folds Latin letters the GSM alphabet lacks', () => {
    expect(smsEncoding('Médiathèque à Tours')).toBe('gsm7');
    expect(smsEncoding('Fête')).toBe('ucs2');
    expect(foldToGsm('Fête «œuvre» – Ça')).toBe('Fete "oeuvre" - Ça');
    expect(foldToGsm('يفتح غدًا')).toBe('يفتح غدًا');
    expect(smsSegments('a'.repeat(160))).toBe(1);
    expect(smsSegments('a'.repeat(161))).toBe(2);
    expect(smsSegments('ي'.repeat(70))).toBe(1);
    expect(smsSegments('ي'.repeat(71))).toBe(2);
    expect(smsSegments('€'.repeat(80))).toBe(1);
    expect(smsSegments('€'.repeat(81))).toBe(2);
    expect(smsHref('a b\nc')).toBe('sms:?&body=a%20b%0Ac');
  });
});

describe('a result list to take away', () => {
  it('fits its SMS in 160 characters with the first places and their phones, whatever the places', () => {
    const slips = snapshot.places.map((place) => buildSlip(input(place), words.fr));
    for (let i = 0; i + 3 <= slips.length; i += 3) {
      const body = listSmsBody(slips.slice(i, i + 3));
      expect([...body].length, body).toBeLessThanOrEqual(160);
      expect(body.startsWith('1. ')).toBe(true);
    }
    const body = listSmsBody(slips.filter((slip) => slip.phone && slip.name.length < 30).slice(0, 3));
    expect(body.split('\n')).toHaveLength(3);
    expect(smsSegments(body)).toBe(1);
  });

  it('puts each place\'s name, phone and next opening in its QR text, then the link', () => {
    const slips = [bourgueil].map((place) => buildSlip(input(place), words.fr));
    const text = listQrText(slips, 'https://boussole.example/orientation?besoin=caf&commune=37031', words.fr);
    expect(text).toContain(`1. ${bourgueil.nom}`);
    expect(text).toContain('Tél. 02 47');
    expect(text.endsWith('\n\nhttps://boussole.example/orientation?besoin=caf&commune=37031')).toBe(true);
  });
});
