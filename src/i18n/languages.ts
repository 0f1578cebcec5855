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
}

export const LANGUAGES = [
  { code: 'fr', name: 'Français', tag: 'fr-FR', dir: 'ltr' },
  { code: 'falc', name: 'Français facile', tag: 'fr-FR', dir: 'ltr' },
  { code: 'en', name: 'English', tag: 'en-GB', dir: 'ltr' },
  { code: 'ar', name: 'العربية', tag: 'ar', dir: 'rtl' },
  { code: 'uk', name: 'Українська', tag: 'uk-UA', dir: 'ltr' },
  { code: 'fa', name: 'دری / فارسی', tag: 'fa', dir: 'rtl' },
  { code: 'ro', name: 'Română', tag: 'ro-RO', dir: 'ltr' },
  { code: 'pt', name: 'Português', tag: 'pt-PT', dir: 'ltr' },
  { code: 'es', name: 'Español', tag: 'es-ES', dir: 'ltr' },
] as const satisfies readonly { code: string; name: string; tag: string; dir: 'ltr' | 'rtl' }[];

export type LanguageCode = (typeof LANGUAGES)[number]['code'];
export const SOURCE_LANGUAGE: LanguageCode = 'fr';

export function isLanguageCode(value: unknown): value is LanguageCode {
  return LANGUAGES.some((language) => language.code === value);
}

export function languageOf(code: LanguageCode): Language {
  return LANGUAGES.find((language) => language.code === code) ?? LANGUAGES[0];
}
