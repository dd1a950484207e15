import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { LANGUAGES } from '../domain/constants.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { languagePath, splitLanguagePath } from '../url/languagePath.ts';

/**
 * Links, not buttons: each is the current address in another language, so it keeps the
 * view (path, filters, open sections) and can be opened in a new tab or shared.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useLanguage();
  const location = useLocation();
  return (
    <nav className="language-switch" aria-label={t('language.label')}>
      <ul>
        {LANGUAGES.map((lang) => {
          return (
            <li key={lang}>
              <Link
                to={`${languagePath(splitLanguagePath(location.pathname).path, lang)}${location.search}${location.hash}`}
                lang={lang}
                hrefLang={lang}
                aria-current={lang === current ? 'true' : undefined}
              >
                {t(`language.${lang}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
