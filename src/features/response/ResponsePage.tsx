import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { addressLink, paths } from '../../config/paths.ts';
import type { Dataset, Recommendation } from '../../domain/dataset.ts';
import { buildFilterIndex, filterRecommendations, type Filters } from '../../domain/filters.ts';
import { recommendationLabel } from '../../domain/outline.ts';
import { selectOverview } from '../../domain/overview.ts';
import { chartsOf } from '../../domain/charts.ts';
import { uptake } from '../../domain/response.ts';
import { formatDay } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { FilterChips } from '../../ui/FilterChips.tsx';
import { LocalizedText } from '../../ui/LocalizedText.tsx';
import { PageArticle } from '../../ui/PageArticle.tsx';
import { pageLabel } from '../../ui/pageLabel.ts';
import { PanelBoundary } from '../../ui/PanelBoundary.tsx';
import { ResponseParagraphLink } from '../../ui/ResponseParagraphLink.tsx';
import { QueryResult, UrlNotice } from '../../ui/StatusPanels.tsx';
import { useFilteredDataset, type Filtered } from '../../ui/useFilteredDataset.ts';
import { useFilterNotices } from '../../ui/useFilterNotices.ts';
import { VerdictTag } from '../../ui/VerdictTag.tsx';
import { useLinkBuilder } from '../../url/useViewState.ts';
import { numberFormat } from '../../i18n/intl.ts';

const ChartGrid = lazy(async () => ({ default: (await import('../../ui/charts/ChartGrid.tsx')).ChartGrid }));

/** The response's figures under the filters (module-level, hence stable). */
const selectResponse = (dataset: Dataset, filters: Filters) => ({
  document: dataset.responseDocument,
  uptake: uptake(filterRecommendations(dataset, buildFilterIndex(dataset), filters)),
  /** The uptake charts of the catalogue under the same filters. */
  charts: selectOverview(dataset, filters, chartsOf('response', dataset)),
});

/** The Government's response at a glance, for the current filters: the tally, then what was won and what is still open. */
export function ResponsePage() {
  const query = useFilteredDataset(selectResponse);
  const { t } = useTranslation();
  return (
    <PageArticle id="response" title={t('response.title')}>
      <QueryResult query={query}>{(data) => <Response data={data} />}</QueryResult>
    </PageArticle>
  );
}

type ResponseData = Filtered<ReturnType<typeof selectResponse>>;

function Response({ data }: { data: ResponseData }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const linkTo = useLinkBuilder();
  const notices = useFilterNotices(data.known.unknown);
  const { document, uptake: summary } = data;
  if (!document) return <p className="panel">{t('response.none')}</p>;
  const percent = numberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <>
      <p className="page-header__meta">
        {t('response.intro', { date: formatDay(document.delivered, lang) })}{' '}
        <Link to={linkTo(...addressLink())}>{t('response.readAddress')}</Link>
      </p>
      <UrlNotice messages={notices} />
      <FilterChips filters={data.known.filters} values={data.values} />
      {summary.total === 0 ? (
        <p className="panel">{t('response.noneInView')}</p>
      ) : (
        <>
          <section className="verdict-tally" aria-label={t('response.tallyLabel')}>
            <p className="verdict-tally__lead">{t('response.takenUp', { count: summary.takenUp, total: summary.total })}</p>
            <ul>
              {summary.byVerdict.map(({ verdict, count }) => (
                <li key={verdict} className={`verdict-card verdict-card--${verdict}`}>
                  <VerdictTag verdict={verdict} />
                  <p className="verdict-card__count">{numberFormat(lang).format(count)}</p>
                  <p className="verdict-card__share">{t('response.share', { percent: percent.format(count / summary.total), total: summary.total })}</p>
                  <p className="verdict-card__hint">{t(`verdictHints.${verdict}`)}</p>
                  {count > 0 && (
                    <p>
                      <Link to={linkTo(paths.explore(), { filters: { ...data.known.filters, verdict: [verdict] } })}>{t('response.see', { count })}</Link>
                    </p>
                  )}
                </li>
              ))}
            </ul>
            <p className="verdict-tally__scope">{t('response.scope')}</p>
          </section>
          <PanelBoundary label={t('response.chartsLabel')}>
            <Suspense fallback={<div className="chart-grid chart-grid--loading" />}>
              <ChartGrid data={data.charts} />
            </Suspense>
          </PanelBoundary>
          <PanelBoundary label={t('response.won', { count: summary.won.length })}>
            <VerdictList id="won" title={t('response.won', { count: summary.won.length })} recs={summary.won} />
          </PanelBoundary>
          <PanelBoundary label={t('response.notAddressed', { count: summary.notAddressed.length })}>
            <VerdictList id="not-addressed" title={t('response.notAddressed', { count: summary.notAddressed.length })} recs={summary.notAddressed} />
          </PanelBoundary>
          <PanelBoundary label={t('response.related', { count: summary.related.length })}>
            <VerdictList id="related" title={t('response.related', { count: summary.related.length })} recs={summary.related} collapsed />
          </PanelBoundary>
        </>
      )}
    </>
  );
}

/** A list of recommendations with their verdict, the one-line reason and the paragraph that answers them. */
function VerdictList({ id, title, recs, collapsed = false }: { id: string; title: string; recs: Recommendation[]; collapsed?: boolean }) {
  const { t } = useTranslation();
  const linkTo = useLinkBuilder();
  if (recs.length === 0) return null;
  const list = (
    <ol className="verdict-list">
      {recs.map((rec) => {
        const response = rec.response!;
        return (
          <li key={rec.id}>
            <p className="verdict-list__head">
              <VerdictTag verdict={response.verdict} />{' '}
              <Link to={linkTo(paths.recommendation(rec.id))}>{t('recommendationLinks.short', { label: recommendationLabel(rec.id), page: pageLabel(t, rec.page, rec.endPage) })}</Link>
              {response.paragraphs[0] && (
                <>
                  {' · '}
                  <ResponseParagraphLink paragraph={response.paragraphs[0]} />
                </>
              )}
            </p>
            <p className="verdict-list__reason">
              <LocalizedText value={response.reason} />
            </p>
          </li>
        );
      })}
    </ol>
  );
  return (
    <section className="verdict-section" aria-labelledby={`verdicts-${id}`}>
      {collapsed ? (
        <details>
          <summary>
            <h2 id={`verdicts-${id}`} className="verdict-section__title">
              {title}
            </h2>
          </summary>
          {list}
        </details>
      ) : (
        <>
          <h2 id={`verdicts-${id}`}>{title}</h2>
          {list}
        </>
      )}
    </section>
  );
}
