import { useEffect, useState } from 'preact/hooks';
import { currentLanguage, useT } from '../i18n';
import { languageOf, type LanguageCode } from '../i18n/languages';
import translationStatus from '../i18n/translation-status.json';
import { loadGuide, type Guide } from './guide';

/** The guide's text in the current language, with its language tag and direction for read-aloud and layout. */
export function useLanguage(): { code: LanguageCode; tag: string; dir: 'ltr' | 'rtl' } {
  useT('guides'); // re-render on language change
  const code = currentLanguage();
  const { tag, dir } = languageOf(code);
  return { code, tag, dir };
}

export function useGuide(id: string): Guide | null | undefined {
  const [guide, setGuide] = useState<Guide | null | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    setGuide(undefined);
    loadGuide(id).then(
      (loaded) => alive && setGuide(loaded ?? null),
      () => alive && setGuide(null),
    );
    return () => {
      alive = false;
    };
  }, [id]);
  return guide;
}

/** Whether a native speaker has reviewed this language's translation. */
export function isReviewed(code: LanguageCode): boolean {
  const entry = (translationStatus as Record<string, { reviewed?: boolean } | undefined>)[code];
  return code === 'fr' || entry?.reviewed === true;
}
