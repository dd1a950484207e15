import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { useLinkBuilder } from '../url/useViewState.ts';
import { useCanonicalAddress } from '../url/useCanonicalAddress.ts';
import { ViewStateProvider } from '../url/ViewStateProvider.tsx';
import { describeUrlIssue } from '../ui/urlIssues.ts';
import { UrlNotice } from '../ui/StatusPanels.tsx';
import { UpdatePrompt } from '../ui/UpdatePrompt.tsx';
import { BackgroundErrors } from './BackgroundErrors.tsx';
import { BriefingMemory } from './BriefingMemory.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { SiteNav } from './SiteNav.tsx';
import { UrlLanguageProvider } from './UrlLanguageProvider.tsx';
import { paths } from '../config/paths.ts';
import { useAppConfig } from '../config/AppConfigContext.tsx';

/**
 * The page frame: skip link, header with the language switch, main content, footer. The
 * root of every route, so the view-state queue it provides is one per router.
 */
export function Layout() {
  return (
    <ViewStateProvider>
      <UrlLanguageProvider>
        <Frame />
      </UrlLanguageProvider>
    </ViewStateProvider>
  );
}

function Frame() {
  const { t, i18n } = useTranslation();
  const linkTo = useLinkBuilder();
  const ignored = useCanonicalAddress().map((issue) => describeUrlIssue(t, issue));
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
        <UrlNotice messages={ignored} />
        <ConfigNotice />
        <BackgroundErrors />
        <BriefingMemory />
        <UpdatePrompt />
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
        <p>
          <Link to={linkTo(paths.about())}>{t('app.footerAbout')}</Link>
        </p>
      </footer>
    </>
  );
}

/** A config.json (or build setting) that could not be used is reported, never silently ignored. */
function ConfigNotice() {
  const { t } = useTranslation();
  const { problem } = useAppConfig();
  if (problem === undefined) return null;
  return (
    <div className="panel panel--notice" role="status">
      <p>{t('errors.config')}</p>
      {/* The validator's own words are English whatever the UI language. */}
      <p>
        <code lang="en">{problem}</code>
      </p>
    </div>
  );
}
