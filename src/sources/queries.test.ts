import { describe, expect, test } from 'vitest';
import type { Dataset } from '../domain/dataset.ts';
import { DEFAULT_SUBMISSION_ID, type DataSource } from './dataSource.ts';
import { datasetQueries } from './queries.ts';

const calls: { id: string; signal: AbortSignal | undefined }[] = [];
const source: DataSource = {
  key: 'fake:one',
  staleTimeMs: 1234,
  holdsMany: false,
  loadDataset: async (id, signal) => {
    calls.push({ id, signal });
    return { submission: { id } } as Dataset;
  },
  loadSourceDocument: async (id) => ({ schemaVersion: 1, submissionId: id, sourceSha256: '0'.repeat(64), pages: [] }),
  loadResponseText: async (id, signal) => {
    calls.push({ id, signal });
    return { schemaVersion: 1, submissionId: id, responseDocumentId: 'an-answer', chapters: [], paragraphs: [] };
  },
  listSubmissions: async () => [],
};

describe('datasetQueries keys and queryFn', () => {
  test('the queryKey includes the source key and the submission id', () => {
    expect(datasetQueries.detail(source).queryKey).toEqual(['dataset', 'fake:one', DEFAULT_SUBMISSION_ID]);
    expect(datasetQueries.detail(source, 'other-id').queryKey).toEqual(['dataset', 'fake:one', 'other-id']);
    expect(datasetQueries.sourceDocument(source, 'other-id').queryKey).toEqual(['dataset', 'fake:one', 'other-id', 'source-text']);
    expect(datasetQueries.responseText(source, 'other-id').queryKey).toEqual(['dataset', 'fake:one', 'other-id', 'response-text']);
    expect(datasetQueries.all(source)).toEqual(['dataset', 'fake:one']);
  });

  test('two sources never share a key', () => {
    const other: DataSource = { ...source, key: 'fake:two' };
    expect(datasetQueries.detail(other).queryKey).not.toEqual(datasetQueries.detail(source).queryKey);
    expect(datasetQueries.submissions(other).queryKey).not.toEqual(datasetQueries.submissions(source).queryKey);
  });

  test("the data stays fresh as long as the source says", () => {
    expect(datasetQueries.detail(source).staleTime).toBe(1234);
    expect(datasetQueries.sourceDocument(source).staleTime).toBe(1234);
    expect(datasetQueries.responseText(source).staleTime).toBe(1234);
    expect(datasetQueries.submissions(source).staleTime).toBe(1234);
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

  test('the response text queryFn loads it for the submission id from the source with the abort signal', async () => {
    const { queryFn, queryKey } = datasetQueries.responseText(source, 'sub-2');
    if (typeof queryFn !== 'function') throw new Error('queryFn should be a function');
    const signal = new AbortController().signal;
    calls.length = 0;
    const context = { queryKey, signal, meta: undefined, client: undefined } as unknown as Parameters<typeof queryFn>[0];
    expect((await queryFn(context)).submissionId).toBe('sub-2');
    expect(calls).toEqual([{ id: 'sub-2', signal }]);
  });
});
