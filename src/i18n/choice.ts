import { safeStorage } from '../visit';
import { isLanguageCode, type LanguageCode } from './languages';

/**
 * The language a person chose, kept on their device so that the next visit,
 * a reload or a link opened later starts in it. Only on a personal device:
 * a kiosk never remembers a visitor's language (the callers check isKiosk()).
 */
const REMEMBERED_LANGUAGE = 'boussole:langue';

export function rememberedLanguage(): LanguageCode | undefined {
  const code = safeStorage()?.getItem(REMEMBERED_LANGUAGE);
  return isLanguageCode(code) ? code : undefined;
}

export function rememberLanguage(code: LanguageCode): void {
  safeStorage()?.setItem(REMEMBERED_LANGUAGE, code);
}

export function forgetRememberedLanguage(): void {
  safeStorage()?.removeItem(REMEMBERED_LANGUAGE);
}

/** The language to start in: the link's (?lang=), else the device's remembered choice, else none (French). */
export function initialLanguage(url: URL, remembers: boolean): LanguageCode | undefined {
  const requested = url.searchParams.get('lang');
  if (isLanguageCode(requested)) return requested;
  return remembers ? rememberedLanguage() : undefined;
}
