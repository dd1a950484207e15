import type { DataSource } from './dataSource.ts';
import { DatasetLoadError } from './errors.ts';
import { parseDatasetBody } from './validate.ts';

/** Reads `data/<submissionId>.json` relative to the app's base URL: the file the data pipeline writes into public/. */
export function createStaticSource(baseUrl: string): DataSource {
  return {
    key: `static:${baseUrl}`,
    async loadDataset(submissionId, signal) {
      const url = new URL(`data/${encodeURIComponent(submissionId)}.json`, baseUrl).href;
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
      return parseDatasetBody(await response.text(), url);
    },
  };
}
