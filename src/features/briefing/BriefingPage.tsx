import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { writeBriefing } from '../../domain/briefing.ts';
import type { Dataset } from '../../domain/dataset.ts';
import { useDataset } from '../../sources/useDataset.ts';
import { BriefingBar } from '../../ui/BriefingBar.tsx';
import { PageArticle } from '../../ui/PageArticle.tsx';
import { useFullscreen } from '../../ui/useFullscreen.ts';
import { QueryResult } from '../../ui/StatusPanels.tsx';
import { useSubmissionId, useViewState } from '../../url/useViewState.ts';
import { PrintPack } from './PrintPack.tsx';
import { selectBriefing, type BriefingData } from './selectBriefing.ts';
import { SlideView } from './SlideView.tsx';

/** The pinned charts presented one after another, or laid out as a printable pack. */
export function BriefingPage() {
  const { state } = useViewState();
  const key = writeBriefing(state.brief);
  // The slides are recreated per render; their written form is what matters.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const select = useCallback((dataset: Dataset) => selectBriefing(dataset, state.brief), [key]);
  const query = useDataset(useSubmissionId(), select);
  const { t } = useTranslation();
  return (
    <QueryResult query={query}>
      {(data) =>
        data.slides.length === 0 ? (
          <PageArticle id="briefing" title={t('briefing.title')}>
            <p className="panel">{t('briefing.empty')}</p>
          </PageArticle>
        ) : state.print ? (
          <PrintPack data={data} />
        ) : (
          <SlideDeck data={data} />
        )
      }
    </QueryResult>
  );
}

/**
 * Keys that belong to the focused element rather than to the deck: typing in a field, and
 * Space or Enter on a button, link, checkbox or summary (they press it).
 */
const ownsKey = (target: EventTarget | null, key: string) =>
  target instanceof HTMLElement &&
  (target.closest('input, select, textarea, [contenteditable]') !== null || ((key === ' ' || key === 'Enter') && target.closest('button, a[href], summary, [role="button"]') !== null));

function SlideDeck({ data }: { data: BriefingData }) {
  const { t } = useTranslation();
  const { state, update } = useViewState();
  const count = data.slides.length;
  const current = Math.min(Math.max(state.slide ?? 1, 1), count);
  const { ref: stageRef, state: stage } = useFullscreen<HTMLElement>();
  const helpRef = useRef<HTMLDialogElement>(null);
  const [showQuote, setShowQuote] = useState(false);

  const go = useCallback((slide: number) => update({ slide: Math.min(Math.max(slide, 1), count) }), [count, update]);

  // The deck takes the keyboard when it opens, so the arrows work at once; its shortcuts
  // work only while focus is inside it (WCAG 2.1.4: single-key shortcuts active on focus only).
  useEffect(() => stageRef.current?.focus(), [stageRef]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (ownsKey(event.target, event.key) || helpRef.current?.open || event.altKey || event.ctrlKey || event.metaKey) return;
    const actions: Record<string, () => void> = {
      ArrowRight: () => go(current + 1),
      PageDown: () => go(current + 1),
      ' ': () => go(current + 1),
      ArrowLeft: () => go(current - 1),
      PageUp: () => go(current - 1),
      Home: () => go(1),
      End: () => go(count),
      f: stage.toggle,
      q: () => setShowQuote((shown) => !shown),
      '?': () => helpRef.current?.showModal(),
    };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  const entry = data.slides[current - 1]!;
  return (
    <PageArticle id="briefing" title={t('briefing.title')}>
      <BriefingBar />
      {stage.fallback && <p className="panel panel--notice">{t('chart.fullscreenFallback')}</p>}
      {/* A focusable region whose keys are listed in the shortcuts dialog: the deck's shortcuts work only inside it. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <section
        ref={stageRef}
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        onKeyDown={onKeyDown}
        className={`slide-stage${stage.active ? ' is-fullscreen' : ''}`}
        aria-label={t('briefing.stageLabel', { slide: current, count })}
      >
        <p className="slide-stage__number" aria-live="polite">
          {t('briefing.slideOf', { slide: current, count })}
        </p>
        <SlideView key={current} entry={entry} showQuote={showQuote} fullscreen={{ active: stage.active, toggle: stage.toggle }} />
        <nav className="slide-stage__controls" aria-label={t('briefing.slides')}>
          <button type="button" className="button button--secondary" onClick={() => go(current - 1)} disabled={current === 1}>
            ← {t('briefing.previous')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => go(current + 1)} disabled={current === count}>
            {t('briefing.next')} →
          </button>
          <button type="button" className="button button--secondary" aria-pressed={showQuote} onClick={() => setShowQuote(!showQuote)}>
            {showQuote ? t('briefing.hideQuote') : t('briefing.showQuote')}
          </button>
          <button type="button" className="button button--secondary" onClick={stage.toggle}>
            {stage.active ? t('briefing.exitFullscreen') : t('briefing.fullscreen')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => helpRef.current?.showModal()}>
            {t('briefing.helpOpen')}
          </button>
        </nav>
      </section>
      <HelpDialog dialogRef={helpRef} />
    </PageArticle>
  );
}

const SHORTCUTS = [
  ['→ / Space / Page Down', 'next'],
  ['← / Page Up', 'previous'],
  ['Home', 'first'],
  ['End', 'last'],
  ['F', 'fullscreen'],
  ['Q', 'quote'],
  ['?', 'help'],
  ['Esc', 'escape'],
] as const;

function HelpDialog({ dialogRef }: { dialogRef: RefObject<HTMLDialogElement | null> }) {
  const { t } = useTranslation();
  return (
    <dialog ref={dialogRef} className="help-dialog" aria-labelledby="help-title">
      <h2 id="help-title">{t('briefing.help')}</h2>
      <dl>
        {SHORTCUTS.map(([keys, action]) => (
          <div key={action}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{t(`briefing.keys.${action}`)}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button type="submit" className="button">
          {t('briefing.close')}
        </button>
      </form>
    </dialog>
  );
}
