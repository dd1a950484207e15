import { useCallback } from 'react';
import type { Dataset, DatasetCore } from '../domain/dataset.ts';
import { filterValues, knownFilters, type Filters, type FilterValues } from '../domain/filters.ts';
import { useDataset, useDatasetCore } from '../sources/useDataset.ts';
import { useFilters } from '../url/useFilters.ts';
import { useSubmissionId } from '../url/useViewState.ts';

/** What a filtered view gets: its own figures, and the filters split into those the dataset knows and those it does not. */
export type Filtered<T> = T & { values: FilterValues; known: ReturnType<typeof knownFilters> };

/**
 * The current submission's full dataset (the address's) under the URL's filters, shaped by `select` (module-level, so it is stable):
 * the values of every dimension, the filters it knows (unknown ones are reported by the view),
 * and what `select` computes from the known ones. Recomputed only when the data or the filters change.
 * Loads the texts file: a view that shows no long text (the first screen) uses `useFilteredCore`.
 */
export function useFilteredDataset<T extends object>(select: (dataset: Dataset, filters: Filters) => T) {
  return useDataset(useSubmissionId(), useFilteredSelect(select));
}

/** As `useFilteredDataset`, on the dataset's core alone: no texts file is requested (the first screen). */
export function useFilteredCore<T extends object>(select: (dataset: DatasetCore, filters: Filters) => T) {
  return useDatasetCore(useSubmissionId(), useFilteredSelect(select));
}

/** `select` under the URL's filters, as a stable select function of the dataset (core or full). */
function useFilteredSelect<D extends DatasetCore, T extends object>(select: (dataset: D, filters: Filters) => T) {
  const { filters } = useFilters();
  const filterKey = JSON.stringify(filters);
  return useCallback(
    (dataset: D): Filtered<T> => {
      const values = filterValues(dataset);
      const known = knownFilters(filters, values);
      return { ...select(dataset, known.filters), values, known };
    },
    // The filters object is recreated per render; its content is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [filterKey, select],
  );
}
