import { queryOptions } from '@tanstack/react-query';
import { DEFAULT_SUBMISSION_ID, type DataSource } from './dataSource.ts';

/**
 * Query factories: the same options serve hooks, loaders and prefetch. Retries are the
 * QueryClient's defaults (sources/retryPolicy.ts), the same for every query.
 */
export const datasetQueries = {
  all: (source: DataSource) => ['dataset', source.key] as const,
  detail: (source: DataSource, submissionId: string = DEFAULT_SUBMISSION_ID) =>
    queryOptions({
      queryKey: [...datasetQueries.all(source), submissionId] as const,
      queryFn: ({ signal }) => source.loadDataset(submissionId, signal),
      staleTime: source.staleTimeMs,
    }),
  /** The submission's text page by page, for the Source view. */
  sourceDocument: (source: DataSource, submissionId: string = DEFAULT_SUBMISSION_ID) =>
    queryOptions({
      queryKey: [...datasetQueries.all(source), submissionId, 'source-text'] as const,
      queryFn: ({ signal }) => source.loadSourceDocument(submissionId, signal),
      staleTime: source.staleTimeMs,
    }),
  /** The text of the document that answered the submission, by paragraph, for the address view. */
  responseText: (source: DataSource, submissionId: string = DEFAULT_SUBMISSION_ID) =>
    queryOptions({
      queryKey: [...datasetQueries.all(source), submissionId, 'response-text'] as const,
      queryFn: ({ signal }) => source.loadResponseText(submissionId, signal),
      staleTime: source.staleTimeMs,
    }),
  /** Every submission the source holds (the picker appears when there is more than one). */
  submissions: (source: DataSource) =>
    queryOptions({
      queryKey: ['submissions', source.key] as const,
      queryFn: ({ signal }) => source.listSubmissions(signal),
      staleTime: source.staleTimeMs,
    }),
};
