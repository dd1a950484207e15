/**
 * i18next set up once per language. Only the reader's language is downloaded at start (each
 * bundle is its own chunk, ~10 kB gzip): `loadLanguage` fetches a bundle once, and the app
 * renders a language only when its bundle is in memory (main.tsx awaits the first; a switch
 * suspends until the next arrives). The language is still derived from the URL alone.
 */
import { createInstance, type i18n } from 'i18next';
import type { Language } from '../domain/dataset.ts';
import { numberFormat } from './intl.ts';
import type zhHant from './locales/zh-Hant.json';

export type Bundle = typeof zhHant;

const LOADERS: Record<Language, () => Promise<{ default: Bundle }>> = {
  'zh-Hant': () => import('./locales/zh-Hant.json'),
  'zh-Hans': () => import('./locales/zh-Hans.json') as Promise<{ default: Bundle }>,
  en: () => import('./locales/en.json') as Promise<{ default: Bundle }>,
};

const bundles = new Map<Language, Bundle>();
const loading = new Map<Language, Promise<void>>();
const instances = new Map<Language, i18n>();

/** The language's bundle in memory, fetched once (the same promise for every caller, as React's `use` wants). */
export function loadLanguage(lang: Language): Promise<void> {
  let promise = loading.get(lang);
  if (!promise) {
    promise = LOADERS[lang]().then((module) => void bundles.set(lang, module.default));
    // A failed download may be retried (the next render asks again).
    promise.catch(() => loading.delete(lang));
    loading.set(lang, promise);
  }
  return promise;
}

export const isLanguageLoaded = (lang: Language): boolean => bundles.has(lang);

/** The i18next instance of a language whose bundle is loaded (`loadLanguage` first). */
export function i18nFor(lang: Language): i18n {
  const existing = instances.get(lang);
  if (existing) return existing;
  const bundle = bundles.get(lang);
  if (!bundle) throw new Error(`the ${lang} strings are not loaded yet: await loadLanguage("${lang}") first`);
  const instance = createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: false,
    resources: { [lang]: { translation: bundle } },
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    returnEmptyString: false,
  });
  // `{{count, number}}` through the app's cached formatter. i18next's own caches its formatters by
  // all of a call's options (the label, the verdict…), so nearly every call made a new
  // Intl.NumberFormat, the costliest part of drawing a chart's words (docs/performance.md).
  instance.services.formatter?.add('number', (value: unknown, lng: string | undefined) => numberFormat(lng ?? lang).format(value as number));
  instances.set(lang, instance);
  return instance;
}
