import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { paths } from '../config/paths.ts';
import { useLinkBuilder } from '../url/useViewState.ts';

const VIEWS = [
  ['overview', paths.overview()],
  ['explore', paths.explore()],
  ['schemes', paths.schemes()],
  ['source', paths.source()],
  ['structure', paths.submission()],
  ['briefing', paths.briefing()],
] as const;

/** The views, each keeping the reader's language and filters. */
export function SiteNav() {
  const { t } = useTranslation();
  const linkTo = useLinkBuilder();
  return (
    <nav className="site-nav" aria-label={t('nav.label')}>
      <ul>
        {VIEWS.map(([key, path]) => (
          <li key={key}>
            <NavLink to={linkTo(path)} end={path === '/'}>
              {t(`nav.${key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
