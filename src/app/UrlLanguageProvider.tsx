import { use, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18nFor, isLanguageLoaded, loadLanguage } from '../i18n/index.ts';
import { useRouteLanguage } from '../url/useViewState.ts';

/**
 * Renders its children in the language the path names (url/languagePath.ts), and nowhere else: a shared link
 * opens in the sender's language, and a switch is a navigation that re-renders everything.
 * A language whose strings are not downloaded yet suspends until they are (main.tsx loads the
 * first before rendering, so only a switch waits, and the router keeps the page meanwhile).
 */
export function UrlLanguageProvider({ children }: { children: ReactNode }) {
  const lang = useRouteLanguage();
  if (!isLanguageLoaded(lang)) use(loadLanguage(lang));
  return <I18nextProvider i18n={i18nFor(lang)}>{children}</I18nextProvider>;
}
