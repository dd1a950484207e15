/**
 * What the page and the search worker say to each other (decision 016). The worker builds
 * the index of one dataset and answers queries against it; the same handler runs on the
 * main thread where there is no Worker (jsdom, very old browsers), so both give the same
 * hits by construction, and a test checks it across the structured-clone boundary.
 *
 * Pure module: no DOM, no worker globals.
 */
import { buildRecommendationIndex, searchRecommendations, type RecommendationHit, type RecommendationIndex, type SearchSource } from './recommendationSearch.ts';

export type SearchRequest =
  /** Build the index of this source (replacing any other); answered by `built`. */
  | { type: 'build'; id: number; source: SearchSource }
  /** Search the index built last; answered by `hits`. */
  | { type: 'search'; id: number; query: string };

export type SearchResponse =
  | { type: 'built'; id: number; ms: number }
  | { type: 'hits'; id: number; hits: RecommendationHit[] }
  | { type: 'failed'; id: number; message: string };

/** The worker's side: keeps the index it built and answers each request in turn. */
export function createSearchHandler(now: () => number = () => performance.now()): (request: SearchRequest) => SearchResponse {
  let index: RecommendationIndex | undefined;
  return (request) => {
    try {
      if (request.type === 'build') {
        const start = now();
        index = buildRecommendationIndex(request.source);
        return { type: 'built', id: request.id, ms: now() - start };
      }
      if (!index) return { type: 'failed', id: request.id, message: 'no index has been built' };
      return { type: 'hits', id: request.id, hits: searchRecommendations(index, request.query) };
    } catch (error) {
      return { type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) };
    }
  };
}
