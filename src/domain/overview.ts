import { chartAvailable, chartsOf, selectChart, type ChartId } from './charts.ts';
import type { CoreWith, RecommendationCore } from './dataset.ts';
import { buildFilterIndex, filterRecommendations, type Filters } from './filters.ts';
import { headline, numericAsks } from './metrics.ts';

/**
 * Every figure of the overview for the current filters (a pure function of both). `charts` are the
 * charts computed: the overview's by default, a view's own (`chartsOf('response')`), a slide's one;
 * those the dataset cannot draw (about a response it does not have) are left out.
 *
 * It reads the core only (the first screen loads no texts). Given the full dataset (the Response
 * view, the briefing's slides), its recommendations come back full: `R` is theirs.
 */
export function selectOverview<R extends RecommendationCore>(dataset: CoreWith<R>, filters: Filters, charts: readonly ChartId[] = chartsOf('overview', dataset)) {
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
    /** The charts asked for, in their order, with nothing left out but those the dataset cannot draw (a view skips the empty ones). */
    charts: charts.filter((chart) => chartAvailable(dataset, chart)).map((chart) => selectChart(dataset, index, filters, chart, recs.length)),
    asks: numericAsks(dataset, recs),
    recommendationsById: new Map(dataset.recommendations.map((rec) => [rec.id, rec])),
  };
}

/** The overview's figures; `R`, the recommendations' type: the core's (the first screen) or the full ones. */
export type OverviewData<R extends RecommendationCore = RecommendationCore> = ReturnType<typeof selectOverview<R>>;
