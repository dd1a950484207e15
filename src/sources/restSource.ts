import type { z } from 'zod';
import { ID_PATTERNS } from '../domain/constants.ts';
import type { SubmissionSummary } from '../domain/submissions.ts';
import { DEFAULT_TIMEOUT_MS, type DataSource, type TokenHolder } from './dataSource.ts';
import { DatasetLoadError } from '../http/errors.ts';
import { errorForStatus, getText, parseBody } from '../http/http.ts';
import { lazySchema } from './lazySchemas.ts';

export interface RestSourceOptions {
  /** The API's root, e.g. "https://api.example.org/" (the paths below it start with v1/). */
  baseUrl: string;
  timeoutMs?: number;
}

/** More pages than any real list needs; a server that keeps answering with a next token is cut off here. */
const MAX_LIST_PAGES = 50;
const LIST_PAGE_SIZE = 100;
/** After this, a view that mounts or a window that regains focus checks the API for a newer version (a 304 costs little). */
export const API_STALE_TIME_MS = 5 * 60_000;

function createTokenHolder(): TokenHolder {
  let token: string | undefined;
  return {
    get: () => token,
    set: (value) => {
      token = value?.trim() || undefined;
    },
  };
}

/**
 * The submissions API (docs/api/openapi.yaml). Each answer is validated before it is
 * returned. A validated answer is kept with its ETag, and the next request for the same
 * URL sends If-None-Match: a 304 returns the kept value, so a refresh that finds nothing
 * new transfers no body and re-renders nothing.
 */
export function createRestSource({ baseUrl, timeoutMs = DEFAULT_TIMEOUT_MS }: RestSourceOptions): DataSource {
  const root = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const token = createTokenHolder();
  const lastGood = new Map<string, { etag: string; value: unknown }>();

  /** `schema` is still loading (lazySchemas.ts): it is awaited once the answer is in. */
  async function get<T>(path: string, schema: z.ZodType<T> | Promise<z.ZodType<T>>, signal?: AbortSignal): Promise<T> {
    const url = new URL(path, root).href;
    const kept = lastGood.get(url);
    const headers: Record<string, string> = {};
    const bearer = token.get();
    if (bearer) headers.Authorization = `Bearer ${bearer}`;
    if (kept) headers['If-None-Match'] = kept.etag;
    const response = await getText(url, { signal, timeoutMs, headers });
    if (response.status === 304 && kept) return kept.value as T;
    if (response.status !== 200) throw errorForStatus(url, response);
    const value = parseBody(await schema, response.body, url);
    const etag = response.headers.get('ETag');
    if (etag) lastGood.set(url, { etag, value });
    return value;
  }

  /** The contract's ids only: "." or ".." would otherwise resolve to another path of the API. */
  const submissionPath = (id: string) => {
    if (!ID_PATTERNS.submission.test(id)) {
      throw new DatasetLoadError('http', `"${id}" is not a submission id.`, { url: new URL('v1/submissions/', root).href, status: 404 });
    }
    return `v1/submissions/${id}`;
  };

  return {
    key: `rest:${root}`,
    staleTimeMs: API_STALE_TIME_MS,
    token,
    holdsMany: true,
    loadDataset: async (id, signal) => get(submissionPath(id), lazySchema('DatasetCore'), signal),
    loadTexts: async (id, signal) => get(`${submissionPath(id)}/texts`, lazySchema('DatasetTexts'), signal),
    loadSourceDocument: async (id, signal) => get(`${submissionPath(id)}/source`, lazySchema('SourceDocument'), signal),
    loadResponseText: async (id, signal) => get(`${submissionPath(id)}/response`, lazySchema('ResponseText'), signal),
    async listSubmissions(signal) {
      const all: SubmissionSummary[] = [];
      let pageToken: string | undefined;
      for (let page = 0; page < MAX_LIST_PAGES; page++) {
        const query = new URLSearchParams({ pageSize: String(LIST_PAGE_SIZE) });
        if (pageToken) query.set('pageToken', pageToken);
        const result = await get(`v1/submissions?${query}`, lazySchema('SubmissionPage'), signal);
        all.push(...result.submissions);
        if (!result.nextPageToken) return all;
        if (result.nextPageToken === pageToken) break;
        pageToken = result.nextPageToken;
      }
      throw new DatasetLoadError('schema', 'The submissions list did not end.', {
        url: new URL('v1/submissions', root).href,
        problems: [{ path: 'nextPageToken', message: `still present after ${MAX_LIST_PAGES} pages, or repeated` }],
      });
    },
  };
}
