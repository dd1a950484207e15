import { useTranslation } from 'react-i18next';
import { UrlLanguageProvider } from './UrlLanguageProvider.tsx';

/**
 * Last line of defence inside the router: a render error shows this instead of a blank
 * page. It brings its own translations so it works even when the layout failed.
 * Everything the reader set lives in the URL, so reloading restores it.
 */
export function RouteError() {
  return (
    <UrlLanguageProvider>
      <RouteErrorMessage />
    </UrlLanguageProvider>
  );
}

function RouteErrorMessage() {
  const { t } = useTranslation();
  return (
    <section className="panel panel--error" role="alert" aria-labelledby="route-error-title">
      <h1 id="route-error-title">{t('errors.title')}</h1>
      <p>{t('errors.unexpected')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('errors.reload')}
      </button>
    </section>
  );
}
