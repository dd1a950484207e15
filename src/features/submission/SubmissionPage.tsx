import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/localize.ts';
import { formatYearMonth } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { useDataset } from '../../sources/useDataset.ts';
import { LocalizedText } from '../../ui/LocalizedText.tsx';
import { QueryResult, UrlNotice } from '../../ui/StatusPanels.tsx';
import { useScrollToHash } from '../../ui/useScrollToHash.ts';
import { useSubmissionId, useViewState } from '../../url/useViewState.ts';
import type { ViewState } from '../../url/viewState.ts';
import { PillarOutlineView } from './OutlineTree.tsx';
import { selectSubmissionView, type SubmissionView } from './selectSubmissionView.ts';

/** The submission's structure: pillars → chapters → sections, each section expandable to its recommendations. */
export function SubmissionPage() {
  const query = useDataset(useSubmissionId(), selectSubmissionView);
  useScrollToHash(query.isSuccess);
  return <QueryResult query={query}>{(data) => <SubmissionOutline view={data} />}</QueryResult>;
}

function SubmissionOutline({ view }: { view: SubmissionView }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { state, update } = useViewState();
  const { submission, outline, sectionIds } = view;

  const isOpen = (sectionId: string) => state.open === 'all' || state.open.includes(sectionId);
  // Built from the latest state, not this render's: a second toggle before the next render
  // must not undo the first.
  const toggle = (sectionId: string) =>
    update(({ open }) => {
      const current = open === 'all' ? sectionIds : open;
      return { open: current.includes(sectionId) ? current.filter((id) => id !== sectionId) : [...current, sectionId] };
    });
  const notices = urlNoticeMessages(t, state, sectionIds);

  return (
    <article className="submission" aria-labelledby="submission-title">
      <header className="page-header">
        <h1 id="submission-title">
          <LocalizedText value={submission.title} />
        </h1>
        <p className="page-header__meta">
          {t('submission.meta', {
            author: localize(submission.author, lang),
            date: formatYearMonth(submission.date, lang),
            pages: submission.pages,
          })}
        </p>
        <p className="page-header__totals">{t('submission.totals', outline.totals)}</p>
      </header>
      <UrlNotice messages={notices} />
      <div className="toolbar">
        <h2 className="visually-hidden">{t('submission.structureHeading')}</h2>
        <button type="button" className="button button--secondary" onClick={() => update({ open: 'all' })}>
          {t('submission.expandAll')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => update({ open: [] })}>
          {t('submission.collapseAll')}
        </button>
      </div>
      {outline.pillars.map((pillarOutline) => (
        <PillarOutlineView key={pillarOutline.pillar.id} outline={pillarOutline} isOpen={isOpen} onToggle={toggle} view={view} />
      ))}
    </article>
  );
}

/** Sections the `open` parameter names that this submission does not have (malformed ones are the layout's to report). */
function urlNoticeMessages(t: ReturnType<typeof useTranslation>['t'], state: ViewState, sectionIds: readonly string[]): string[] {
  const messages: string[] = [];
  if (state.open !== 'all') {
    for (const id of state.open) if (!sectionIds.includes(id)) messages.push(t('url.unknownSection', { value: id }));
  }
  return messages;
}
