import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { paths } from '../config/paths.ts';
import { useDataSource } from '../sources/DataSourceContext.tsx';
import { useSubmissions } from '../sources/useDataset.ts';
import { useLinkBuilder } from '../url/useViewState.ts';

const VIEWS = [
  ['overview', paths.overview()],
  ['explore', paths.explore()],
  ['response', paths.response()],
  ['schemes', paths.schemes()],
  ['source', paths.source()],
  ['address', paths.address()],
  ['structure', paths.submission()],
  ['briefing', paths.briefing()],
] as const;

/**
 * The views, each keeping the reader's language and filters; and the submission picker,
 * when the source holds more than one.
 */
export function SiteNav() {
  const { t } = useTranslation();
  const linkTo = useLinkBuilder();
  const submissions = useSubmissions(useDataSource().holdsMany);
  const offerPicker = (submissions.data?.length ?? 0) > 1;
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
        {offerPicker && (
          <li>
            <NavLink to={linkTo(paths.submissions())}>{t('nav.submissions')}</NavLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
