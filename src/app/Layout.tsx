import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { useLinkBuilder, useViewState } from '../url/useViewState.ts';
import { UrlNotice } from '../ui/StatusPanels.tsx';
import { UpdatePrompt } from '../ui/UpdatePrompt.tsx';
import { BriefingMemory } from './BriefingMemory.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { SiteNav } from './SiteNav.tsx';
import { UrlLanguageProvider } from './UrlLanguageProvider.tsx';
import { paths } from '../config/paths.ts';

/** The page frame: skip link, header with the language switch, main content, footer. */
export function Layout() {
  return (
    <UrlLanguageProvider>
      <Frame />
    </UrlLanguageProvider>
  );
}

function Frame() {
  const { t, i18n } = useTranslation();
  const linkTo = useLinkBuilder();
  const { issues } = useViewState();
  const languageNotices = issues
    .filter((issue) => issue.param === 'lang')
    .map((issue) => t('url.unsupportedLanguage', { value: issue.value }));
  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.title = t('app.name');
  }, [i18n.language, t]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link className="site-title" to={linkTo(paths.overview())}>
            {t('app.name')}
          </Link>
          <LanguageSwitch />
        </div>
        <div className="site-header__nav">
          <SiteNav />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="site-main">
        <UrlNotice messages={languageNotices} />
        <BriefingMemory />
        <UpdatePrompt />
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
