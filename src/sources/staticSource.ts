import type { z } from 'zod';
import { DEFAULT_SUBMISSION_ID, DEFAULT_TIMEOUT_MS, type DataSource } from './dataSource.ts';
import { DatasetLoadError } from '../http/errors.ts';
import { errorForStatus, getText, parseBody } from '../http/http.ts';
import { lazySchema, loadSummarize } from './lazySchemas.ts';

/**
 * Reads the files the data pipeline writes into public/, relative to the app's base URL:
 * `data/<submissionId>.json` (the dataset's core), `data/<submissionId>.texts.json` (its long
 * texts by id), `data/<submissionId>.source.json` (the text by page)
 * and `data/<submissionId>.response.json` (the text of the document that answered it, by paragraph).
 * It holds one submission, the bundled one; any other id is "not found" without a request
 * (a static host would answer with its index.html fallback, which says nothing useful).
 */
export function createStaticSource(baseUrl: string, { timeoutMs = DEFAULT_TIMEOUT_MS } = {}): DataSource {
  /** `schema` is still loading (lazySchemas.ts): it is awaited once the answer is in. */
  async function load<T>(submissionId: string, suffix: string, schema: z.ZodType<T> | Promise<z.ZodType<T>>, signal?: AbortSignal): Promise<T> {
    const url = new URL(`data/${encodeURIComponent(submissionId)}${suffix}`, baseUrl).href;
    if (submissionId !== DEFAULT_SUBMISSION_ID) {
      throw new DatasetLoadError('http', `This app bundles only ${DEFAULT_SUBMISSION_ID}.`, { url, status: 404 });
    }
    const response = await getText(url, { signal, timeoutMs });
    if (response.status !== 200) throw errorForStatus(url, response);
    return parseBody(await schema, response.body, url);
  }
  const loadDataset = (submissionId: string, signal?: AbortSignal) => load(submissionId, '.json', lazySchema('DatasetCore'), signal);
  return {
    key: `static:${baseUrl}`,
    // The bundled files change only with a new release of the app.
    staleTimeMs: Infinity,
    holdsMany: false,
    loadDataset,
    loadTexts: (submissionId, signal) => load(submissionId, '.texts.json', lazySchema('DatasetTexts'), signal),
    loadSourceDocument: (submissionId, signal) => load(submissionId, '.source.json', lazySchema('SourceDocument'), signal),
    loadResponseText: (submissionId, signal) => load(submissionId, '.response.json', lazySchema('ResponseText'), signal),
    listSubmissions: async (signal) => {
      const [summarize, dataset] = await Promise.all([loadSummarize(), loadDataset(DEFAULT_SUBMISSION_ID, signal)]);
      return [summarize(dataset)];
    },
  };
}
