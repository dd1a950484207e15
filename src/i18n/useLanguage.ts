import { useTranslation } from 'react-i18next';
import { LANGUAGES, SOURCE_LANGUAGE, type Language } from '../domain/constants.ts';

/** The language the current subtree is rendered in (set from the URL by the layout). */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return (LANGUAGES as readonly string[]).includes(lang) ? (lang as Language) : SOURCE_LANGUAGE;
}
