import { i18n } from '../i18n';
import { languageOf, type LanguageCode } from '../i18n/languages';
import type { Words } from './text';

/** The namespaces a slip reads; load them before calling `wordsFor`. */
export const SLIP_NAMESPACES = ['handoff', 'hours', 'orientation'] as const;

/**
 * The translations of a slip in one language, from the app's i18next
 * instance. French always comes along (it is every language's fallback), so
 * `wordsFor('fr')` gives the French half of a bilingual slip.
 */
export function wordsFor(language: LanguageCode): Words {
  const orientation = i18n.getFixedT(language, 'orientation');
  return {
    handoff: i18n.getFixedT(language, 'handoff'),
    hours: i18n.getFixedT(language, 'hours'),
    orientation,
    bring: (key) => {
      const list = orientation(`bring.${key}`, { returnObjects: true }) as unknown;
      return Array.isArray(list) ? list.map(String) : [];
    },
    languageTag: languageOf(language).tag,
  };
}

export async function loadSlipWords(language: LanguageCode): Promise<void> {
  await i18n.loadLanguages([language, 'fr']);
  await i18n.loadNamespaces([...SLIP_NAMESPACES]);
}
