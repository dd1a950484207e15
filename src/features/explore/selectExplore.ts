import type { Dataset } from '../../domain/dataset.ts';
import { buildFilterIndex, facetCounts, FILTER_DIMENSIONS, filterRecommendations, filterValues, knownFilters, type FilterDimension, type Filters } from '../../domain/filters.ts';
import { ACTIONS } from '../../domain/vocabulary.ts';

/** Explore's data for the current filters: the matching recommendations and the count behind every filter option. */
export function selectExplore(dataset: Dataset, filters: Filters) {
  const values = filterValues(dataset, ACTIONS);
  const known = knownFilters(filters, values);
  const index = buildFilterIndex(dataset);
  const facets = Object.fromEntries(FILTER_DIMENSIONS.map((dimension) => [dimension, facetCounts(dataset, index, known.filters, dimension)])) as Record<
    FilterDimension,
    Map<string, number>
  >;
  return {
    dataset,
    values,
    known,
    facets,
    matches: filterRecommendations(dataset, index, known.filters),
    sections: new Map(dataset.sections.map((section) => [section.id, section])),
    chapterNumbers: new Map(dataset.chapters.map((chapter) => [chapter.id, chapter.number])),
  };
}

export type ExploreData = ReturnType<typeof selectExplore>;
