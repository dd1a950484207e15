import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trustedWorkerUrl } from '../config/trustedTypes.ts';

type Updater = () => void;

/**
 * Registers the service worker (production builds only) and, when a new version has
 * been downloaded, asks the reader before switching to it: a presenter mid-briefing
 * should not have the page reload under them.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const [update, setUpdate] = useState<Updater | undefined>();
  useEffect(() => {
    if (!import.meta.env.PROD || !navigator.serviceWorker) return;
    let cancelled = false;
    void import('workbox-window').then(({ Workbox }) => {
      const base = import.meta.env.BASE_URL;
      // The worker's URL goes through the app's Trusted Types policy (the CSP requires it).
      const workbox = new Workbox(trustedWorkerUrl(`${base}sw.js`), { scope: base });
      workbox.addEventListener('waiting', () => {
        if (cancelled) return;
        setUpdate(() => () => {
          workbox.addEventListener('controlling', () => window.location.reload());
          workbox.messageSkipWaiting();
        });
      });
      // immediate: the page has already loaded when this lazy import runs, so waiting for 'load' would never register.
      // A browser that blocks service workers (a policy, private mode) simply has no offline copy.
      workbox.register({ immediate: true }).catch(() => {});
    });
    return () => {
      cancelled = true;
    };
  }, []);
  if (!update) return null;
  return (
    <div className="panel panel--notice update-prompt" role="status">
      <p>{t('briefing.update')}</p>
      <button type="button" className="button" onClick={update}>
        {t('briefing.reload')}
      </button>
    </div>
  );
}
