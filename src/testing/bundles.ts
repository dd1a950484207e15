/** Test-only: the three locale bundles at once (the app loads one language at a time: i18n/index.ts). */
import type { Language } from '../domain/dataset.ts';
import type { Bundle } from '../i18n/index.ts';
import en from '../i18n/locales/en.json';
import zhHans from '../i18n/locales/zh-Hans.json';
import zhHant from '../i18n/locales/zh-Hant.json';

export const BUNDLES: Record<Language, Bundle> = { 'zh-Hant': zhHant, 'zh-Hans': zhHans as Bundle, en: en as Bundle };
