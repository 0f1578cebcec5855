/**
 * What a person takes away from a place: the slip's lines, the QR code's text
 * and the SMS body. Pure: no i18next instance, no opening_hours — the caller
 * passes the hours already evaluated (`weekTable`, `evaluateHours`, loaded
 * lazily) and translation functions, so these builders run anywhere, in any
 * language, and are tested on every place of the snapshot.
 */
import type { Place } from '../places/place';
import { formatHHMM, longDate } from '../orientation/hours/time';
import type { HoursStatus, WeekHours } from '../orientation/hours/types';
import { describeStatus, type Translate } from '../orientation/hours/wording';
import { bearing, distanceKm, formatKm } from '../orientation/where/geo';
import { formatDate, formatPhone } from '../places/format';

/** The translations one slip needs, all in one language. */
export interface Words {
  /** The `handoff` namespace. */
  handoff: Translate;
  /** The `hours` namespace (status sentences, "9 h à 12 h"). */
  hours: Translate;
  /** The `orientation` namespace (directions). */
  orientation: Translate;
  /** A list of the `orientation` namespace: what to bring for one need (`bring.<key>`). */
  bring: (key: string) => string[];
  /** BCP 47 tag of the language ("fr-FR", "ar"), for dates, times and numbers. */
  languageTag: string;
}

export interface SlipInput {
  place: Place;
  /** The next seven days from `now` (`weekTable`), undefined when the hours are missing or unreadable. */
  week: WeekHours | undefined;
  /** The place's status at `now` (`evaluateHours`). */
  status: HoursStatus;
  now: Date;
  /** Keys of what to bring for the chosen need (`need.bring`). */
  bringKeys?: readonly string[] | undefined;
  /** The person's commune or position. */
  origin?: { label: string; latitude: number; longitude: number } | undefined;
  /** When the data was published ("2023-01-11"). */
  dataDate: string;
  /** The place's page, as an absolute URL. */
  link: string;
}

export interface Slip {
  name: string;
  addressLines: string[];
  /** Formatted for reading aloud at a counter ("02 48 24 22 26"), absent when unknown. */
  phone?: string;
  /** One line per day of the next seven: "Lundi 30 novembre : 9 h à 12 h 30". Empty when unknown. */
  days: string[];
  /** "Appelez avant de venir", when the week cannot be read; with the source's French text when there is one. */
  callFirst?: string;
  sourceHours?: string;
  /** "Ouvre mardi à 9 h", or "Appelez avant de venir". */
  nextOpening: string;
  bring: string[];
  /** "À 3,2 km de Gallardon, direction nord-est". */
  distance?: string;
  /** "Informations du 11/01/2023 — …". */
  dataDate: string;
  link: string;
}

export function addressLines(place: Place): string[] {
  return [place.adresse, place.complement_adresse, `${place.code_postal} ${place.commune}`].filter(
    (line): line is string => Boolean(line && line.trim()),
  );
}

function capitalise(text: string, languageTag: string): string {
  return text.charAt(0).toLocaleUpperCase(languageTag) + text.slice(1);
}


/** Arabic script has its own comma. */
function listComma(languageTag: string): string {
  return /^(ar|fa)\b/i.test(languageTag) ? '، ' : ', ';
}

/** The day lines of a week table: "Lundi 30 novembre : 9 h à 12 h 30, 13 h 30 à 17 h". */
export function dayLines(week: WeekHours, words: Pick<Words, 'hours' | 'handoff' | 'languageTag'>): string[] {
  const tag = words.languageTag;
  return week.days.map((day) => {
    const ranges = day.intervals.map((interval) => {
      const range = words.hours('table.range', { start: formatHHMM(interval.start, tag), end: formatHHMM(interval.end, tag) });
      return interval.uncertain ? `${range} (${words.hours('table.uncertain')})` : range;
    });
    const hours = ranges.length ? ranges.join(listComma(tag)) : words.hours(day.holiday !== undefined ? 'table.closedHoliday' : 'table.closed');
    return words.handoff('slip.day', { day: capitalise(longDate(day.noon, tag), tag), hours });
  });
}

const shortWeekdays = new Map<string, Intl.DateTimeFormat>();

/**
 * A week on one line for the leaflet: the open days only, with short day
 * names ("mar. 9 h à 12 h 30, 13 h 30 à 17 h · mer. …"); undefined when the
 * week holds no opening.
 */
export function weekSummary(week: WeekHours, words: Pick<Words, 'hours' | 'languageTag'>): string | undefined {
  const tag = words.languageTag;
  let format = shortWeekdays.get(tag);
  if (!format) shortWeekdays.set(tag, (format = new Intl.DateTimeFormat(tag, { weekday: 'short', timeZone: 'Europe/Paris' })));
  const days = week.days
    .filter((day) => day.intervals.length > 0)
    .map((day) => {
      const ranges = day.intervals.map((interval) =>
        words.hours('table.range', { start: formatHHMM(interval.start, tag), end: formatHHMM(interval.end, tag) }),
      );
      return `${format.format(day.noon)} ${ranges.join(listComma(tag))}`;
    });
  return days.length ? days.join(' · ') : undefined;
}

/** The next opening in a sentence; "call first" when the hours are unknown. */
export function nextOpening(status: HoursStatus, now: Date, words: Pick<Words, 'hours' | 'handoff' | 'languageTag'>): string {
  if (status.kind === 'unknown') return words.handoff('slip.callFirst');
  return describeStatus(status, now, words.hours, words.languageTag);
}

export function buildSlip(input: SlipInput, words: Words): Slip {
  const { place, week, status, now, origin } = input;
  const readable = week !== undefined && status.kind !== 'unknown';
  const source = place.complements.horaires_texte?.trim();
  const slip: Slip = {
    name: place.nom,
    addressLines: addressLines(place),
    days: readable ? dayLines(week, words) : [],
    nextOpening: nextOpening(status, now, words),
    bring: (input.bringKeys ?? []).flatMap((key) => words.bring(key)),
    dataDate: words.handoff('slip.dataDate', { date: formatDate(input.dataDate.slice(0, 10)) }),
    link: input.link,
  };
  if (place.telephone) slip.phone = formatPhone(place.telephone);
  if (!readable) slip.callFirst = words.handoff('slip.callFirst');
  if (!readable && source) slip.sourceHours = source;
  if (origin) {
    slip.distance = words.handoff('slip.distance', {
      distance: formatKm(distanceKm(origin, place), words.languageTag),
      where: origin.label,
      direction: words.orientation(`direction.${bearing(origin, place)}`),
    });
  }
  return slip;
}

/**
 * What the QR code holds: readable with no network by any phone's camera —
 * the name, address, phone and next opening as plain text, then the link.
 */
export function qrText(slip: Slip, words: Pick<Words, 'handoff'>): string {
  return [
    slip.name,
    ...slip.addressLines,
    slip.phone ? words.handoff('sms.phone', { phone: slip.phone }) : undefined,
    slip.nextOpening,
    slip.link,
  ]
    .filter(Boolean)
    .join('\n');
}

// --- SMS -------------------------------------------------------------------

/** GSM 03.38 default alphabet: a text made only of these fits 160 characters per SMS. */
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** The extension table: each costs two septets. */
const GSM_EXTENDED = '^{}\\[~]|€\f';

export type SmsEncoding = 'gsm7' | 'ucs2';

export function smsEncoding(text: string): SmsEncoding {
  for (const char of text) if (!GSM_BASIC.includes(char) && !GSM_EXTENDED.includes(char)) return 'ucs2';
  return 'gsm7';
}

/** How many SMS a text takes (concatenated messages lose room to their header: 153 septets, or 67 UCS-2 characters). */
export function smsSegments(text: string): number {
  if (smsEncoding(text) === 'gsm7') {
    const septets = [...text].reduce((n, char) => n + (GSM_EXTENDED.includes(char) ? 2 : 1), 0);
    return septets <= 160 ? 1 : Math.ceil(septets / 153);
  }
  const units = text.length; // UTF-16 code units, as UCS-2 counts them
  return units <= 70 ? 1 : Math.ceil(units / 67);
}

const TYPOGRAPHY: Record<string, string> = {
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '’': "'",
  '‘': "'",
  '«': '"',
  '»': '"',
  '“': '"',
  '”': '"',
  '–': '-',
  '—': '-',
  '…': '...',
  'œ': 'oe',
  'Œ': 'OE',
  'ç': 'c',
};

/**
 * A Latin-script text in the GSM alphabet: "Médiathèque Fête" stays one SMS of
 * 160 characters instead of three of 70 ("ê" is not in the GSM alphabet, so it
 * becomes "e"; "é", "è", "à" are and stay). Texts in other scripts (Arabic,
 * Cyrillic) are returned unchanged: they need UCS-2 anyway.
 */
export function foldToGsm(text: string): string {
  const folded = [...text]
    .map((char) => {
      if (GSM_BASIC.includes(char) || GSM_EXTENDED.includes(char)) return char;
      const typographic = TYPOGRAPHY[char];
      if (typographic !== undefined) return typographic;
      const bare = char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      return bare;
    })
    .join('');
  return smsEncoding(folded) === 'gsm7' ? folded : text;
}

export const SMS_LIMIT = 160;

function truncate(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  // Three dots, not "…": the ellipsis character is not in the GSM alphabet and would triple the SMS's cost.
  return `${chars.slice(0, Math.max(0, max - 3)).join('').trimEnd()}...`;
}

/**
 * A short summary for an `sms:` link (SMS works on 2G where data does not):
 * name, phone, address, next opening — never more than 160 characters; the
 * address, then the name, are shortened when they do not fit. Folded to the
 * GSM alphabet when the text is Latin, so it stays one SMS.
 */
export function smsBody(slip: Slip, words: Pick<Words, 'handoff'>): string {
  const phone = slip.phone ? words.handoff('sms.phone', { phone: slip.phone }) : undefined;
  const clean = (text: string) => foldToGsm(text.replace(/\s+/g, ' ').trim());
  let name = clean(slip.name);
  let address = clean(slip.addressLines.join(', '));
  const rest = [phone, slip.nextOpening].filter((line): line is string => Boolean(line)).map(clean);
  const length = () => [...[name, address, ...rest].join('\n')].length;
  if (length() > SMS_LIMIT) address = truncate(address, Math.max(12, [...address].length - (length() - SMS_LIMIT)));
  if (length() > SMS_LIMIT) name = truncate(name, Math.max(12, [...name].length - (length() - SMS_LIMIT)));
  const body = [name, address, ...rest].join('\n');
  return [...body].length > SMS_LIMIT ? truncate(body, SMS_LIMIT) : body;
}

/** The `sms:` link that opens the phone's messages with the body filled in (iOS and Android both read `?&body=`). */
export function smsHref(body: string): string {
  return `sms:?&body=${encodeURIComponent(body)}`;
}

/**
 * The SMS of a result list: the first places' names and phones, one a line,
 * numbered — never more than 160 characters (names are shortened, then
 * places dropped, to fit).
 */
export function listSmsBody(slips: readonly Slip[]): string {
  const line = (slip: Slip, index: number, nameLength: number) =>
    foldToGsm(`${index + 1}. ${truncate(slip.name.replace(/\s+/g, ' ').trim(), nameLength)}${slip.phone ? ` ${slip.phone}` : ''}`);
  for (let count = slips.length; count > 0; count--) {
    for (const nameLength of [60, 40, 30, 24]) {
      const body = slips.slice(0, count).map((slip, index) => line(slip, index, nameLength)).join('\n');
      if ([...body].length <= SMS_LIMIT) return body;
    }
  }
  return slips[0] ? truncate(line(slips[0], 0, 60), SMS_LIMIT) : '';
}

/** The QR text of a result list: each place's name, phone and next opening, then the list's link. */
export function listQrText(slips: readonly Slip[], link: string, words: Pick<Words, 'handoff'>): string {
  return [
    ...slips.map((slip, index) =>
      [`${index + 1}. ${slip.name}`, slip.phone ? words.handoff('sms.phone', { phone: slip.phone }) : undefined, slip.nextOpening].filter(Boolean).join('\n'),
    ),
    link,
  ].join('\n\n');
}
