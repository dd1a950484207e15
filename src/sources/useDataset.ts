/**
 * The data layer's hooks. They load the submission they are given: which one the reader is on
 * is the caller's to say (`useSubmissionId()` in url/useViewState.ts reads it from the address),
 * so the sources know nothing of the router or the URL. `undefined` is the default submission
 * (`DEFAULT_SUBMISSION_ID`), the one the dashboard opens when the address names none.
 */
import { useQuery } from '@tanstack/react-query';
import type { Dataset, DatasetCore } from '../domain/dataset.ts';
import { useDataSource } from './DataSourceContext.tsx';
import { datasetQueries } from './queries.ts';

/**
 * The submission's full dataset (the core merged with its texts, once per pair) through
 * TanStack Query, shaped by `select`. Pass a stable function (module-level, or memoised) so the
 * derived value is recomputed only when the data changes. Loads the texts file: a view that shows
 * no long text (the first screen) uses `useDatasetCore`.
 */
export function useDataset<T>(submissionId: string | undefined, select: (dataset: Dataset) => T) {
  return useQuery({ ...datasetQueries.detail(useDataSource(), submissionId), select });
}

/**
 * The submission's dataset core (no long texts: no recommendation's words, no leads,
 * no response reasons), shaped by `select` as in `useDataset`. What the first screen reads, so
 * opening it requests no texts file.
 */
export function useDatasetCore<T>(submissionId: string | undefined, select: (dataset: DatasetCore) => T) {
  return useQuery({ ...datasetQueries.core(useDataSource(), submissionId), select });
}

/** The submission's text page by page (the Source view). */
export function useSourceDocument(submissionId: string | undefined) {
  return useQuery(datasetQueries.sourceDocument(useDataSource(), submissionId));
}

/**
 * The text of the document that answered the submission, by paragraph (the address
 * view). Not asked while `enabled` is false: a submission not answered yet has none.
 */
export function useResponseText(submissionId: string | undefined, enabled = true) {
  return useQuery({ ...datasetQueries.responseText(useDataSource(), submissionId), enabled });
}

/** Every submission the source holds (not asked while `enabled` is false). */
export function useSubmissions(enabled = true) {
  return useQuery({ ...datasetQueries.submissions(useDataSource()), enabled });
}
