import { currentLanguage, i18n, useT, type Namespace } from '../../i18n';
import { languageOf } from '../../i18n/languages';
import type { Translate } from './wording';

/**
 * The hours strings live in src/orientation/hours/locales/<language>.json (namespace
 * 'hours'). The only cast of the module is here, so it keeps compiling
 * whether or not 'hours' is yet in the `Namespace` union.
 */
export const HOURS_NAMESPACE = 'hours' as string as Namespace;

/** `t` for the hours namespace, the BCP 47 tag of the current language, and whether the strings have arrived. */
export function useHoursText(): { t: Translate; languageTag: string; ready: boolean } {
  const t = useT(HOURS_NAMESPACE);
  return {
    t,
    languageTag: languageOf(currentLanguage()).intl,
    ready: i18n.hasLoadedNamespace(HOURS_NAMESPACE),
  };
}
