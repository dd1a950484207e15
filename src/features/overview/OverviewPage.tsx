import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetCore } from '../../domain/dataset.ts';
import type { Filters } from '../../domain/filters.ts';
import { selectOverview } from '../../domain/overview.ts';
import { executiveSummary } from '../../domain/summary.ts';
import { BriefingBar } from '../../ui/BriefingBar.tsx';
import { FilterChips } from '../../ui/FilterChips.tsx';
import { PageArticle } from '../../ui/PageArticle.tsx';
import { PanelBoundary } from '../../ui/PanelBoundary.tsx';
import { QueryResult, UrlNotice } from '../../ui/StatusPanels.tsx';
import { useFilteredCore, type Filtered } from '../../ui/useFilteredDataset.ts';
import { useFilterNotices } from '../../ui/useFilterNotices.ts';
import { AskCards } from './AskCards.tsx';
import { ExecutiveSummary } from './ExecutiveSummary.tsx';
import { HeadlineAsks } from './HeadlineAsks.tsx';

const ChartGrid = lazy(() => import('./ChartGrid.tsx'));

/** The overview's figures under the filters (module-level, hence stable), from the dataset's core: the first screen loads no texts. */
const selectFirstScreen = (dataset: DatasetCore, filters: Filters) => ({
  ...selectOverview(dataset, filters),
  summary: executiveSummary(dataset, filters),
  responseDocument: dataset.responseDocument,
  addressees: new Map(dataset.addressees.map((addressee) => [addressee.id, addressee])),
});

/** The front page: what is asked, how much, where and of whom, for the current filters. */
export function OverviewPage() {
  const query = useFilteredCore(selectFirstScreen);
  const { t } = useTranslation();
  // The heading and introduction need no data: they are painted at once, the rest when it arrives.
  return (
    <PageArticle id="overview" title={t('overview.title')}>
      <QueryResult query={query}>{(data) => <Overview data={data} />}</QueryResult>
    </PageArticle>
  );
}

type OverviewPageData = Filtered<ReturnType<typeof selectFirstScreen>>;

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
