/**
 * i18next set up once per language, all bundles in memory (they are small), so a
 * language switch is synchronous and the language can be derived from the URL alone.
 */
import { createInstance, type i18n } from 'i18next';
import type { Language } from '../domain/dataset.ts';
import en from './locales/en.json';
import zhHans from './locales/zh-Hans.json';
import zhHant from './locales/zh-Hant.json';

export const resources = {
  'zh-Hant': { translation: zhHant },
  'zh-Hans': { translation: zhHans },
  en: { translation: en },
} as const satisfies Record<Language, { translation: unknown }>;

const instances = new Map<Language, i18n>();

export function i18nFor(lang: Language): i18n {
  const existing = instances.get(lang);
  if (existing) return existing;
  const instance = createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: false,
    resources,
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    returnEmptyString: false,
  });
  instances.set(lang, instance);
  return instance;
}
