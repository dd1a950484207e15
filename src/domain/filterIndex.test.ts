/**
 * The filter index as sets (issue 17): filtering and counting intersect per-value sets of
 * recommendations built once per dataset. The results must be exactly those of the
 * straightforward definition (every recommendation's values checked against every filter,
 * as before), for any combination of filters and searches: checked here against that
 * definition, kept as the oracle, on the bundled dataset and on slices of it whose sizes
 * fall on and off a 32-recommendation word.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Dataset, Recommendation } from './dataset.ts';
import {
  allFacetCounts,
  buildFilterIndex,
  facetCounts,
  FILTER_DIMENSIONS,
  filterRecommendations,
  filterValues,
  NO_FILTERS,
  type FilterDimension,
  type FilterIndex,
  type Filters,
} from './filters.ts';

// Read as it is (filters need no validation: dataset.test.ts validates the file).
const bundled = JSON.parse(readFileSync(new URL('../../public/data/fhki-2025-policy-address.json', import.meta.url), 'utf8')) as Dataset;

// ─── the oracle: the definition, one recommendation at a time (the code before the sets) ───

function matches(values: Record<FilterDimension, string[]>, filters: Filters, skip?: FilterDimension): boolean {
  return FILTER_DIMENSIONS.every(
    (dimension) => dimension === skip || filters[dimension].length === 0 || filters[dimension].some((value) => values[dimension].includes(value)),
  );
}

function oracleFilter(dataset: Dataset, index: FilterIndex, filters: Filters): Recommendation[] {
  return dataset.recommendations.filter((rec) => matches(index.facets.get(rec.id)!, filters));
}

function oracleCounts(dataset: Dataset, index: FilterIndex, filters: Filters, dimension: FilterDimension, searchIds?: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const rec of dataset.recommendations) {
    if (searchIds && !searchIds.has(rec.id)) continue;
    const values = index.facets.get(rec.id)!;
    if (!matches(values, filters, dimension)) continue;
    for (const value of values[dimension]) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/** Counts compared as sets of entries: the order of a Map is not part of the answer. */
const sorted = (counts: Map<string, number>) => [...counts].sort(([a], [b]) => a.localeCompare(b));

// ─── generators ─────────────────────────────────────────────────────────────────────────

/** Filters of 0–3 dimensions with 1–3 values each, drawn from the values the dataset has, plus now and then one it does not. */
function filtersOf(dataset: Dataset): fc.Arbitrary<Filters> {
  const values = filterValues(dataset);
  const dimension = fc.constantFrom(...FILTER_DIMENSIONS.filter((d) => values[d].size > 0));
  return fc
    .array(
      dimension.chain((d) => fc.tuple(fc.constant(d), fc.uniqueArray(fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...values[d].keys()) }, { weight: 1, arbitrary: fc.constant('no-such-value') }), { minLength: 1, maxLength: 3 }))),
      { maxLength: 3 },
    )
    .map((chosen) => ({ ...NO_FILTERS, ...Object.fromEntries(chosen) }) as Filters);
}

/** No search, or a search that found some recommendations (and perhaps an id the dataset does not have). */
function searchOf(dataset: Dataset): fc.Arbitrary<ReadonlySet<string> | undefined> {
  const ids = dataset.recommendations.map((rec) => rec.id);
  return fc.option(
    fc.subarray(ids).chain((found) => fc.boolean().map((stray) => new Set(stray ? [...found, 'R-99.99-99'] : found))),
    { nil: undefined },
  );
}

const datasets: [string, Dataset][] = [
  [`the bundled dataset (${bundled.recommendations.length})`, bundled],
  ['its first 192 (six whole words)', { ...bundled, recommendations: bundled.recommendations.slice(0, 192) }],
  ['its first 33 (a word and one)', { ...bundled, recommendations: bundled.recommendations.slice(0, 33) }],
  ['its first one', { ...bundled, recommendations: bundled.recommendations.slice(0, 1) }],
];

describe.each(datasets)('the set index gives what the definition gives: %s', (_name, dataset) => {
  const index = buildFilterIndex(dataset);

  test('filterRecommendations, in source order, for any filters', () => {
    fc.assert(
      fc.property(filtersOf(dataset), (filters) => {
        expect(filterRecommendations(dataset, index, filters).map((rec) => rec.id)).toEqual(oracleFilter(dataset, index, filters).map((rec) => rec.id));
      }),
      { numRuns: 300 },
    );
  });

  test('facetCounts and allFacetCounts, for any filters and search, every dimension', () => {
    fc.assert(
      fc.property(filtersOf(dataset), searchOf(dataset), (filters, search) => {
        const all = allFacetCounts(index, filters, search);
        for (const dimension of FILTER_DIMENSIONS) {
          const expected = sorted(oracleCounts(dataset, index, filters, dimension, search));
          expect(sorted(facetCounts(dataset, index, filters, dimension, search)), dimension).toEqual(expected);
          expect(sorted(all[dimension]), dimension).toEqual(expected);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('computed once per dataset', () => {
  test('the index and the value tables are the same objects for the same dataset, new ones for another', () => {
    expect(buildFilterIndex(bundled)).toBe(buildFilterIndex(bundled));
    expect(filterValues(bundled)).toBe(filterValues(bundled));
    const other = { ...bundled };
    expect(buildFilterIndex(other)).not.toBe(buildFilterIndex(bundled));
    expect(filterValues(other)).not.toBe(filterValues(bundled));
  });

  test('no filter is everything, the dataset’s own array', () => {
    expect(filterRecommendations(bundled, buildFilterIndex(bundled), NO_FILTERS)).toBe(bundled.recommendations);
  });
});
