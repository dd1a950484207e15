import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Updater = (reload?: boolean) => Promise<void>;

/**
 * Registers the service worker (production builds only) and, when a new version has
 * been downloaded, asks the reader before switching to it: a presenter mid-briefing
 * should not have the page reload under them.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const [update, setUpdate] = useState<Updater | undefined>();
  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    let cancelled = false;
    void import('virtual:pwa-register').then(({ registerSW }) => {
      // immediate: the page has already loaded when this lazy import runs, so waiting for 'load' would never register.
      const updateSW = registerSW({
        immediate: true,
        onNeedRefresh: () => {
          if (!cancelled) setUpdate(() => updateSW);
        },
      });
    });
    return () => {
      cancelled = true;
    };
  }, []);
  if (!update) return null;
  return (
    <div className="panel panel--notice update-prompt" role="status">
      <p>{t('briefing.update')}</p>
      <button type="button" className="button" onClick={() => void update(true)}>
        {t('briefing.reload')}
      </button>
    </div>
  );
}
