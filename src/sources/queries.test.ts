import { describe, expect, test } from 'vitest';
import type { Dataset } from '../domain/dataset.ts';
import type { DataSource } from './dataSource.ts';
import { DatasetLoadError } from './errors.ts';
import { datasetQueries, DEFAULT_SUBMISSION_ID } from './queries.ts';

const calls: { id: string; signal: AbortSignal | undefined }[] = [];
const source: DataSource = {
  key: 'fake:one',
  loadDataset: async (id, signal) => {
    calls.push({ id, signal });
    return { submission: { id } } as Dataset;
  },
  loadSourceDocument: async (id) => ({ schemaVersion: 1, submissionId: id, sourceSha256: '0'.repeat(64), pages: [] }),
};

/** The query's retry option, called as TanStack Query calls it. */
function retry(failureCount: number, error: Error): boolean {
  const option = datasetQueries.detail(source).retry;
  if (typeof option !== 'function') throw new Error('retry should be a function');
  return option(failureCount, error);
}

const network = () => new DatasetLoadError('network', 'offline', { url: 'u' });
const http = (status: number) => new DatasetLoadError('http', `HTTP ${status}`, { url: 'u', status });

describe('datasetQueries.detail retry', () => {
  test('a network error is retried twice (failureCount 0 and 1), not a third time', () => {
    expect(retry(0, network())).toBe(true);
    expect(retry(1, network())).toBe(true);
    expect(retry(2, network())).toBe(false);
    expect(retry(3, network())).toBe(false);
  });

  test('a 5xx is retried like a network error', () => {
    expect(retry(0, http(503))).toBe(true);
    expect(retry(2, http(500))).toBe(false);
  });

  test('documents that will never parse are not retried', () => {
    expect(retry(0, new DatasetLoadError('schema', 'bad', { problems: [{ path: 'x', message: 'y' }] }))).toBe(false);
    expect(retry(0, new DatasetLoadError('not-json', 'html'))).toBe(false);
    expect(retry(0, http(404))).toBe(false);
  });

  test('an unknown error (not a DatasetLoadError) is retried up to the same limit', () => {
    expect(retry(0, new TypeError('boom'))).toBe(true);
    expect(retry(2, new TypeError('boom'))).toBe(false);
  });
});

describe('datasetQueries keys and queryFn', () => {
  test('the queryKey includes the source key and the submission id', () => {
    expect(datasetQueries.detail(source).queryKey).toEqual(['dataset', 'fake:one', DEFAULT_SUBMISSION_ID]);
    expect(datasetQueries.detail(source, 'other-id').queryKey).toEqual(['dataset', 'fake:one', 'other-id']);
    expect(datasetQueries.all(source)).toEqual(['dataset', 'fake:one']);
  });

  test('two sources never share a key', () => {
    const other: DataSource = { ...source, key: 'fake:two' };
    expect(datasetQueries.detail(other).queryKey).not.toEqual(datasetQueries.detail(source).queryKey);
  });

  test('the dataset never goes stale', () => {
    expect(datasetQueries.detail(source).staleTime).toBe(Infinity);
  });

  test('queryFn loads the submission id from the source with the abort signal', async () => {
    const { queryFn, queryKey } = datasetQueries.detail(source, 'sub-1');
    if (typeof queryFn !== 'function') throw new Error('queryFn should be a function');
    const signal = new AbortController().signal;
    calls.length = 0;
    const context = { queryKey, signal, meta: undefined, client: undefined } as unknown as Parameters<typeof queryFn>[0];
    const result = await queryFn(context);
    expect(result.submission.id).toBe('sub-1');
    expect(calls).toEqual([{ id: 'sub-1', signal }]);
  });
});
