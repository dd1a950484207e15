import type { z } from 'zod';
import { Dataset } from '../domain/dataset.ts';
import { SourceDocument } from '../domain/sourceDocument.ts';
import type { DataSource } from './dataSource.ts';
import { DatasetLoadError } from './errors.ts';
import { parseBody } from './validate.ts';

/**
 * Reads the files the data pipeline writes into public/, relative to the app's base URL:
 * `data/<submissionId>.json` (the dataset) and `data/<submissionId>.source.json` (the text by page).
 */
export function createStaticSource(baseUrl: string): DataSource {
  async function load<T>(file: string, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T> {
    const url = new URL(`data/${file}`, baseUrl).href;
    let response: Response;
    try {
      response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new DatasetLoadError('network', `Could not reach ${url}.`, { url });
    }
    if (!response.ok) {
      throw new DatasetLoadError('http', `${url} answered ${response.status}.`, { url, status: response.status });
    }
    return parseBody(schema, await response.text(), url);
  }
  return {
    key: `static:${baseUrl}`,
    loadDataset: (submissionId, signal) => load(`${encodeURIComponent(submissionId)}.json`, Dataset, signal),
    loadSourceDocument: (submissionId, signal) => load(`${encodeURIComponent(submissionId)}.source.json`, SourceDocument, signal),
  };
}
