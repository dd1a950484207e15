import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { PageArticle } from '../../ui/PageArticle.tsx';
import type { Dataset } from '../../domain/dataset.ts';
import { filterValues, knownFilters } from '../../domain/filters.ts';
import { ACTIONS } from '../../domain/vocabulary.ts';
import { useDataset } from '../../sources/useDataset.ts';
import { ChartFrame } from '../../ui/charts/ChartFrame.tsx';
import { FilterChips } from '../../ui/FilterChips.tsx';
import { DatasetErrorPanel, Loading, UrlNotice } from '../../ui/StatusPanels.tsx';
import { useFilterNotices } from '../../ui/useFilterNotices.ts';
import { useFilters } from '../../url/useFilters.ts';
import { AskCards } from './AskCards.tsx';
import { HeadlineFigures } from './HeadlineFigures.tsx';
import { selectOverview, type OverviewData } from './selectOverview.ts';
import { useChartRows, useRowList } from './useChartRows.ts';

/** The front page: what is asked, how much, where and of whom, for the current filters. */
export function OverviewPage() {
  const { filters } = useFilters();
  const filterKey = JSON.stringify(filters);
  const select = useCallback(
    (dataset: Dataset) => {
      const values = filterValues(dataset, ACTIONS);
      const known = knownFilters(filters, values);
      return { ...selectOverview(dataset, known.filters), values, known };
    },
    // The filters object is recreated per render; its content is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [filterKey],
  );
  const query = useDataset(select);
  if (query.isPending) return <Loading />;
  if (query.isError) return <DatasetErrorPanel error={query.error} onRetry={() => void query.refetch()} />;
  return <Overview data={query.data} />;
}

function Overview({ data }: { data: OverviewData & { values: ReturnType<typeof filterValues>; known: ReturnType<typeof knownFilters> } }) {
  const { t } = useTranslation();
  const toRows = useChartRows();
  const listOf = useRowList();
  const { exploreWith } = useFilters();
  const notices = useFilterNotices(data.known.unknown);
  const seeAllHref = exploreWith();
  const seeAllLabel = t('chart.seeRecommendations', { count: data.headline.recommendations });

  const charts = [
    { id: 'themes' as const, rows: toRows(data.themes), key: 'themes' as const },
    { id: 'pillars' as const, rows: toRows(data.pillars), key: 'pillars' as const },
    { id: 'chapters' as const, rows: toRows(data.chapters, (row) => `${data.ordinals.get(row.id)}.\u00a0`), key: 'chapters' as const },
    { id: 'addressees' as const, rows: toRows(data.addressees), key: 'addressees' as const },
    { id: 'places' as const, rows: toRows(data.places), key: 'places' as const },
    { id: 'actions' as const, rows: toRows(data.actions), key: 'actions' as const },
  ];
  const schemeRows = toRows(data.schemes);
  const requestsById = new Map(data.schemes.map((row) => [row.id, row.requests]));

  return (
    <PageArticle id="overview" title={t('overview.title')} intro={t('overview.intro')} notices={<UrlNotice messages={notices} />}>
      <FilterChips filters={data.known.filters} values={data.values} />
      <HeadlineFigures headline={data.headline} />
      {data.headline.recommendations === 0 ? (
        <p className="panel">{t('overview.empty')}</p>
      ) : (
        <div className="chart-grid">
          {charts.map(({ id, rows, key }) => {
            // A chart with nothing to show under these filters (no place named, say) is left out.
            const top = rows[0];
            if (!top) return null;
            const subtitle = t(`overview.${key}.subtitle`);
            return (
              <ChartFrame
                key={id}
                id={id}
                title={t(`overview.${key}.title`, { top: top.label.replace(/^\d+\.\s/, ''), number: data.ordinals.get(top.id), count: top.count, total: data.headline.recommendations })}
                subtitle={subtitle}
                summary={t('chart.summary', { subtitle, list: listOf(rows) })}
                rows={rows}
                categoryHeader={t(`overview.${key}.header`)}
                valueHeader={t('chart.count')}
                seeAllHref={seeAllHref}
                seeAllLabel={seeAllLabel}
              />
            );
          })}
          {schemeRows.length > 0 && (
            <ChartFrame
              id="schemes"
              title={t('overview.schemes.title', { top: schemeRows[0]!.label, count: schemeRows[0]!.count })}
              subtitle={t('overview.schemes.subtitle')}
              summary={t('chart.summary', { subtitle: t('overview.schemes.subtitle'), list: listOf(schemeRows) })}
              rows={schemeRows}
              categoryHeader={t('overview.schemes.header')}
              valueHeader={t('chart.count')}
              extraColumn={{
                header: t('overview.schemes.asked'),
                cell: (row) =>
                  (requestsById.get(row.id) ?? []).map(({ request, count }) => `${t(`schemeRequests.${request}`)} (${count})`).join(' · '),
              }}
              seeAllHref={seeAllHref}
              seeAllLabel={seeAllLabel}
            />
          )}
        </div>
      )}
      <AskCards asks={data.asks} recommendationsById={data.recommendationsById} />
    </PageArticle>
  );
}
