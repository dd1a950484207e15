import { queryOptions } from '@tanstack/react-query';
import { DEFAULT_SUBMISSION_ID, type DataSource } from './dataSource.ts';
import { loadMerge } from './lazySchemas.ts';

/**
 * Query factories: the same options serve hooks, loaders and prefetch. Retries are the
 * QueryClient's defaults (sources/retryPolicy.ts), the same for every query.
 */
export const datasetQueries = {
  all: (source: DataSource) => ['dataset', source.key] as const,
  /** The dataset's core (`<id>.json`): all the first screen reads. */
  core: (source: DataSource, submissionId: string = DEFAULT_SUBMISSION_ID) =>
    queryOptions({
      queryKey: [...datasetQueries.all(source), submissionId, 'core'] as const,
      queryFn: ({ signal }) => source.loadDataset(submissionId, signal),
      staleTime: source.staleTimeMs,
    }),
  /** The dataset's long texts by id (`<id>.texts.json`), validated alone; `detail` merges them. */
  texts: (source: DataSource, submissionId: string = DEFAULT_SUBMISSION_ID) =>
    queryOptions({
      queryKey: [...datasetQueries.all(source), submissionId, 'texts'] as const,
      queryFn: ({ signal }) => source.loadTexts(submissionId, signal),
      staleTime: source.staleTimeMs,
    }),
  /**
   * The full dataset: the core and the texts, each loaded through its own query (so the core the
   * first screen loaded is not asked for again), requested together and merged once per pair
   * (`mergedDataset` in mergeTexts.ts, loaded with them). The parts are fetched without retries
   * of their own: this query's retries are the only ones, so a failure counts one attempt per
   * try, as for any other document.
   */
  detail: (source: DataSource, submissionId: string = DEFAULT_SUBMISSION_ID) =>
    queryOptions({
      queryKey: [...datasetQueries.all(source), submissionId] as const,
      queryFn: async ({ client }) => {
        const [core, texts, merge] = await Promise.all([
          client.fetchQuery({ ...datasetQueries.core(source, submissionId), retry: false }),
          client.fetchQuery({ ...datasetQueries.texts(source, submissionId), retry: false }),
          loadMerge(),
        ]);
        return merge(core, texts);
      },
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
