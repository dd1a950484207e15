import { QueryClient } from '@tanstack/react-query';
import { describe, expect, test } from 'vitest';
import type { DatasetCore } from '../domain/dataset.ts';
import { splitDataset, withTexts, type DatasetTexts } from '../domain/datasetTexts.ts';
import { readBundledCore, readBundledTexts } from '../testing/bundledData.ts';
import { DEFAULT_SUBMISSION_ID, type DataSource } from './dataSource.ts';
import { DatasetLoadError } from '../http/errors.ts';
import { mergedDataset } from './mergeTexts.ts';
import { datasetQueries } from './queries.ts';
import { retryDelay, shouldRetry } from './retryPolicy.ts';

const core = readBundledCore();
const texts = readBundledTexts();

const calls: { what: string; id: string; signal: AbortSignal | undefined }[] = [];
/** A source serving the bundled core and texts (or whatever a test puts in `served`), recording each load. */
function fakeSource(served: { core: () => Promise<DatasetCore>; texts: () => Promise<DatasetTexts> } = { core: async () => core, texts: async () => texts }): DataSource {
  return {
    key: 'fake:one',
    staleTimeMs: 1234,
    holdsMany: false,
    loadDataset: async (id, signal) => {
      calls.push({ what: 'core', id, signal });
      return served.core();
    },
    loadTexts: async (id, signal) => {
      calls.push({ what: 'texts', id, signal });
      return served.texts();
    },
    loadSourceDocument: async (id) => ({ schemaVersion: 1, submissionId: id, sourceSha256: '0'.repeat(64), pages: [] }),
    loadResponseText: async (id, signal) => {
      calls.push({ what: 'response', id, signal });
      return { schemaVersion: 1, submissionId: id, responseDocumentId: 'an-answer', chapters: [], paragraphs: [] };
    },
    listSubmissions: async () => [],
  };
}
const source = fakeSource();

/** As the app's QueryClient (app/AppProviders.tsx), without the waits between tries. */
const queryClient = () => new QueryClient({ defaultOptions: { queries: { retry: shouldRetry, retryDelay: (count, error) => retryDelay(count, error, 0) } } });

describe('datasetQueries keys and queryFn', () => {
  test('the queryKey includes the source key and the submission id; the core and the texts are below the dataset', () => {
    expect(datasetQueries.detail(source).queryKey).toEqual(['dataset', 'fake:one', DEFAULT_SUBMISSION_ID]);
    expect(datasetQueries.detail(source, 'other-id').queryKey).toEqual(['dataset', 'fake:one', 'other-id']);
    expect(datasetQueries.core(source, 'other-id').queryKey).toEqual(['dataset', 'fake:one', 'other-id', 'core']);
    expect(datasetQueries.texts(source, 'other-id').queryKey).toEqual(['dataset', 'fake:one', 'other-id', 'texts']);
    expect(datasetQueries.sourceDocument(source, 'other-id').queryKey).toEqual(['dataset', 'fake:one', 'other-id', 'source-text']);
    expect(datasetQueries.responseText(source, 'other-id').queryKey).toEqual(['dataset', 'fake:one', 'other-id', 'response-text']);
    expect(datasetQueries.all(source)).toEqual(['dataset', 'fake:one']);
  });

  test('two sources never share a key', () => {
    const other: DataSource = { ...source, key: 'fake:two' };
    for (const query of ['detail', 'core', 'texts'] as const) expect(datasetQueries[query](other).queryKey).not.toEqual(datasetQueries[query](source).queryKey);
    expect(datasetQueries.submissions(other).queryKey).not.toEqual(datasetQueries.submissions(source).queryKey);
  });

  test('the data stays fresh as long as the source says', () => {
    for (const query of ['detail', 'core', 'texts', 'sourceDocument', 'responseText'] as const) expect(datasetQueries[query](source).staleTime, query).toBe(1234);
    expect(datasetQueries.submissions(source).staleTime).toBe(1234);
  });

  test('the core queryFn loads the submission id from the source with the abort signal, and nothing else', async () => {
    const { queryFn, queryKey } = datasetQueries.core(source, 'sub-1');
    if (typeof queryFn !== 'function') throw new Error('queryFn should be a function');
    const signal = new AbortController().signal;
    calls.length = 0;
    const context = { queryKey, signal, meta: undefined, client: undefined } as unknown as Parameters<typeof queryFn>[0];
    expect(await queryFn(context)).toBe(core);
    expect(calls).toEqual([{ what: 'core', id: 'sub-1', signal }]);
  });

  test('the response text queryFn loads it for the submission id from the source with the abort signal', async () => {
    const { queryFn, queryKey } = datasetQueries.responseText(source, 'sub-2');
    if (typeof queryFn !== 'function') throw new Error('queryFn should be a function');
    const signal = new AbortController().signal;
    calls.length = 0;
    const context = { queryKey, signal, meta: undefined, client: undefined } as unknown as Parameters<typeof queryFn>[0];
    expect((await queryFn(context)).submissionId).toBe('sub-2');
    expect(calls).toEqual([{ what: 'response', id: 'sub-2', signal }]);
  });
});

describe('the full dataset: the core and its texts, merged once', () => {
  test('detail loads the core and the texts once each and merges them; the first screen\'s core is not loaded again', async () => {
    const client = queryClient();
    calls.length = 0;
    const first = await client.fetchQuery(datasetQueries.core(source, 'sub-1'));
    expect(calls.map((call) => call.what)).toEqual(['core']);
    const dataset = await client.fetchQuery(datasetQueries.detail(source, 'sub-1'));
    expect(calls.map((call) => call.what)).toEqual(['core', 'texts']);
    expect(first).toBe(core);
    expect(dataset).toEqual(withTexts(core, texts));
    expect(dataset.recommendations[0]!.text.en).toBe(texts.recommendations[core.recommendations[0]!.id]!.text.en);
    // Fresh: asked again, nothing is requested and the same object comes back.
    expect(await client.fetchQuery(datasetQueries.detail(source, 'sub-1'))).toBe(dataset);
    expect(calls).toHaveLength(2);
  });

  test('the same core and texts give the same merged object (a refresh that finds nothing new recomputes nothing)', () => {
    const merged = mergedDataset(core, texts);
    expect(mergedDataset(core, texts)).toBe(merged);
    expect(mergedDataset(core, structuredClone(texts))).not.toBe(merged);
    expect(mergedDataset(core, structuredClone(texts))).toEqual(merged);
  });

  test('texts of another revision are a "schema" error naming the revision, and are not retried', async () => {
    const stale = { ...texts, revision: 'f'.repeat(64) };
    const mismatched = fakeSource({ core: async () => core, texts: async () => stale });
    calls.length = 0;
    const error = await queryClient()
      .fetchQuery(datasetQueries.detail(mismatched, 'sub-1'))
      .catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as DatasetLoadError).kind).toBe('schema');
    expect((error as DatasetLoadError).retryable).toBe(false);
    expect((error as DatasetLoadError).details.problems).toEqual([{ path: 'revision', message: expect.stringContaining('they were not built together') }]);
    expect(calls.map((call) => call.what).sort()).toEqual(['core', 'texts']);
  });

  test('a part that fails is tried as often as any document (three times), each try asking only for what is missing', async () => {
    let failures = 0;
    const flaky = fakeSource({
      core: async () => core,
      texts: async () => {
        if (failures++ < 2) throw new DatasetLoadError('network', 'offline');
        return texts;
      },
    });
    calls.length = 0;
    const dataset = await queryClient().fetchQuery(datasetQueries.detail(flaky, 'sub-1'));
    expect(dataset.recommendations).toHaveLength(core.recommendations.length);
    expect(calls.map((call) => call.what)).toEqual(['core', 'texts', 'texts', 'texts']);
  });

  test('splitting the merged dataset gives back the core and the texts it was merged from', () => {
    expect(splitDataset(mergedDataset(core, texts))).toEqual({ core, texts });
  });
});
