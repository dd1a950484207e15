import { queryOptions } from '@tanstack/react-query';
import type { DataSource } from './dataSource.ts';
import { DatasetLoadError } from './errors.ts';

export const DEFAULT_SUBMISSION_ID = 'fhki-2025-policy-address';

/** Two more tries for a network failure or a 5xx; a 4xx or a bad document will not get better. */
const retryWhenItCanHelp = (failureCount: number, error: Error) =>
  failureCount < 2 && (!(error instanceof DatasetLoadError) || error.retryable);

/** Query factories for the dataset: the same options serve hooks, loaders and prefetch. */
export const datasetQueries = {
  all: (source: DataSource) => ['dataset', source.key] as const,
  detail: (source: DataSource, submissionId: string = DEFAULT_SUBMISSION_ID) =>
    queryOptions({
      queryKey: [...datasetQueries.all(source), submissionId] as const,
      queryFn: ({ signal }) => source.loadDataset(submissionId, signal),
      // The bundled dataset changes only with a new release of the app.
      staleTime: Infinity,
      retry: retryWhenItCanHelp,
    }),
  /** The submission's text page by page, for the Source view. */
  sourceDocument: (source: DataSource, submissionId: string = DEFAULT_SUBMISSION_ID) =>
    queryOptions({
      queryKey: [...datasetQueries.all(source), submissionId, 'source-text'] as const,
      queryFn: ({ signal }) => source.loadSourceDocument(submissionId, signal),
      staleTime: Infinity,
      retry: retryWhenItCanHelp,
    }),
};
