/**
 * The languages Boussole speaks. French is the source; "falc" is French in
 * « Facile à lire et à comprendre » (short sentences, everyday words).
 * Each name is written in its own language and script so that a person who
 * cannot read French still recognises theirs.
 */
export interface Language {
  code: LanguageCode;
  /** The language's name in itself. */
  name: string;
  /** BCP 47 tag for the document and for speech synthesis. */
  tag: string;
  dir: 'ltr' | 'rtl';
  /**
   * Locale for Intl (numbers, lists, dates). Dari is written Persian with
   * Afghan usage and the Gregorian calendar: plain "fa" would give Iranian
   * (Solar Hijri) dates, which French deadlines are not in.
   */
  intl: string;
}

export const LANGUAGES = [
  { code: 'fr', name: 'Français', tag: 'fr-FR', dir: 'ltr', intl: 'fr-FR' },
  { code: 'falc', name: 'Français facile', tag: 'fr-FR', dir: 'ltr', intl: 'fr-FR' },
  { code: 'en', name: 'English', tag: 'en-GB', dir: 'ltr', intl: 'en-GB' },
  { code: 'ar', name: 'العربية', tag: 'ar', dir: 'rtl', intl: 'ar' },
  { code: 'uk', name: 'Українська', tag: 'uk-UA', dir: 'ltr', intl: 'uk-UA' },
  { code: 'fa', name: 'دری / فارسی', tag: 'fa', dir: 'rtl', intl: 'fa-AF-u-ca-gregory' },
  { code: 'ro', name: 'Română', tag: 'ro-RO', dir: 'ltr', intl: 'ro-RO' },
  { code: 'pt', name: 'Português', tag: 'pt-PT', dir: 'ltr', intl: 'pt-PT' },
  { code: 'es', name: 'Español', tag: 'es-ES', dir: 'ltr', intl: 'es-ES' },
] as const satisfies readonly { code: string; name: string; tag: string; dir: 'ltr' | 'rtl'; intl: string }[];

export type LanguageCode = (typeof LANGUAGES)[number]['code'];
export const SOURCE_LANGUAGE: LanguageCode = 'fr';

export function isLanguageCode(value: unknown): value is LanguageCode {
  return LANGUAGES.some((language) => language.code === value);
}

export function languageOf(code: LanguageCode): Language {
  return LANGUAGES.find((language) => language.code === code) ?? LANGUAGES[0];
}

/** The Intl locale of a language (see Language.intl). */
export function intlLocale(code: LanguageCode): string {
  return languageOf(code).intl;
}
