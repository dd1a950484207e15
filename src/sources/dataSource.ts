import type { DatasetCore } from '../domain/dataset.ts';
import type { DatasetTexts } from '../domain/datasetTexts.ts';
import type { ResponseText } from '../domain/responseText.ts';
import type { SourceDocument } from '../domain/sourceDocument.ts';
import type { SubmissionSummary } from '../domain/submissions.ts';

/** The submission the dashboard opens when the address names none. */
export const DEFAULT_SUBMISSION_ID = 'fhki-2025-policy-address';
/** How long a request may take, headers and body, before it is aborted (documented in docs/api/README.md). */
export const DEFAULT_TIMEOUT_MS = 20_000;

/** A bearer token kept in memory for the session: never in a URL, never in storage. */
export interface TokenHolder {
  get(): string | undefined;
  set(token: string | undefined): void;
}

/**
 * Where the data comes from: the JSON shipped with the app (staticSource) or the
 * submissions API (restSource). Adapters validate before returning: nothing unvalidated
 * reaches the query cache. They throw DatasetLoadError for every failure they can name.
 */
export interface DataSource {
  /** Identifies the source in query keys, so two sources never share a cache entry. */
  readonly key: string;
  /** How long loaded data counts as current: forever for the bundled file, minutes for the API. */
  readonly staleTimeMs: number;
  /** Whether the source can hold more than one submission (the API); the bundled data is one. */
  readonly holdsMany: boolean;
  /** Present when the source can send a bearer token (the API); the UI asks for one on a 401. */
  readonly token?: TokenHolder;
  /** The dataset's core: everything the first screen needs (the overview loads nothing else). */
  loadDataset(submissionId: string, signal?: AbortSignal): Promise<DatasetCore>;
  /**
   * The dataset's long texts by id, validated on their own; `withTexts` merges them with the core
   * (sources/queries.ts, `datasetQueries.detail`), refusing texts of another version.
   */
  loadTexts(submissionId: string, signal?: AbortSignal): Promise<DatasetTexts>;
  /** The submission's text page by page (for the Source view; loaded only there). */
  loadSourceDocument(submissionId: string, signal?: AbortSignal): Promise<SourceDocument>;
  /**
   * The text of the document that answered the submission, paragraph by paragraph (for the
   * address view; loaded only there). A submission not answered yet has none: "not found".
   */
  loadResponseText(submissionId: string, signal?: AbortSignal): Promise<ResponseText>;
  /** Every submission the source holds, all pages of the list. */
  listSubmissions(signal?: AbortSignal): Promise<SubmissionSummary[]>;
}
