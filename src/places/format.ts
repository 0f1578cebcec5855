/** How a place's phone and dates are written for people: light, so any screen or printout can use them. */
import { currentLanguage } from '../i18n';
import { formatIsoDate } from '../i18n/format';
import { intlLocale } from '../i18n/languages';

/** "02 48 24 22 26" for "+33248242226"; other numbers as they are. */
export function formatPhone(phone: string): string {
  const national = phone.replace(/^\+33/, '0');
  return /^0\d{9}$/.test(national) ? national.replace(/(\d{2})(?=\d)/g, '$1 ') : phone;
}

/** A data date in the current language (Intl), e.g. "21 octobre 2020" for "2020-10-21". */
export function formatDate(isoDate: string): string {
  return formatIsoDate(isoDate, intlLocale(currentLanguage()));
}
