import { lazy, Suspense, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { PageArticle } from '../../ui/PageArticle.tsx';
import type { Addressee, Dataset, ResponseDocumentRef } from '../../domain/dataset.ts';
import { executiveSummary, type ExecutiveSummary as Summary } from '../../domain/summary.ts';
import { filterValues, knownFilters } from '../../domain/filters.ts';
import { useDataset } from '../../sources/useDataset.ts';
import { selectOverview, type OverviewData } from '../../domain/overview.ts';
import { BriefingBar } from '../../ui/BriefingBar.tsx';
import { FilterChips } from '../../ui/FilterChips.tsx';
import { PanelBoundary } from '../../ui/PanelBoundary.tsx';
import { QueryResult, UrlNotice } from '../../ui/StatusPanels.tsx';
import { useFilterNotices } from '../../ui/useFilterNotices.ts';
import { useFilters } from '../../url/useFilters.ts';
import { AskCards } from './AskCards.tsx';
import { ExecutiveSummary } from './ExecutiveSummary.tsx';
import { HeadlineAsks } from './HeadlineAsks.tsx';

const ChartGrid = lazy(() => import('./ChartGrid.tsx'));

/** The front page: what is asked, how much, where and of whom, for the current filters. */
export function OverviewPage() {
  const { filters } = useFilters();
  const filterKey = JSON.stringify(filters);
  const select = useCallback(
    (dataset: Dataset) => {
      const values = filterValues(dataset);
      const known = knownFilters(filters, values);
      const overview = selectOverview(dataset, known.filters);
      return {
        ...overview,
        values,
        known,
        summary: executiveSummary(dataset, known.filters),
        responseDocument: dataset.responseDocument,
        addressees: new Map(dataset.addressees.map((addressee) => [addressee.id, addressee])),
      };
    },
    // The filters object is recreated per render; its content is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [filterKey],
  );
  const query = useDataset(select);
  const { t } = useTranslation();
  // The heading and introduction need no data: they are painted at once, the rest when it arrives.
  return (
    <PageArticle id="overview" title={t('overview.title')}>
      <QueryResult query={query}>{(data) => <Overview data={data} />}</QueryResult>
    </PageArticle>
  );
}

interface OverviewPageData extends OverviewData {
  values: ReturnType<typeof filterValues>;
  known: ReturnType<typeof knownFilters>;
  summary: Summary;
  responseDocument: ResponseDocumentRef | undefined;
  addressees: Map<string, Addressee>;
}

function Overview({ data }: { data: OverviewPageData }) {
  const { t } = useTranslation();
  const notices = useFilterNotices(data.known.unknown);

  return (
    <>
      <UrlNotice messages={notices} />
      <FilterChips filters={data.known.filters} values={data.values} />
      <PanelBoundary label={t('overview.summary.label')}>
        <ExecutiveSummary summary={data.summary} filters={data.known.filters} document={data.responseDocument} />
      </PanelBoundary>
      <PanelBoundary label={t('overview.headlineAsks.title')}>
        <HeadlineAsks cards={data.summary.headlineAsks} addressees={data.addressees} />
      </PanelBoundary>
      <BriefingBar />
      {data.headline.recommendations === 0 ? (
        <p className="panel">{t('overview.empty')}</p>
      ) : (
        <PanelBoundary label={t('overview.chartsLabel')}>
          <Suspense fallback={<div className="chart-grid chart-grid--loading" />}>
            <ChartGrid data={data} />
          </Suspense>
        </PanelBoundary>
      )}
      <PanelBoundary label={t('overview.asks.title')}>
        <AskCards asks={data.asks} recommendationsById={data.recommendationsById} />
      </PanelBoundary>
    </>
  );
}
