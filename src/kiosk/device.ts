import { isLanguageCode, SOURCE_LANGUAGE, type LanguageCode } from '../i18n/languages';
import { safeStorage } from '../visit';

/**
 * The device's own settings as a town-hall kiosk (not a visitor's): switched
 * on with ?borne=1, off with ?borne=0, and kept across visitors.
 */
const KIOSK_FLAG = 'boussole:borne';
const IDLE_SETTING = 'boussole:borne-veille';

/** How long a kiosk waits without a touch before it forgets the visitor. */
const DEFAULT_IDLE_SECONDS = 90;

export function isKiosk(): boolean {
  return safeStorage()?.getItem(KIOSK_FLAG) === '1';
}

export function setKiosk(on: boolean): void {
  if (on) safeStorage()?.setItem(KIOSK_FLAG, '1');
  else safeStorage()?.removeItem(KIOSK_FLAG);
}

export function idleSeconds(): number {
  const stored = Number.parseInt(safeStorage()?.getItem(IDLE_SETTING) ?? '', 10);
  return Number.isFinite(stored) && stored >= 5 ? stored : DEFAULT_IDLE_SECONDS;
}

export function setIdleSeconds(seconds: number): void {
  if (Number.isFinite(seconds) && seconds >= 5) safeStorage()?.setItem(IDLE_SETTING, String(seconds));
}

const COMMUNE_SETTING = 'boussole:borne-commune';
const LANGUAGE_SETTING = 'boussole:borne-langue';

/** An INSEE code: five characters, digits except Corsica's 2A/2B. */
const INSEE_CODE = /^(\d{5}|2[AB]\d{3})$/;

/** The commune the kiosk stands in (its mairie): every orientation and search starts there. */
export function kioskCommune(): string | undefined {
  const code = safeStorage()?.getItem(COMMUNE_SETTING) ?? '';
  return INSEE_CODE.test(code) ? code : undefined;
}

export function setKioskCommune(code: string | null): void {
  if (code === null) return;
  if (INSEE_CODE.test(code)) safeStorage()?.setItem(COMMUNE_SETTING, code);
  else if (code === '') safeStorage()?.removeItem(COMMUNE_SETTING);
}

/** The language the kiosk returns to for each new person (French unless the town hall chose another). */
export function kioskLanguage(): LanguageCode {
  const code = safeStorage()?.getItem(LANGUAGE_SETTING);
  return isLanguageCode(code) ? code : SOURCE_LANGUAGE;
}

export function setKioskLanguage(code: string | null): void {
  if (isLanguageCode(code)) safeStorage()?.setItem(LANGUAGE_SETTING, code);
}

/** Switching kiosk mode off forgets the kiosk's place and language too. */
export function forgetKioskSettings(): void {
  for (const key of [KIOSK_FLAG, IDLE_SETTING, COMMUNE_SETTING, LANGUAGE_SETTING]) safeStorage()?.removeItem(key);
}
