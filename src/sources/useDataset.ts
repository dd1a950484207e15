import { useQuery } from '@tanstack/react-query';
import type { Dataset } from '../domain/dataset.ts';
import { useDataSource } from './DataSourceContext.tsx';
import { datasetQueries } from './queries.ts';

/**
 * The dataset through TanStack Query, shaped by `select`. Pass a stable function
 * (module-level, or memoised) so the derived value is recomputed only when the data changes.
 */
export function useDataset<T>(select: (dataset: Dataset) => T) {
  return useQuery({ ...datasetQueries.detail(useDataSource()), select });
}
