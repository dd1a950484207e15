import { safeDecode } from '../../url/safeDecode.ts';
import { useTranslation } from 'react-i18next';
import { PageArticle } from '../../ui/PageArticle.tsx';
import { Link, useLocation, useNavigate } from 'react-router';
import { paths, sourceAnchor } from '../../config/paths.ts';
import { recommendationLabel } from '../../domain/outline.ts';
import type { SourceDocument, SourcePage as Page } from '../../domain/sourceDocument.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { useSourceDocument } from '../../sources/useDataset.ts';
import { QueryResult, UrlNotice } from '../../ui/StatusPanels.tsx';
import { useScrollToHash } from '../../ui/useScrollToHash.ts';
import { useLinkBuilder, useSubmissionId, useViewState } from '../../url/useViewState.ts';

/** The submission as filed, page by page, with a recommendation highlighted from `#R-…`. */
export function SourcePage() {
  const query = useSourceDocument(useSubmissionId());
  useScrollToHash(query.isSuccess);
  return <QueryResult query={query}>{(data) => <SourceText document={data} />}</QueryResult>;
}

/** Which page to show: `?page=N`, else the page of the recommendation in the hash, else page 1. */
function usePageToShow(document: SourceDocument): { page: Page; highlighted: string | undefined; notices: string[] } {
  const { t } = useTranslation();
  const { state } = useViewState();
  const { hash } = useLocation();
  const highlighted = hash.startsWith('#R-') ? safeDecode(hash.slice(1)) : undefined;
  const notices: string[] = [];
  let number = state.page;
  if (number !== undefined && number > document.pages.length) {
    notices.push(t('filters.invalid', { value: String(number), param: 'page' }));
    number = undefined;
  }
  if (number === undefined && highlighted) {
    number = document.pages.find((page) => page.paragraphs.some((p) => p.recommendationId === highlighted))?.number;
  }
  return { page: document.pages[(number ?? 1) - 1]!, highlighted, notices };
}

function SourceText({ document }: { document: SourceDocument }) {
  const { t } = useTranslation();
  const linkTo = useLinkBuilder();
  const navigate = useNavigate();
  const uiLanguage = useLanguage();
  const { page, highlighted, notices } = usePageToShow(document);
  const total = document.pages.length;
  const pageLink = (number: number) => linkTo(paths.source(), { page: number });
  // A recommendation running on from the previous page: its first line here is not where it starts.
  const seen = new Set<string>();

  return (
    <PageArticle id="source" title={t('source.title')} intro={t('source.intro')} notices={<UrlNotice messages={notices} />}>
      <nav className="pager" aria-label={t('source.pages')}>
        {page.number > 1 ? <Link to={pageLink(page.number - 1)} rel="prev">← {t('source.previous')}</Link> : <span />}
        <form
          className="pager__goto"
          onSubmit={(event) => {
            event.preventDefault();
            const value = Number(new FormData(event.currentTarget).get('page'));
            void navigate(pageLink(value));
          }}
        >
          <label htmlFor="source-page">{t('source.goTo')}</label>
          <select id="source-page" name="page" defaultValue={page.number} key={page.number}>
            {document.pages.map((p) => (
              <option key={p.number} value={p.number}>
                {p.number}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--secondary">
            {t('source.go')}
          </button>
        </form>
        {page.number < total ? <Link to={pageLink(page.number + 1)} rel="next">{t('source.next')} →</Link> : <span />}
      </nav>
      {highlighted && <p className="visually-hidden" role="status">{t('source.highlighted', { label: recommendationLabel(highlighted) })}</p>}
      <section className="source-page" aria-labelledby="source-page-title" lang="zh-Hant">
        <h2 id="source-page-title" className="source-page__number">
          {t('source.page', { page: page.number, pages: total })}
        </h2>
        {page.paragraphs.map((paragraph, index) => {
          const recId = paragraph.recommendationId;
          const first = recId !== undefined && !seen.has(recId);
          if (recId) seen.add(recId);
          const isHighlighted = recId !== undefined && recId === highlighted;
          const className = `source-line source-line--${paragraph.kind}${recId ? ' source-line--recommendation' : ''}${isHighlighted ? ' is-highlighted' : ''}`;
          const text = isHighlighted ? <mark>{paragraph.text}</mark> : paragraph.text;
          return (
            <div key={index} className={className} id={first && recId ? sourceAnchor(recId) : undefined} tabIndex={first && recId ? -1 : undefined}>
              {paragraph.kind === 'heading' ? <h3 className="source-line__heading">{text}</h3> : <p>{text}</p>}
              {first && recId && (
                <Link className="source-line__link" to={linkTo(paths.recommendation(recId))} lang={uiLanguage}>
                  {t('source.recommendation', { label: recommendationLabel(recId) })}
                </Link>
              )}
            </div>
          );
        })}
      </section>
    </PageArticle>
  );
}
