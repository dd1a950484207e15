import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useLinkBuilder } from '../url/useViewState.ts';
import { paths } from '../config/paths.ts';

export function NotFoundPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const linkTo = useLinkBuilder();
  return (
    <section className="panel">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body', { path: pathname })}</p>
      <p>
        <Link to={linkTo(paths.overview())}>{t('app.home')}</Link>
      </p>
    </section>
  );
}
