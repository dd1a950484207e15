/**
 * The search runs in a Web Worker in the browser and on the main thread where there is no
 * Worker (jsdom): both paths must give the same hits, in the same order, as the index itself.
 * The worker is stood in for by the same handler behind a structured clone each way and an
 * asynchronous delivery, as a real worker's messages are (the browser tests load the real one).
 */
import { describe, expect, test } from 'vitest';
import { bundledDataset as dataset } from '../testing/datasetServer.ts';
import { buildRecommendationIndex, searchRecommendations } from './recommendationSearch.ts';
import { createSearchClient, searchSource, type SearchWorker } from './searchClient.ts';
import { createSearchHandler, type SearchRequest, type SearchResponse } from './searchProtocol.ts';

/** A worker in this thread: the handler the real worker runs, messages cloned and delivered later. */
function fakeWorker({ failToLoad = false } = {}): SearchWorker & { received: SearchRequest[] } {
  const handle = createSearchHandler();
  const listeners = { message: [] as ((event: MessageEvent<SearchResponse>) => void)[], error: [] as ((event: ErrorEvent) => void)[] };
  const received: SearchRequest[] = [];
  return {
    received,
    postMessage(message) {
      const request = structuredClone(message);
      received.push(request);
      setTimeout(() => {
        if (failToLoad) {
          for (const listener of listeners.error) listener({ message: 'not loaded' } as ErrorEvent);
          return;
        }
        const response = structuredClone(handle(request));
        for (const listener of listeners.message) listener({ data: response } as MessageEvent<SearchResponse>);
      }, 0);
    },
    addEventListener(type: 'message' | 'error', listener: never) {
      listeners[type].push(listener);
    },
    terminate() {},
  };
}

const QUERIES = [
  'parcel', 'small parcels', 'talent', 'SME', 'halal', 'innov', 'innovaton', 'ITF', 'Northern Metropolis', 'RMB 3,000', '2.5',
  '小額包裹', '小额包裹', '人才', '稅', '創科', '北部都會區', 'BUD專項基金', 'zebra crossing giraffe', '', '   ', '!!!',
];

describe('the same hits on both paths', () => {
  const direct = buildRecommendationIndex(dataset);

  test.each(QUERIES)('“%s”', async (query) => {
    const worker = fakeWorker();
    const viaWorker = createSearchClient(dataset, () => worker);
    const onMainThread = createSearchClient(dataset, () => undefined);
    await Promise.all([viaWorker.ready, onMainThread.ready]);
    expect(viaWorker.thread).toBe('worker');
    expect(onMainThread.thread).toBe('main');
    const expected = searchRecommendations(direct, query);
    expect(await viaWorker.search(query)).toEqual(expected);
    expect(await onMainThread.search(query)).toEqual(expected);
  });

  test('the queries above find something, and not everything', async () => {
    const found = QUERIES.map((query) => searchRecommendations(direct, query).length);
    expect(found.filter((n) => n > 0).length).toBeGreaterThan(QUERIES.length / 2);
    expect(Math.max(...found)).toBeLessThan(dataset.recommendations.length);
  });
});

describe('the worker', () => {
  test('is sent only what the index reads, and indexes it as it would the whole dataset', async () => {
    const worker = fakeWorker();
    const client = createSearchClient(dataset, () => worker);
    await client.ready;
    const [build] = worker.received;
    expect(build?.type).toBe('build');
    const sent = build?.type === 'build' ? build.source : undefined;
    expect(sent).toEqual(searchSource(dataset));
    expect(Object.keys(sent!.recommendations[0]!).sort()).toEqual(['id', 'industries', 'levers', 'schemeIds', 'sectionId', 'text', 'themes']);
    // A third of the dataset or less crosses the thread boundary.
    expect(JSON.stringify(sent).length).toBeLessThan(JSON.stringify(dataset).length / 2);
  });

  test('one that cannot load hands over to the main thread: the search still answers', async () => {
    const client = createSearchClient(dataset, () => fakeWorker({ failToLoad: true }));
    await client.ready;
    expect(client.thread).toBe('main');
    expect(await client.search('parcel')).toEqual(searchRecommendations(buildRecommendationIndex(dataset), 'parcel'));
  });

  test('one the browser refuses to create: the main thread', async () => {
    const client = createSearchClient(dataset, () => {
      throw new TypeError('Refused script URL');
    });
    await client.ready;
    expect(client.thread).toBe('main');
    expect((await client.search('talent')).length).toBeGreaterThan(0);
  });

  test('a search before the index is built waits for it; a closed client refuses', async () => {
    const client = createSearchClient(dataset, () => fakeWorker());
    const early = client.search('parcel');
    expect(await early).toEqual(searchRecommendations(buildRecommendationIndex(dataset), 'parcel'));
    client.close();
    await expect(client.search('parcel')).rejects.toThrow(/closed/);
  });
});

describe('the handler', () => {
  test('answers a search before any build with a failure, not a throw', () => {
    expect(createSearchHandler()({ type: 'search', id: 7, query: 'parcel' })).toEqual({ type: 'failed', id: 7, message: 'no index has been built' });
  });
});
