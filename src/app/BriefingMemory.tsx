import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { writeBriefing } from '../domain/briefing.ts';
import { loadBriefing, saveBriefing, type LoadResult } from '../storage/briefingStore.ts';
import { useBrowserValue } from '../url/useBrowserValue.ts';
import { useViewState } from '../url/useViewState.ts';

/** Read once per page load: loading may move an unreadable value aside, which must not happen twice. */
let remembered: LoadResult | undefined;
const rememberedBriefing = (): LoadResult => (remembered ??= loadBriefing(window.localStorage));
/** What the pre-rendered page and the render that hydrates it know of storage: nothing (PRERENDER trap 3). */
const NOTHING_STORED: LoadResult = { status: 'empty' };

/**
 * Keeps the briefing in local storage in step with the URL. The URL wins: a shared link
 * opens its own briefing. With no briefing in the URL, the one remembered here is restored.
 * A remembered value that cannot be read is set aside (never used, never deleted) and reported.
 */
export function BriefingMemory() {
  const { t } = useTranslation();
  const { state, update } = useViewState();
  // Storage is read after the first render (and in effects), never during the one that hydrates.
  const stored = useBrowserValue(rememberedBriefing, NOTHING_STORED);
  /** Whether the page opened with no briefing in its address: then the remembered one comes back. */
  const restoring = useRef(state.brief.length === 0);
  const briefText = writeBriefing(state.brief);

  useEffect(() => {
    const remembered = rememberedBriefing();
    if (restoring.current) {
      restoring.current = false;
      if (remembered.status === 'ok') {
        update({ brief: remembered.slides });
        return;
      }
    }
    saveBriefing(window.localStorage, state.brief);
    // The text form changes exactly when the briefing does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [briefText]);

  let message: string | undefined;
  if (stored.status === 'set-aside') message = t(`briefing.setAside.${stored.reason}`);
  else if (stored.status === 'ok' && stored.setAside) message = t('briefing.setAside.partlyUnreadable', { count: stored.setAside.dropped });
  if (message === undefined) return null;
  return (
    <div className="panel panel--notice" role="status">
      <p>{message}</p>
    </div>
  );
}
