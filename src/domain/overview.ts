import type { Dataset } from './dataset.ts';
import { buildFilterIndex, filterRecommendations, type Filters } from './filters.ts';
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
