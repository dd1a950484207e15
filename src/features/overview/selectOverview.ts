import type { Dataset } from '../../domain/dataset.ts';
import { buildFilterIndex, filterRecommendations, type Filters } from '../../domain/filters.ts';
import {
  headline,
  numericAsks,
  recommendationsByAction,
  recommendationsByAddressee,
  recommendationsByChapter,
  recommendationsByPlace,
  recommendationsByTheme,
  schemesMostAskedOf,
} from '../../domain/metrics.ts';
import { ACTIONS } from '../../domain/vocabulary.ts';

/** Every figure of the overview for the current filters (a pure function of both). */
export function selectOverview(dataset: Dataset, filters: Filters) {
  const index = buildFilterIndex(dataset);
  const recs = filterRecommendations(dataset, index, filters);
  return {
    total: dataset.recommendations.length,
    headline: headline(dataset, recs),
    themes: recommendationsByTheme(dataset, recs, index),
    chapters: recommendationsByChapter(dataset, recs, index),
    addressees: recommendationsByAddressee(dataset, recs, index),
    places: recommendationsByPlace(dataset, recs, index),
    actions: recommendationsByAction(ACTIONS, recs, index),
    schemes: schemesMostAskedOf(dataset, recs),
    asks: numericAsks(dataset, recs),
    recommendationsById: new Map(dataset.recommendations.map((rec) => [rec.id, rec])),
    chapterNumbers: new Map(dataset.chapters.map((chapter) => [chapter.id, chapter.number])),
  };
}

export type OverviewData = ReturnType<typeof selectOverview>;
