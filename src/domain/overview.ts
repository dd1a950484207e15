import type { ChartId } from './briefing.ts';
import type { Dataset, Recommendation } from './dataset.ts';
import { buildFilterIndex, filterRecommendations, type FilterDimension, type FilterIndex, type Filters } from './filters.ts';
import {
  headline,
  numericAsks,
  recommendationsByAction,
  recommendationsByAddressee,
  recommendationsByChapter,
  recommendationsByPillar,
  recommendationsByPlace,
  recommendationsByTheme,
  schemesMostAskedOf,
} from './metrics.ts';
import { ACTIONS } from './vocabulary.ts';

/** Every figure of the overview for the current filters (a pure function of both). */
export function selectOverview(dataset: Dataset, filters: Filters) {
  const index = buildFilterIndex(dataset);
  const recs = filterRecommendations(dataset, index, filters);
  return {
    /** Kept so the recommendations behind a chart row are found without rebuilding it. */
    index,
    recommendations: recs,
    total: dataset.recommendations.length,
    headline: headline(dataset, recs),
    themes: recommendationsByTheme(dataset, recs, index),
    pillars: recommendationsByPillar(dataset, recs, index),
    chapters: recommendationsByChapter(dataset, recs, index),
    addressees: recommendationsByAddressee(dataset, recs, index),
    places: recommendationsByPlace(dataset, recs, index),
    actions: recommendationsByAction(ACTIONS, recs, index),
    schemes: schemesMostAskedOf(dataset, recs),
    asks: numericAsks(dataset, recs),
    recommendationsById: new Map(dataset.recommendations.map((rec) => [rec.id, rec])),
    /** The printed number of each chapter and pillar, for titles like "Chapter 1, …". */
    ordinals: new Map<string, number>([...dataset.pillars, ...dataset.chapters].map((part) => [part.id, part.number])),
  };
}

export type OverviewData = ReturnType<typeof selectOverview>;

/** The filter dimension each chart counts by: a chart row drills down along it. */
export const CHART_DIMENSION = {
  themes: 'theme',
  pillars: 'pillar',
  chapters: 'chapter',
  addressees: 'addressee',
  places: 'place',
  actions: 'action',
  schemes: 'scheme',
} as const satisfies Record<ChartId, FilterDimension>;

/** The recommendations behind one row of a chart, under the chart's filters. */
export function recommendationsBehind(dataset: Dataset, index: FilterIndex, filters: Filters, chart: ChartId, rowId: string): Recommendation[] {
  return filterRecommendations(dataset, index, { ...filters, [CHART_DIMENSION[chart]]: [rowId] });
}

/** Where in the source a set of recommendations stands: first and last section, first and last page. */
export function sourceSpan(dataset: Dataset, recs: readonly Recommendation[]): { sections: [string, string]; pages: [number, number] } | undefined {
  if (recs.length === 0) return undefined;
  const order = new Map(dataset.recommendations.map((rec, index) => [rec.id, index]));
  const sorted = [...recs].sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return {
    sections: [sorted[0]!.sectionId, sorted.at(-1)!.sectionId],
    pages: [Math.min(...recs.map((r) => r.page)), Math.max(...recs.map((r) => r.endPage))],
  };
}
