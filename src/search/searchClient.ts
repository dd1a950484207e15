/**
 * The search as the page uses it: the index of one dataset, built in a Web Worker where
 * the browser has one and on the main thread where it has not (jsdom in the tests), with
 * the same handler (searchProtocol.ts), so both answer alike.
 *
 * Pure of React; the worker itself is made by the caller (`createWorker`), which knows the
 * script's URL and the Trusted Types policy that vouches for it.
 */
import type { RecommendationHit, SearchSource } from './recommendationSearch.ts';
import type { SearchRequest, SearchResponse } from './searchProtocol.ts';

export interface SearchClient {
  /** Settles when the index is built (rejects if it could not be). */
  readonly ready: Promise<void>;
  /** The recommendations matching every term, best first (see searchRecommendations). */
  search(query: string): Promise<RecommendationHit[]>;
  /** Where the index is built: in a worker, or on the main thread. */
  readonly thread: 'worker' | 'main';
  /** Ends the worker; later searches fail. */
  close(): void;
}

/** Only what the index reads (a third of the dataset's size: no responses, asks, numbers or rules), to send to a worker. */
export function searchSource(dataset: SearchSource): SearchSource {
  const labelled = (items: SearchSource['themes']) => items.map(({ id, label }) => ({ id, label }));
  return {
    recommendations: dataset.recommendations.map(({ id, text, sectionId, themes, industries, levers, schemeIds }) => ({ id, text, sectionId, themes, industries, levers, schemeIds })),
    sections: dataset.sections.map(({ id, chapterId, title }) => ({ id, chapterId, title })),
    chapters: dataset.chapters.map(({ id, title }) => ({ id, title })),
    themes: labelled(dataset.themes),
    industries: labelled(dataset.industries),
    levers: labelled(dataset.levers),
    schemes: dataset.schemes.map(({ id, name, parentId }) => (parentId === undefined ? { id, name } : { id, name, parentId })),
  };
}

/** The part of a Worker the client uses (so a test can stand in for one). */
export interface SearchWorker {
  postMessage(message: SearchRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<SearchResponse>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

/**
 * A client for `source`. `createWorker` gives the worker, or undefined where there is none
 * (then the index is built here, after a yield, so the page can paint the "preparing" line).
 */
export function createSearchClient(source: SearchSource, createWorker: () => SearchWorker | undefined): SearchClient {
  let worker: SearchWorker | undefined;
  try {
    worker = createWorker();
  } catch {
    // A browser that refuses the worker (an old one, or a policy): the main thread will do.
    worker = undefined;
  }
  if (!worker) return mainThreadClient(source);
  // A worker that cannot load or build hands over to the main thread: the search still works.
  const viaWorker = workerClient(worker, searchSource(source));
  let active: SearchClient = viaWorker;
  const ready = viaWorker.ready.catch(() => {
    viaWorker.close();
    active = mainThreadClient(source);
    return active.ready;
  });
  return {
    ready,
    get thread() {
      return active.thread;
    },
    search: async (query) => {
      await ready;
      return active.search(query);
    },
    close: () => active.close(),
  };
}

/** A request without its id (the client numbers them). */
type SearchRequestBody = SearchRequest extends infer R ? (R extends SearchRequest ? Omit<R, 'id'> : never) : never;

function workerClient(worker: SearchWorker, source: SearchSource): SearchClient {
  let nextId = 0;
  const pending = new Map<number, { resolve: (response: SearchResponse) => void; reject: (error: Error) => void }>();
  let broken: Error | undefined;
  const failAll = (error: Error) => {
    broken = error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.addEventListener('message', (event) => {
    const waiting = pending.get(event.data.id);
    pending.delete(event.data.id);
    waiting?.resolve(event.data);
  });
  // A script that fails to load or throws at the top level: every request fails rather than waits forever.
  worker.addEventListener('error', (event) => failAll(new Error(`the search worker failed: ${event.message || 'it could not be loaded'}`)));
  const ask = (request: SearchRequestBody): Promise<SearchResponse> => {
    if (broken) return Promise.reject(broken);
    const id = nextId++;
    return new Promise<SearchResponse>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id });
    }).then((response) => {
      if (response.type === 'failed') throw new Error(response.message);
      return response;
    });
  };
  // Only what the index reads crosses over (structured clone, on this thread: a third of the dataset).
  const ready = ask({ type: 'build', source }).then(() => undefined);
  return {
    ready,
    thread: 'worker',
    search: async (query) => {
      await ready;
      const response = await ask({ type: 'search', query });
      return response.type === 'hits' ? response.hits : [];
    },
    close: () => {
      worker.terminate();
      failAll(new Error('the search was closed'));
    },
  };
}

function mainThreadClient(source: SearchSource): SearchClient {
  let closed = false;
  const handler = (async () => {
    const { createSearchHandler } = await import('./searchProtocol.ts');
    const handle = createSearchHandler();
    // Let the page paint first: building takes a while on a large dataset.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const built = handle({ type: 'build', id: 0, source });
    if (built.type === 'failed') throw new Error(built.message);
    return handle;
  })();
  return {
    ready: handler.then(() => undefined),
    thread: 'main',
    search: async (query) => {
      const handle = await handler;
      if (closed) throw new Error('the search was closed');
      const response = handle({ type: 'search', id: 0, query });
      if (response.type === 'failed') throw new Error(response.message);
      return response.type === 'hits' ? response.hits : [];
    },
    close: () => {
      closed = true;
    },
  };
}
