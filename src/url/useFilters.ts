import { useCallback } from 'react';
import { paths } from '../config/paths.ts';
import { NO_FILTERS, type FilterDimension, type Filters } from '../domain/filters.ts';
import { useLinkBuilder, useViewState } from './useViewState.ts';

/** The filters in the URL, ways to change them, and links that drill down to Explore. */
export function useFilters() {
  const { state, update } = useViewState();
  const linkTo = useLinkBuilder();
  const { filters } = state;

  const toggle = useCallback(
    (dimension: FilterDimension, value: string) =>
      update(({ filters: current }) => {
        const values = current[dimension];
        return { filters: { ...current, [dimension]: values.includes(value) ? values.filter((v) => v !== value) : [...values, value] } };
      }),
    [update],
  );
  const clear = useCallback(() => update({ filters: NO_FILTERS, q: '' }), [update]);

  /** Explore, filtered to these values on top of the current filters. */
  const exploreWith = useCallback(
    (dimension?: FilterDimension, value?: string) => {
      const next: Filters =
        dimension && value && !filters[dimension].includes(value) ? { ...filters, [dimension]: [...filters[dimension], value] } : filters;
      return linkTo(paths.explore(), { filters: next });
    },
    [filters, linkTo],
  );
  return { filters, toggle, clear, exploreWith };
}
