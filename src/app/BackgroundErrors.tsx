import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { backgroundErrors, dismissBackgroundErrors, subscribeToBackgroundErrors } from './lastResort.ts';

/** What the last-resort handler caught, said in the reader's language, with a way out. */
export function BackgroundErrors() {
  const { t } = useTranslation();
  const messages = useSyncExternalStore(subscribeToBackgroundErrors, backgroundErrors, backgroundErrors);
  if (messages.length === 0) return null;
  return (
    <div className="panel panel--error" role="alert">
      {messages.map((message) => (
        // The error's own words are usually English, whatever the UI language.
        <p key={message}>{t('errors.background', { message })}</p>
      ))}
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('errors.reload')}
      </button>{' '}
      <button type="button" className="button" onClick={dismissBackgroundErrors}>
        {t('errors.dismiss')}
      </button>
    </div>
  );
}
