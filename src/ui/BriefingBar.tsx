import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../config/paths.ts';
import { useBriefing } from '../url/useBriefing.ts';
import { useLinkBuilder } from '../url/useViewState.ts';

/** What is pinned, and the ways to use it: present, print, share, clear. */
export function BriefingBar() {
  const { t } = useTranslation();
  const { slides, clear } = useBriefing();
  const linkTo = useLinkBuilder();
  const [copied, setCopied] = useState<'yes' | 'failed' | undefined>();
  if (slides.length === 0) return null;
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <section className="briefing-bar" aria-label={t('briefing.title')}>
      <p className="briefing-bar__count">{t('briefing.bar', { count: slides.length })}</p>
      <Link className="button" to={linkTo(paths.briefing(), { slide: 1 })}>
        {t('briefing.present')}
      </Link>
      <Link className="button button--secondary" to={linkTo(paths.briefing(), { print: true })}>
        {t('briefing.print')}
      </Link>
      <button type="button" className="button button--secondary" onClick={() => void copyLink()}>
        {t('briefing.copyLink')}
      </button>
      <button type="button" className="button button--secondary" onClick={clear}>
        {t('briefing.clear')}
      </button>
      <span role="status" className="briefing-bar__status">
        {copied === 'yes' ? t('briefing.linkCopied') : copied === 'failed' ? t('briefing.copyFailed') : ''}
      </span>
    </section>
  );
}
