import i18next, { type TFunction } from 'i18next';
import { useEffect, useReducer } from 'preact/hooks';
import appFrench from '../app/locales/fr.json';
import answerFrench from '../orientation/answer/locales/fr.json';
import orientationFrench from '../orientation/locales/fr.json';
import placesFrench from '../places/locales/fr.json';
import { NAMESPACE_FOLDERS, type Namespace } from './namespaces';
import { LANGUAGES, SOURCE_LANGUAGE, isLanguageCode, languageOf, type LanguageCode } from './languages';

/**
 * Strings live beside their feature (src/i18n/namespaces.ts). Only the French
 * strings of the app shell, of orientation (the home screen), of the first
 * results' trust lines and of the places list ship with the first paint; every other file is its own lazily loaded
 * chunk (and precached by the service worker, so it works offline).
 */
const localeFiles = import.meta.glob<{ default: Record<string, unknown> }>([
  '../*/locales/*.json',
  '../*/*/locales/*.json',
  // Already in the first paint (imported above): no lazy chunk of their own.
  '!../app/locales/fr.json',
  '!../orientation/locales/fr.json',
  '!../places/locales/fr.json',
  '!../orientation/answer/locales/fr.json',
]);
const BUNDLED_FRENCH: Partial<Record<Namespace, Record<string, unknown>>> = { app: appFrench, orientation: orientationFrench, places: placesFrench, answer: answerFrench };

export type { Namespace };

function localeFile(language: string, namespace: string): (() => Promise<{ default: Record<string, unknown> }>) | undefined {
  const bundled = language === SOURCE_LANGUAGE ? BUNDLED_FRENCH[namespace as Namespace] : undefined;
  if (bundled) return () => Promise.resolve({ default: bundled });
  const folder = NAMESPACE_FOLDERS[namespace as Namespace];
  return folder ? localeFiles[`../${folder}/locales/${language}.json`] : undefined;
}

// i18next builds its default instance when imported: a second one would cost as much again on a slow phone's start.
export const i18n = i18next;

export async function startI18n(language: LanguageCode = SOURCE_LANGUAGE): Promise<void> {
  await i18n
    .use({
      type: 'backend',
      init() {},
      read(language: string, namespace: string, done: (error: unknown, data: Record<string, unknown> | false) => void) {
        const load = localeFile(language, namespace);
        if (!load) return done(null, {});
        load().then((module) => done(null, module.default), (error: unknown) => done(error, false));
      },
    })
    .init({
      lng: language,
      fallbackLng: (code) => (code === 'falc' ? ['falc', 'fr'] : [code, 'fr']),
      supportedLngs: LANGUAGES.map((l) => l.code),
      // The home screen's strings (needs, where am I) and the first results' (how old, how sure) come with the app's,
      // not after the first render, when their arrival would push the results about.
      ns: ['app', 'orientation', 'answer'],
      defaultNS: 'app',
      partialBundledLanguages: true,
      resources: { [SOURCE_LANGUAGE]: BUNDLED_FRENCH },
      interpolation: { escapeValue: false }, // Preact escapes text; we never inject HTML.
      returnNull: false,
    });
  applyDocumentLanguage(language);
}

export function currentLanguage(): LanguageCode {
  const code = i18n.resolvedLanguage ?? i18n.language;
  return isLanguageCode(code) ? code : SOURCE_LANGUAGE;
}

export async function changeLanguage(code: LanguageCode): Promise<void> {
  await i18n.changeLanguage(code);
  applyDocumentLanguage(code);
}

function applyDocumentLanguage(code: LanguageCode): void {
  if (typeof document === 'undefined') return;
  const language = languageOf(code);
  document.documentElement.lang = language.tag;
  document.documentElement.dir = language.dir;
}

/**
 * Translation function for one namespace that re-renders the component when
 * the language changes or when the namespace's file arrives.
 */
export function useT(namespace: Namespace = 'app'): TFunction {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const refresh = () => rerender(0);
    i18n.on('languageChanged', refresh);
    i18n.on('loaded', refresh);
    if (!i18n.hasLoadedNamespace(namespace)) void i18n.loadNamespaces(namespace).then(refresh);
    return () => {
      i18n.off('languageChanged', refresh);
      i18n.off('loaded', refresh);
    };
  }, [namespace]);
  const translate = i18n.getFixedT(null, namespace);
  if (!i18n.isInitialized || i18n.hasLoadedNamespace(namespace)) return translate;
  // Until its file arrives a namespace has no strings, and i18next would show (and a screen reader say) the keys:
  // nothing is shown meanwhile, or the default the caller gave.
  return ((key: string | string[], options?: unknown) =>
    typeof options === 'object' && options !== null && 'defaultValue' in options ? translate(key, options as never) : '') as unknown as TFunction;
}
