import type { Dataset } from '../../domain/dataset.ts';
import { buildFilterIndex, facetCounts, FILTER_DIMENSIONS, filterRecommendations, filterValues, knownFilters, type FilterDimension, type Filters } from '../../domain/filters.ts';

/** Explore's data for the current filters: the matching recommendations and what the filter options need. */
export function selectExplore(dataset: Dataset, filters: Filters) {
  const values = filterValues(dataset);
  const known = knownFilters(filters, values);
  const index = buildFilterIndex(dataset);
  return {
    dataset,
    values,
    known,
    index,
    matches: filterRecommendations(dataset, index, known.filters),
    sections: new Map(dataset.sections.map((section) => [section.id, section])),
    chapterNumbers: new Map(dataset.chapters.map((chapter) => [chapter.id, chapter.number])),
  };
}

export type ExploreData = ReturnType<typeof selectExplore>;

export type ExploreFacets = Record<FilterDimension, Map<string, number>>;

/**
 * The count behind every filter option: the results the reader would get by choosing it,
 * so with a search only the recommendations the search found (`searchIds`) count.
 */
export function exploreFacets(data: ExploreData, searchIds?: ReadonlySet<string>): ExploreFacets {
  return Object.fromEntries(
    FILTER_DIMENSIONS.map((dimension) => [dimension, facetCounts(data.dataset, data.index, data.known.filters, dimension, searchIds)]),
  ) as ExploreFacets;
}
