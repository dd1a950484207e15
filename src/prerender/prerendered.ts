/**
 * What a pre-rendered page tells the browser (docs/decisions/015-pre-render-and-language-in-path.md): the root
 * element carries the address it was rendered for, the revision of the data it was rendered
 * from and the queries it holds data of. main.tsx hydrates only when all three still hold;
 * anything else (another address, filters in the query, data changed without a rebuild, the
 * API configured) is rendered afresh. Shared by the pre-render and the browser; no React.
 */
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { DataSource } from '../sources/dataSource.ts';
import { datasetQueries } from '../sources/queries.ts';

/** The made-up origin the pre-render reads the built files from. */
export const PRERENDER_ORIGIN = 'http://prerender.invalid';

/** A query's name in the page: its key without the source's (which differs between the build and the browser). */
export const prerenderedQueryName = (key: QueryKey): string => JSON.stringify([key[0], ...key.slice(2)]);

export interface PrerenderMark {
  /** The address (path only) the markup was rendered for. */
  path: string;
  /** The dataset's revision (its sha256) the markup was rendered from. */
  revision: string;
  queries: string[];
}

export const markAttributes = (mark: PrerenderMark): Record<string, string> => ({
  'data-prerendered': mark.path,
  'data-revision': mark.revision,
  'data-queries': JSON.stringify(mark.queries),
});

/** The mark on a root element, if it holds a pre-rendered page; never throws. */
export function readMark(root: HTMLElement): PrerenderMark | undefined {
  const { prerendered: path, revision, queries } = root.dataset;
  if (!path || !revision || !queries || root.childElementCount === 0) return undefined;
  try {
    const names: unknown = JSON.parse(queries);
    return Array.isArray(names) && names.every((name) => typeof name === 'string') ? { path, revision, queries: names as string[] } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Loads into the cache the data a pre-rendered page was rendered from, through the app's own
 * query factories, so the first render in the browser sees what the pre-render saw. Undefined
 * when a name matches no factory (then the page is rendered afresh).
 */
export async function loadPrerenderedQueries(queryClient: QueryClient, source: DataSource, submissionId: string, names: readonly string[]): Promise<unknown[] | undefined> {
  const candidates = [
    datasetQueries.core(source, submissionId),
    datasetQueries.texts(source, submissionId),
    datasetQueries.detail(source, submissionId),
    datasetQueries.sourceDocument(source, submissionId),
    datasetQueries.responseText(source, submissionId),
  ];
  const loads = names.map((name) => {
    const options = candidates.find((candidate) => prerenderedQueryName(candidate.queryKey) === name);
    return options && (() => queryClient.fetchQuery(options as Parameters<QueryClient['fetchQuery']>[0]));
  });
  if (loads.some((load) => load === undefined)) return undefined;
  return Promise.all(loads.map((load) => load!()));
}
