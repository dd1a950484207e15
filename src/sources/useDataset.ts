import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import type { Dataset, DatasetCore } from '../domain/dataset.ts';
import { submissionParam } from '../url/viewState.ts';
import { DEFAULT_SUBMISSION_ID } from './dataSource.ts';
import { useDataSource } from './DataSourceContext.tsx';
import { datasetQueries } from './queries.ts';

/** The submission the address names (`?submission=`), else the default one. */
export function useSubmissionId(): string {
  const [params] = useSearchParams();
  return submissionParam(params) ?? DEFAULT_SUBMISSION_ID;
}

/**
 * The current submission's full dataset (the core merged with its texts, once per pair) through
 * TanStack Query, shaped by `select`. Pass a stable function (module-level, or memoised) so the
 * derived value is recomputed only when the data changes. Loads the texts file: a view that shows
 * no long text (the first screen) uses `useDatasetCore`.
 */
export function useDataset<T>(select: (dataset: Dataset) => T) {
  return useQuery({ ...datasetQueries.detail(useDataSource(), useSubmissionId()), select });
}

/**
 * The current submission's dataset core (no long texts: no recommendation's words, no leads,
 * no response reasons), shaped by `select` as in `useDataset`. What the first screen reads, so
 * opening it requests no texts file.
 */
export function useDatasetCore<T>(select: (dataset: DatasetCore) => T) {
  return useQuery({ ...datasetQueries.core(useDataSource(), useSubmissionId()), select });
}

/** The current submission's text page by page (the Source view). */
export function useSourceDocument() {
  return useQuery(datasetQueries.sourceDocument(useDataSource(), useSubmissionId()));
}

/**
 * The text of the document that answered the current submission, by paragraph (the address
 * view). Not asked while `enabled` is false: a submission not answered yet has none.
 */
export function useResponseText(enabled = true) {
  return useQuery({ ...datasetQueries.responseText(useDataSource(), useSubmissionId()), enabled });
}

/** Every submission the source holds (not asked while `enabled` is false). */
export function useSubmissions(enabled = true) {
  return useQuery({ ...datasetQueries.submissions(useDataSource()), enabled });
}
