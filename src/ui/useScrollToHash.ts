import { safeDecode } from '../url/safeDecode.ts';
import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Brings the element named by the URL's #fragment into view once the content is there
 * (the router does not, and the content arrives after the data loads), and moves keyboard
 * focus to it so the reader continues from there.
 */
export function useScrollToHash(contentReady: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!contentReady || hash.length < 2) return;
    const target = document.getElementById(safeDecode(hash.slice(1)));
    if (!target) return;
    target.scrollIntoView?.({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [contentReady, hash]);
}
