import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { LANGUAGES } from '../domain/dataset.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { toSearch, writeViewState } from '../url/viewState.ts';

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
          const search = toSearch(writeViewState({ lang }, new URLSearchParams(location.search)));
          return (
            <li key={lang}>
              <Link
                to={`${location.pathname}${search}${location.hash}`}
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
