import { CHART_IDS, selectChart, type ChartId } from './charts.ts';
import type { Dataset } from './dataset.ts';
import { buildFilterIndex, filterRecommendations, type Filters } from './filters.ts';
import { headline, numericAsks } from './metrics.ts';

/** Every figure of the overview for the current filters (a pure function of both); `charts` limits which charts are computed (a slide needs one). */
export function selectOverview(dataset: Dataset, filters: Filters, charts: readonly ChartId[] = CHART_IDS) {
  const index = buildFilterIndex(dataset);
  const recs = filterRecommendations(dataset, index, filters);
  return {
    /** Kept so the recommendations behind a chart row are found without rebuilding it. */
    dataset,
    index,
    filters,
    recommendations: recs,
    total: dataset.recommendations.length,
    headline: headline(dataset, recs),
    /** Every chart of the catalogue, in its order, with nothing left out (a view skips the empty ones). */
    charts: charts.map((chart) => selectChart(dataset, index, filters, chart, recs.length)),
    asks: numericAsks(dataset, recs),
    recommendationsById: new Map(dataset.recommendations.map((rec) => [rec.id, rec])),
  };
}

export type OverviewData = ReturnType<typeof selectOverview>;
