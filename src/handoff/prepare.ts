import { currentLanguage } from '../i18n';
import { languageOf, type LanguageCode } from '../i18n/languages';
import { loadHours } from '../orientation/hours-loader';
import type { Need } from '../orientation/needs';
import type { Place } from '../places/place';
import { buildSlip, qrText, smsBody, type Slip, type Words } from './text';
import { loadSlipWords, wordsFor } from './words';

export interface Origin {
  label: string;
  latitude: number;
  longitude: number;
}

/** Everything a place's hand-off shows, in the person's language (and in French for the counter). */
export interface PreparedSlip {
  language: LanguageCode;
  slip: Slip;
  words: Words;
  /** The same slip in French, when the person reads another language. */
  french?: Slip;
  frenchWords?: Words;
  qr: string;
  sms: string;
}

/** French and "Français facile" are read by the receptionist as they are: no second half. */
export function needsFrenchCopy(language: LanguageCode): boolean {
  return !languageOf(language).tag.startsWith('fr');
}

export function placeLink(place: Place): string {
  return `${location.origin}/lieu/${encodeURIComponent(place.id)}`;
}

/** Loads the hours evaluator and the strings (lazily, once), then builds the slip, the QR text and the SMS body. */
export async function prepareSlip(place: Place, need: Need | undefined, origin: Origin | undefined, dataDate: string): Promise<PreparedSlip> {
  const language = currentLanguage();
  const [hours] = await Promise.all([loadHours(), loadSlipWords(language)]);
  const now = new Date();
  const input = {
    place,
    week: hours.module.weekTable(place.horaires, now),
    status: hours.module.evaluateHours(place.horaires, now),
    now,
    bringKeys: need?.bring,
    origin,
    dataDate,
    link: placeLink(place),
  };
  const words = wordsFor(language);
  const slip = buildSlip(input, words);
  const prepared: PreparedSlip = { language, slip, words, qr: qrText(slip, words), sms: smsBody(slip, words) };
  if (needsFrenchCopy(language)) {
    prepared.frenchWords = wordsFor('fr');
    prepared.french = buildSlip(input, prepared.frenchWords);
  }
  return prepared;
}
