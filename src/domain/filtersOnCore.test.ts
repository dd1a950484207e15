/**
 * The first screen filters the dataset's core (no texts loaded): filters.ts reads only what the
 * core has, so every filter, facet count and filter value comes out as on the full dataset.
 */
import { describe, expect, test } from 'vitest';
import { readBundledCore, readBundledDataset } from '../testing/bundledData.ts';
import * as full from './filters.ts';
import { buildFilterIndex, facetCounts, filterRecommendations, filterValues, FILTER_DIMENSIONS, NO_FILTERS, type Filters } from './filters.ts';

const core = readBundledCore();
const dataset = readBundledDataset();
const [coreIndex, fullIndex] = [buildFilterIndex(core), full.buildFilterIndex(dataset)];

/** A few filters per dimension, and combinations: the first two values of each, then pairs of dimensions. */
const cases: Filters[] = [
  NO_FILTERS,
  ...FILTER_DIMENSIONS.flatMap((dimension) => {
    const values = [...full.filterValues(dataset)[dimension].keys()];
    return [{ ...NO_FILTERS, [dimension]: values.slice(0, 1) }, { ...NO_FILTERS, [dimension]: values.slice(0, 2) }];
  }),
  { ...NO_FILTERS, verdict: ['adopted', 'partly'], lever: ['funding'] },
  { ...NO_FILTERS, place: ['northern-metropolis'], emphasis: ['urgent'] },
];

describe('filters on the core', () => {
  test('the same values per dimension as on the full dataset', () => {
    expect(filterValues(core)).toEqual(full.filterValues(dataset));
  });

  test.each(cases.map((filters) => [JSON.stringify(Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length > 0))), filters] as const))(
    'the same recommendations and facet counts as on the full dataset: %s',
    (_name, filters) => {
      expect(filterRecommendations(core, coreIndex, filters).map((rec) => rec.id)).toEqual(full.filterRecommendations(dataset, fullIndex, filters).map((rec) => rec.id));
      for (const dimension of FILTER_DIMENSIONS) expect(facetCounts(core, coreIndex, filters, dimension), dimension).toEqual(full.facetCounts(dataset, fullIndex, filters, dimension));
    },
  );

  test('given the full dataset, it returns the full recommendations (their words included)', () => {
    const recs = filterRecommendations(dataset, fullIndex, { ...NO_FILTERS, theme: ['halal'] });
    expect(recs.length).toBeGreaterThan(0);
    expect(recs.every((rec) => rec.text.en.length > 0)).toBe(true);
  });
});
