import 'i18next';
import type zhHant from './locales/zh-Hant.json';

// Translation keys are typed from the zh-Hant bundle, the reference language.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhHant };
  }
}
