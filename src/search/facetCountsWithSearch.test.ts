/**
 * facetCounts with a search (issue 13): an option's count is exactly the number of results
 * choosing it gives, the search included. Checked on the bundled dataset for several searches.
 * (Here, not next to domain/filters.ts: the domain imports nothing from the search.)
 */
import { describe, expect, test } from 'vitest';
import { buildFilterIndex, facetCounts, FILTER_DIMENSIONS, filterRecommendations, NO_FILTERS, type Filters } from '../domain/filters.ts';
import { readBundledDataset } from '../testing/bundledData.ts';
import { buildRecommendationIndex, searchRecommendations } from './recommendationSearch.ts';

const dataset = readBundledDataset();
const index = buildFilterIndex(dataset);
const search = buildRecommendationIndex(dataset);

describe('facetCounts with a search', () => {
  test.each([
    ['parcel', NO_FILTERS],
    ['talent', NO_FILTERS],
    ['SME', { ...NO_FILTERS, action: ['fund'] }],
  ] as [string, Filters][])('“%s”: every option counts the results it gives', (query, filters) => {
    const found = new Set(searchRecommendations(search, query).map((hit) => hit.id));
    expect(found.size).toBeGreaterThan(0);
    for (const dimension of FILTER_DIMENSIONS) {
      const counts = facetCounts(dataset, index, filters, dimension, found);
      for (const [value, count] of counts) {
        const chosen = { ...filters, [dimension]: [value] };
        const results = filterRecommendations(dataset, index, chosen).filter((rec) => found.has(rec.id));
        expect(count, `${dimension}=${value}`).toBe(results.length);
      }
      // And no option that would give results is left out.
      for (const rec of filterRecommendations(dataset, index, { ...filters, [dimension]: [] }).filter((r) => found.has(r.id))) {
        for (const value of index.facets.get(rec.id)![dimension]) expect(counts.get(value), `${dimension}=${value}`).toBeGreaterThan(0);
      }
    }
  });

  test('without a search nothing changes', () => {
    for (const dimension of FILTER_DIMENSIONS) {
      const all = new Set(dataset.recommendations.map((rec) => rec.id));
      expect(facetCounts(dataset, index, NO_FILTERS, dimension, all)).toEqual(facetCounts(dataset, index, NO_FILTERS, dimension));
    }
  });
});
