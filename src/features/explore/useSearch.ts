import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { SEARCH_WORKER, trustedWorkerUrl } from '../../config/trustedTypes.ts';
import type { Dataset } from '../../domain/dataset.ts';
import type { SearchClient } from '../../search/searchClient.ts';
import { useDataSource } from '../../sources/DataSourceContext.tsx';

/**
 * The search of one dataset at a time (the one asked for last): its index lives in a worker
 * and takes tens of MB at 10,000 recommendations, so the previous one is closed.
 */
let current: { key: string; client: Promise<SearchClient> } | undefined;

function searchClientFor(key: string, dataset: Dataset): Promise<SearchClient> {
  if (current?.key !== key) {
    void current?.client.then((client) => client.close());
    const client = import('../../search/searchClient.ts').then(({ createSearchClient }) =>
      createSearchClient(dataset, () =>
        // jsdom has no Worker: there (and only there) the index is built on the main thread.
        typeof Worker === 'undefined' ? undefined : new Worker(trustedWorkerUrl(SEARCH_WORKER.url), { type: SEARCH_WORKER.type, name: 'search' }),
      ),
    );
    current = { key, client };
  }
  return current.client;
}

/**
 * Relevance scores of the recommendations for a query, or undefined when there is no
 * query. The index is built off the main thread (decision 016) when someone first searches,
 * or earlier when they move to the search box (`prepare`); until it is ready `pending` is
 * true and the filters go on working.
 */
export function useSearch(dataset: Dataset, query: string) {
  const source = useDataSource();
  const key = `${source.key}|${dataset.submission.id}`;
  const [wanted, setWanted] = useState(false);
  const prepare = useCallback(() => setWanted(true), []);
  const index = useQuery({
    queryKey: ['search-index', source.key, dataset.submission.id],
    queryFn: async () => {
      const client = await searchClientFor(key, dataset);
      await client.ready;
      return client.thread;
    },
    enabled: query !== '' || wanted,
    staleTime: Infinity,
  });
  const scoreFor = useQuery({
    queryKey: ['search', source.key, dataset.submission.id, query],
    queryFn: async () => {
      const client = await searchClientFor(key, dataset);
      return new Map((await client.search(query)).map((hit) => [hit.id, hit.score]));
    },
    enabled: query !== '' && index.isSuccess,
    staleTime: Infinity,
  });
  if (query === '') return { scores: undefined, pending: false, prepare };
  return { scores: scoreFor.data, pending: !scoreFor.data, prepare };
}
