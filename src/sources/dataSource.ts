import type { Dataset } from '../domain/dataset.ts';
import type { SourceDocument } from '../domain/sourceDocument.ts';

/**
 * Where the dataset comes from. The static adapter reads the JSON shipped with the app;
 * a REST adapter (the submissions API) will implement the same interface. Adapters
 * validate before returning: nothing unvalidated reaches the query cache.
 */
export interface DataSource {
  /** Identifies the source in query keys, so two sources never share a cache entry. */
  readonly key: string;
  loadDataset(submissionId: string, signal?: AbortSignal): Promise<Dataset>;
  /** The submission's text page by page (for the Source view; loaded only there). */
  loadSourceDocument(submissionId: string, signal?: AbortSignal): Promise<SourceDocument>;
}
