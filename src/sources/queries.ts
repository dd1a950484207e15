import { queryOptions } from '@tanstack/react-query';
import type { DataSource } from './dataSource.ts';
import { DatasetLoadError } from './errors.ts';

export const DEFAULT_SUBMISSION_ID = 'fhki-2025-policy-address';

/** Query factories for the dataset: the same options serve hooks, loaders and prefetch. */
export const datasetQueries = {
  all: (source: DataSource) => ['dataset', source.key] as const,
  detail: (source: DataSource, submissionId: string = DEFAULT_SUBMISSION_ID) =>
    queryOptions({
      queryKey: [...datasetQueries.all(source), submissionId] as const,
      queryFn: ({ signal }) => source.loadDataset(submissionId, signal),
      // The bundled dataset changes only with a new release of the app.
      staleTime: Infinity,
      retry: (failureCount, error) =>
        failureCount < 2 && (!(error instanceof DatasetLoadError) || error.retryable),
    }),
};
