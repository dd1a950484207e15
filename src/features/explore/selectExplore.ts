import type { Dataset } from '../../domain/dataset.ts';
import { allFacetCounts, buildFilterIndex, filterRecommendations, filterValues, knownFilters, type FilterDimension, type Filters } from '../../domain/filters.ts';

/** What Explore looks up by id, built once per dataset (the cached dataset object is the key). */
const lookups = new WeakMap<Dataset, { sections: Map<string, Dataset['sections'][number]>; chapterNumbers: Map<string, number> }>();

function exploreLookups(dataset: Dataset) {
  let found = lookups.get(dataset);
  if (!found) {
    found = {
      sections: new Map(dataset.sections.map((section) => [section.id, section])),
      chapterNumbers: new Map(dataset.chapters.map((chapter) => [chapter.id, chapter.number])),
    };
    lookups.set(dataset, found);
  }
  return found;
}

/**
 * Explore's data for the current filters: the matching recommendations and what the filter
 * options need. Everything that depends on the dataset alone (the filter index, the values,
 * the lookups) is computed once per dataset; a filter change only intersects sets.
 */
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
    ...exploreLookups(dataset),
  };
}

export type ExploreData = ReturnType<typeof selectExplore>;

export type ExploreFacets = Record<FilterDimension, Map<string, number>>;

/**
 * The count behind every filter option: the results the reader would get by choosing it,
 * so with a search only the recommendations the search found (`searchIds`) count.
 */
export function exploreFacets(data: ExploreData, searchIds?: ReadonlySet<string>): ExploreFacets {
  return allFacetCounts(data.index, data.known.filters, searchIds);
}
