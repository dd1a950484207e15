/**
 * The REST source against the mock submissions API (mocks/submissionsApi.ts, the contract
 * in docs/api/openapi.yaml) served by MSW in Node; single handlers override it for faults.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { delay, http, HttpResponse, passthrough } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
// eslint-disable-next-line import-x/no-restricted-paths -- test-only: the source is tested against the mock API it is meant to talk to
import { mockSubmissions } from '../../mocks/fixtures.ts';
// eslint-disable-next-line import-x/no-restricted-paths -- test-only, as above
import { submissionsApiHandlers, type MockApiOptions } from '../../mocks/submissionsApi.ts';
import type { Dataset } from '../domain/dataset.ts';
import { splitDataset, withTexts } from '../domain/datasetTexts.ts';
import { summarizeSubmission, type SubmissionSummary } from '../domain/submissions.ts';
import { DatasetLoadError } from '../http/errors.ts';
import { createRestSource } from './restSource.ts';

const BASE = 'http://api.test/';
const submissions = mockSubmissions();
const [bundled, synthetic] = submissions as [(typeof submissions)[number], (typeof submissions)[number]];
const ID = bundled.dataset.submission.id;
const OTHER_ID = synthetic.dataset.submission.id;
const DATASET_URL = `${BASE}v1/submissions/${ID}`;
const bundledJson = bundled.datasetJson ?? JSON.stringify(bundled.dataset);

const apiHandlers = (options: Partial<MockApiOptions> = {}) => submissionsApiHandlers({ baseUrl: BASE, submissions, ...options });

const server = setupServer(...apiHandlers());

/** Every exchange with the server in this test, in order (the response is a clone, free to read). */
let exchanges: { request: Request; response: Response }[] = [];
/** Every request, including those that got no response (network errors, timeouts, aborts). */
let requests: Request[] = [];

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  server.events.on('request:start', ({ request }) => requests.push(request));
  server.events.on('response:mocked', ({ request, response }) => exchanges.push({ request, response: response.clone() }));
});
beforeEach(() => {
  exchanges = [];
  requests = [];
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Serves `respond` for every GET under BASE, before the mock API's own handlers. */
function serve(respond: (request: Request) => Response | Promise<Response>): void {
  server.use(http.get(`${BASE}*`, ({ request }) => respond(request)));
}

const json = (body: string, headers: Record<string, string> = {}) =>
  new HttpResponse(body, { status: 200, headers: { 'Content-Type': 'application/json', ...headers } });

/** The DatasetLoadError that `promise` must reject with. */
async function failure(promise: Promise<unknown>): Promise<DatasetLoadError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DatasetLoadError);
  return error as DatasetLoadError;
}

const loadError = (id = ID, timeoutMs?: number) => failure(createRestSource({ baseUrl: BASE, ...(timeoutMs !== undefined && { timeoutMs }) }).loadDataset(id));

/** The title and detail of the problem body the server sent in the exchange at `index`. */
async function problemSent(index: number): Promise<{ title?: string; detail?: string }> {
  const { title, detail } = (await exchanges[index]!.response.json()) as { title?: string; detail?: string };
  return { title, detail };
}

describe('createRestSource: identity', () => {
  test('its key is "rest:" and the base with a trailing slash, whether or not the base ends in one', () => {
    expect(createRestSource({ baseUrl: BASE }).key).toBe(`rest:${BASE}`);
    expect(createRestSource({ baseUrl: 'http://api.test' }).key).toBe(`rest:${BASE}`);
    expect(createRestSource({ baseUrl: 'http://other.test/' }).key).not.toBe(createRestSource({ baseUrl: BASE }).key);
  });

  test('it holds many submissions, can send a token, and its data goes stale after a finite time', () => {
    const source = createRestSource({ baseUrl: BASE });
    expect(source.holdsMany).toBe(true);
    expect(source.token).toBeDefined();
    expect(Number.isFinite(source.staleTimeMs)).toBe(true);
    expect(source.staleTimeMs).toBeGreaterThan(0);
  });

  test('a base without a trailing slash requests the same URLs', async () => {
    await createRestSource({ baseUrl: BASE }).loadDataset(ID);
    await createRestSource({ baseUrl: 'http://api.test' }).loadDataset(ID);
    expect(requests.map((r) => r.url)).toEqual([DATASET_URL, DATASET_URL]);
  });

  test('paths are resolved below a base that has a path of its own, with or without its trailing slash', async () => {
    server.use(...submissionsApiHandlers({ baseUrl: `${BASE}mock-api/`, submissions }));
    for (const baseUrl of [`${BASE}mock-api/`, `${BASE}mock-api`]) {
      const dataset = await createRestSource({ baseUrl }).loadDataset(ID);
      expect(dataset.submission.id).toBe(ID);
    }
    expect(requests.map((r) => r.url)).toEqual([`${BASE}mock-api/v1/submissions/${ID}`, `${BASE}mock-api/v1/submissions/${ID}`]);
  });
});

describe('createRestSource: loading', () => {
  test('loadDataset GETs <base>v1/submissions/<id> asking for JSON and returns the validated core', async () => {
    const dataset = await createRestSource({ baseUrl: BASE }).loadDataset(ID);
    expect(requests.map((r) => [r.method, r.url])).toEqual([['GET', DATASET_URL]]);
    expect(requests[0]!.headers.get('Accept')).toBe('application/json');
    expect(dataset.recommendations.length).toBe(bundled.dataset.recommendations.length);
    expect(dataset).toEqual(splitDataset(bundled.dataset).core);
  });

  test('loadTexts GETs <base>v1/submissions/<id>/texts and returns the validated texts, which merge with the core into the dataset', async () => {
    const source = createRestSource({ baseUrl: BASE });
    for (const { dataset } of submissions) {
      requests = [];
      const id = dataset.submission.id;
      const texts = await source.loadTexts(id);
      expect(requests.map((r) => [r.method, r.url, r.headers.get('Accept')])).toEqual([['GET', `${BASE}v1/submissions/${id}/texts`, 'application/json']]);
      expect(texts).toEqual(splitDataset(dataset).texts);
      expect(withTexts(await source.loadDataset(id), texts)).toEqual(dataset);
    }
  });

  test('texts that fail their schema are a "schema" error naming the field, not retryable', async () => {
    const texts = JSON.parse(bundled.textsJson!) as { recommendations: Record<string, { text?: unknown }> };
    delete texts.recommendations['R-5.2-1']!.text;
    serve(() => json(JSON.stringify(texts)));
    const error = await failure(createRestSource({ baseUrl: BASE }).loadTexts(ID));
    expect([error.kind, error.retryable]).toEqual(['schema', false]);
    expect(error.details.problems).toContainEqual({ path: 'recommendations.R-5.2-1.text', message: expect.any(String) });
  });

  test('an id outside the contract is "not found" for the texts too, without a request', async () => {
    const error = await failure(createRestSource({ baseUrl: BASE }).loadTexts('..'));
    expect(requests).toEqual([]);
    expect([error.kind, error.details.status]).toEqual(['http', 404]);
  });

  test('loadDataset loads each submission the API holds', async () => {
    const source = createRestSource({ baseUrl: BASE });
    for (const { dataset } of submissions) {
      const loaded = await source.loadDataset(dataset.submission.id);
      expect(loaded.submission.id).toBe(dataset.submission.id);
      expect(loaded.recommendations.length).toBe(dataset.recommendations.length);
    }
  });

  test.each(['a b/../c?d#e', '.', '..', 'UPPER', ''])('an id outside the contract (%j) is "not found" without a request, never another path of the API', async (id) => {
    serve(() => new HttpResponse(null, { status: 500 }));
    const error = await loadError(id);
    expect(requests).toEqual([]);
    expect([error.kind, error.details.status, error.retryable]).toEqual(['http', 404, false]);
  });

  test('unknown fields are stripped (what it returns is the zod-parsed dataset)', async () => {
    serve(() => json(JSON.stringify({ ...JSON.parse(bundledJson), publishedBy: 'a newer API' })));
    expect(await createRestSource({ baseUrl: BASE }).loadDataset(ID)).not.toHaveProperty('publishedBy');
  });

  test('loadSourceDocument GETs <base>v1/submissions/<id>/source and returns the validated document', async () => {
    const document = await createRestSource({ baseUrl: BASE }).loadSourceDocument(OTHER_ID);
    expect(requests.map((r) => r.url)).toEqual([`${BASE}v1/submissions/${OTHER_ID}/source`]);
    expect(requests[0]!.headers.get('Accept')).toBe('application/json');
    expect(document).toEqual(synthetic.sourceDocument);
  });

  test('loadResponseText GETs <base>v1/submissions/<id>/response and returns the validated text', async () => {
    const text = await createRestSource({ baseUrl: BASE }).loadResponseText(ID);
    expect(requests.map((r) => r.url)).toEqual([`${BASE}v1/submissions/${ID}/response`]);
    expect(requests[0]!.headers.get('Accept')).toBe('application/json');
    expect(text).toEqual(bundled.responseText);
  });

  test('a submission not answered yet has no response text: the API’s 404, with its problem, not retryable', async () => {
    expect(synthetic.responseText).toBeUndefined();
    const error = await failure(createRestSource({ baseUrl: BASE }).loadResponseText(OTHER_ID));
    expect(requests.map((r) => r.url)).toEqual([`${BASE}v1/submissions/${OTHER_ID}/response`]);
    expect([error.kind, error.details.status, error.retryable]).toEqual(['http', 404, false]);
    expect(error.details.problem).toEqual(await problemSent(0));
  });

  test('an id outside the contract is "not found" for the response text too, without a request', async () => {
    const error = await failure(createRestSource({ baseUrl: BASE }).loadResponseText('..'));
    expect(requests).toEqual([]);
    expect([error.kind, error.details.status]).toEqual(['http', 404]);
  });
});

describe('createRestSource: ETag revalidation', () => {
  test('the second load sends If-None-Match with the first ETag, gets 304 and returns the very same object', async () => {
    const source = createRestSource({ baseUrl: BASE });
    const first = await source.loadDataset(ID);
    const second = await source.loadDataset(ID);
    expect(second).toBe(first);

    expect(exchanges.map((e) => e.response.status)).toEqual([200, 304]);
    const etag = exchanges[0]!.response.headers.get('ETag');
    expect(etag).toBeTruthy();
    expect(exchanges[0]!.request.headers.get('If-None-Match')).toBeNull();
    expect(exchanges[1]!.request.headers.get('If-None-Match')).toBe(etag);
  });

  test('the texts are revalidated the same way: 304, the very same object', async () => {
    const source = createRestSource({ baseUrl: BASE });
    const first = await source.loadTexts(ID);
    const second = await source.loadTexts(ID);
    expect(second).toBe(first);
    expect(exchanges.map((e) => e.response.status)).toEqual([200, 304]);
    expect(exchanges[1]!.request.headers.get('If-None-Match')).toBe(exchanges[0]!.response.headers.get('ETag'));
  });

  test('the response text is revalidated the same way: 304, the very same object', async () => {
    const source = createRestSource({ baseUrl: BASE });
    const first = await source.loadResponseText(ID);
    const second = await source.loadResponseText(ID);
    expect(second).toBe(first);
    expect(exchanges.map((e) => e.response.status)).toEqual([200, 304]);
    expect(exchanges[1]!.request.headers.get('If-None-Match')).toBe(exchanges[0]!.response.headers.get('ETag'));
  });

  test('when the server has a new version (a new ETag) the new data is returned, and its ETag is sent next', async () => {
    const source = createRestSource({ baseUrl: BASE });
    const first = await source.loadDataset(ID);
    const oldEtag = exchanges[0]!.response.headers.get('ETag');

    const changed = JSON.parse(bundledJson) as Dataset;
    changed.submission.title.en = `${changed.submission.title.en} (revised)`;
    const newEtag = '"changed-version"';
    serve((request) =>
      request.headers.get('If-None-Match') === newEtag ? new HttpResponse(null, { status: 304, headers: { ETag: newEtag } }) : json(JSON.stringify(changed), { ETag: newEtag }),
    );

    const second = await source.loadDataset(ID);
    expect(exchanges[1]!.request.headers.get('If-None-Match')).toBe(oldEtag);
    expect(second).not.toBe(first);
    expect(second.submission.title.en).toBe(changed.submission.title.en);
    expect(first.submission.title.en).toBe(bundled.dataset.submission.title.en);

    const third = await source.loadDataset(ID);
    expect(exchanges[2]!.request.headers.get('If-None-Match')).toBe(newEtag);
    expect(third).toBe(second);
  });

  test('each URL keeps its own ETag, and a new source starts with none', async () => {
    const source = createRestSource({ baseUrl: BASE });
    await source.loadDataset(ID);
    await source.loadSourceDocument(ID);
    await source.loadResponseText(ID);
    await source.loadDataset(OTHER_ID);
    await createRestSource({ baseUrl: BASE }).loadDataset(ID);
    expect(exchanges.map((e) => [e.request.headers.get('If-None-Match'), e.response.status])).toEqual([
      [null, 200],
      [null, 200],
      [null, 200],
      [null, 200],
      [null, 200],
    ]);
  });

  test('an answer without an ETag is not revalidated', async () => {
    serve(() => json(bundledJson));
    const source = createRestSource({ baseUrl: BASE });
    const first = await source.loadDataset(ID);
    const second = await source.loadDataset(ID);
    expect(requests.map((r) => r.headers.get('If-None-Match'))).toEqual([null, null]);
    expect(second).toEqual(first);
  });

  test('a 304 to a request that sent no ETag is an "http" error, not an empty success', async () => {
    serve(() => new HttpResponse(null, { status: 304 }));
    const error = await loadError();
    expect([error.kind, error.details.status, error.retryable]).toEqual(['http', 304, false]);
  });
});

describe('createRestSource: the bearer token', () => {
  test('without a token no Authorization header is sent', async () => {
    const source = createRestSource({ baseUrl: BASE });
    expect(source.token!.get()).toBeUndefined();
    await source.loadDataset(ID);
    expect(requests[0]!.headers.get('Authorization')).toBeNull();
  });

  test('a token that is set is sent as "Bearer <token>" on every request, never in the URL', async () => {
    const source = createRestSource({ baseUrl: BASE });
    source.token!.set('abc');
    expect(source.token!.get()).toBe('abc');
    await source.loadDataset(ID);
    await source.loadSourceDocument(ID);
    await source.loadResponseText(ID);
    await source.listSubmissions();
    expect(requests).toHaveLength(4);
    for (const request of requests) {
      expect(request.headers.get('Authorization')).toBe('Bearer abc');
      expect(request.url).not.toContain('abc');
    }
  });

  test('a token is trimmed when set', async () => {
    const source = createRestSource({ baseUrl: BASE });
    source.token!.set('  abc\n');
    expect(source.token!.get()).toBe('abc');
    await source.loadDataset(ID);
    expect(requests[0]!.headers.get('Authorization')).toBe('Bearer abc');
  });

  test.each([['blank', '  '], ['empty', ''], ['undefined', undefined]])('setting a %s token clears it', async (_case, value) => {
    const source = createRestSource({ baseUrl: BASE });
    source.token!.set('abc');
    source.token!.set(value);
    expect(source.token!.get()).toBeUndefined();
    await source.loadDataset(ID);
    expect(requests[0]!.headers.get('Authorization')).toBeNull();
  });

  describe('against an API that requires a token', () => {
    beforeEach(() => server.use(...apiHandlers({ tokens: { everything: 'all', narrow: [OTHER_ID] } })));

    test('no token → "http" 401 with the title of the problem body, not retryable', async () => {
      const error = await loadError();
      expect(error.kind).toBe('http');
      expect(error.details.status).toBe(401);
      expect(error.details.problem).toEqual(await problemSent(0));
      expect(error.details.problem?.title).toBeTruthy();
      expect(error.retryable).toBe(false);
    });

    test('an unknown token → 401 as well', async () => {
      const source = createRestSource({ baseUrl: BASE });
      source.token!.set('forged');
      const error = await failure(source.loadDataset(ID));
      expect([error.kind, error.details.status]).toEqual(['http', 401]);
      expect(error.details.problem).toEqual(await problemSent(0));
    });

    test('a token that may not read this submission → "http" 403, not retryable', async () => {
      const source = createRestSource({ baseUrl: BASE });
      source.token!.set('narrow');
      const error = await failure(source.loadDataset(ID));
      expect([error.kind, error.details.status, error.retryable]).toEqual(['http', 403, false]);
      expect(error.details.problem).toEqual(await problemSent(0));
      expect((await source.loadDataset(OTHER_ID)).submission.id).toBe(OTHER_ID);
    });

    test('the list shows what the token may read', async () => {
      const source = createRestSource({ baseUrl: BASE });
      source.token!.set('narrow');
      expect((await source.listSubmissions()).map((s) => s.id)).toEqual([OTHER_ID]);
      source.token!.set('everything');
      expect((await source.listSubmissions()).map((s) => s.id)).toEqual(submissions.map((s) => s.dataset.submission.id));
    });
  });
});

describe('createRestSource: listSubmissions', () => {
  const summaries = submissions.map((s) => summarizeSubmission(s.dataset));

  test('returns the summaries of every submission the API holds, in order', async () => {
    expect(await createRestSource({ baseUrl: BASE }).listSubmissions()).toEqual(summaries);
    expect(requests.map((r) => new URL(r.url).pathname)).toEqual(['/v1/submissions']);
  });

  test('follows nextPageToken page by page, sending pageSize and pageToken, and returns all in order', async () => {
    const pages: SubmissionSummary[] = [summaries[0]!, summaries[1]!, { ...summaries[0]!, id: 'third-submission' }];
    const tokens = [undefined, 'page-2', 'page-3'];
    server.use(
      http.get(`${BASE}v1/submissions`, ({ request }) => {
        const index = tokens.indexOf(new URL(request.url).searchParams.get('pageToken') ?? undefined);
        if (index < 0) return new HttpResponse(null, { status: 400 });
        return HttpResponse.json({ submissions: [pages[index]], ...(tokens[index + 1] && { nextPageToken: tokens[index + 1] }) });
      }),
    );

    expect(await createRestSource({ baseUrl: BASE }).listSubmissions()).toEqual(pages);

    const queries = requests.map((r) => new URL(r.url).searchParams);
    expect(queries.map((q) => q.get('pageToken'))).toEqual([null, 'page-2', 'page-3']);
    const sizes = queries.map((q) => q.get('pageSize'));
    expect(sizes[0]).toMatch(/^[1-9]\d*$/);
    expect(new Set(sizes)).toEqual(new Set([sizes[0]]));
  });

  test('a server that repeats the same nextPageToken forever → "schema" error on nextPageToken, not an endless loop', async () => {
    server.use(http.get(`${BASE}v1/submissions`, () => HttpResponse.json({ submissions: [summaries[0]], nextPageToken: 'again' })));
    const error = await failure(createRestSource({ baseUrl: BASE }).listSubmissions());
    expect(error.kind).toBe('schema');
    expect(error.retryable).toBe(false);
    expect(error.details.problems?.map((p) => p.path)).toEqual(['nextPageToken']);
    expect(requests.length).toBeLessThanOrEqual(2);
  });

  test('a server whose tokens change but never end → "schema" error after a bounded number of pages', async () => {
    let served = 0;
    server.use(http.get(`${BASE}v1/submissions`, () => HttpResponse.json({ submissions: [], nextPageToken: `t${++served}` })));
    const error = await failure(createRestSource({ baseUrl: BASE }).listSubmissions());
    expect(error.kind).toBe('schema');
    expect(error.details.problems?.map((p) => p.path)).toEqual(['nextPageToken']);
    expect(served).toBeGreaterThan(2);
    expect(served).toBeLessThanOrEqual(1000);
  });

  test('a failing later page fails the whole list', async () => {
    server.use(
      http.get(`${BASE}v1/submissions`, ({ request }) =>
        new URL(request.url).searchParams.has('pageToken') ? new HttpResponse('down', { status: 502 }) : HttpResponse.json({ submissions: [summaries[0]], nextPageToken: 'next' }),
      ),
    );
    const error = await failure(createRestSource({ baseUrl: BASE }).listSubmissions());
    expect([error.kind, error.details.status, error.retryable]).toEqual(['http', 502, true]);
  });

  test('a page that does not match the contract → "schema" error with the path', async () => {
    server.use(http.get(`${BASE}v1/submissions`, () => HttpResponse.json({ submissions: [{ ...summaries[0], recommendations: -1 }] })));
    const error = await failure(createRestSource({ baseUrl: BASE }).listSubmissions());
    expect(error.kind).toBe('schema');
    expect(error.details.problems?.map((p) => p.path)).toContain('submissions.0.recommendations');
  });
});

describe('createRestSource: failures', () => {
  test('500 → "http", status 500, retryable', async () => {
    serve(() => new HttpResponse('Internal error', { status: 500 }));
    const error = await loadError();
    expect(error.kind).toBe('http');
    expect(error.details).toEqual({ url: DATASET_URL, status: 500 });
    expect(error.retryable).toBe(true);
    expect(error.message).toContain('500');
  });

  test('503 with Retry-After: 7 → retryAfterMs 7000, retryable', async () => {
    serve(() => new HttpResponse('busy', { status: 503, headers: { 'Retry-After': '7' } }));
    const error = await loadError();
    expect([error.kind, error.details.status, error.details.retryAfterMs, error.retryable]).toEqual(['http', 503, 7000, true]);
  });

  test('429 with an HTTP-date Retry-After → retryAfterMs is the time until that date, retryable', async () => {
    const waitMs = 30_000;
    serve(() => new HttpResponse(null, { status: 429, headers: { 'Retry-After': new Date(Date.now() + waitMs).toUTCString() } }));
    const error = await loadError();
    expect([error.kind, error.details.status, error.retryable]).toEqual(['http', 429, true]);
    // An HTTP date has whole seconds: up to one second is lost, plus the time the request took.
    expect(error.details.retryAfterMs).toBeGreaterThan(waitMs - 3000);
    expect(error.details.retryAfterMs).toBeLessThanOrEqual(waitMs);
  });

  test('404 with a problem+json body (the mock API, unknown id) → status 404, the title and detail, not retryable', async () => {
    const error = await loadError('no-such-submission');
    expect(exchanges[0]!.response.headers.get('Content-Type')).toBe('application/problem+json');
    expect([error.kind, error.details.status, error.retryable]).toEqual(['http', 404, false]);
    const sent = await problemSent(0);
    expect(sent.title).toBeTruthy();
    expect(sent.detail).toBeTruthy();
    expect(error.details.problem).toEqual(sent);
    expect(error.details.retryAfterMs).toBeUndefined();
  });

  test('a network error → "network", retryable', async () => {
    serve(() => HttpResponse.error());
    const error = await loadError();
    expect(error.kind).toBe('network');
    expect(error.details).toEqual({ url: DATASET_URL });
    expect(error.retryable).toBe(true);
  });

  test('no answer within timeoutMs → "timeout" with details.timeoutMs, retryable', async () => {
    serve(async () => {
      await delay('infinite');
      return json(bundledJson);
    });
    const started = performance.now();
    const error = await loadError(ID, 50);
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
    expect(error.kind).toBe('timeout');
    expect(error.details).toEqual({ url: DATASET_URL, timeoutMs: 50 });
    expect(error.retryable).toBe(true);
  });

  test('the time limit covers the body too: headers in time and a body that never ends → "timeout"', async () => {
    // A real socket: a mocked response's body is not tied to the request's abort signal.
    const stalling = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.write(bundledJson.slice(0, 100));
    });
    await new Promise<void>((resolve) => stalling.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(stalling.address() as AddressInfo).port}/`;
    server.use(http.get(`${origin}*`, () => passthrough()));
    try {
      const error = await failure(createRestSource({ baseUrl: origin, timeoutMs: 100 }).loadDataset(ID));
      expect([error.kind, error.details.timeoutMs]).toEqual(['timeout', 100]);
    } finally {
      stalling.closeAllConnections();
      stalling.close();
    }
  });

  test('truncated JSON (the real body cut in half) → "not-json", received "malformed", not retryable', async () => {
    serve(() => json(bundledJson.slice(0, Math.floor(bundledJson.length / 2))));
    const error = await loadError();
    expect(error.kind).toBe('not-json');
    expect(error.details).toEqual({ url: DATASET_URL, received: 'malformed' });
    expect(error.retryable).toBe(false);
  });

  test('an HTML page (a login or proxy page) → "not-json", received "html"', async () => {
    serve(() => HttpResponse.html('\n  <!doctype html><html><body>Sign in</body></html>'));
    const error = await loadError();
    expect(error.details).toEqual({ url: DATASET_URL, received: 'html' });
    expect(error.kind).toBe('not-json');
  });

  test.each([['empty', ''], ['whitespace-only', ' \n ']])('an %s 200 body → "not-json", received "empty"', async (_case, body) => {
    serve(() => json(body));
    const error = await loadError();
    expect([error.kind, error.details.received]).toEqual(['not-json', 'empty']);
  });

  test('a dataset with a wrong field → "schema" with the dotted path among the problems, not retryable', async () => {
    const broken = JSON.parse(bundledJson) as { recommendations: Record<string, unknown>[] };
    broken.recommendations[0]!.page = 'one';
    server.use(...apiHandlers({ submissions: [{ ...bundled, datasetJson: JSON.stringify(broken) }] }));
    const error = await loadError();
    expect(error.kind).toBe('schema');
    expect(error.details.url).toBe(DATASET_URL);
    expect(error.details.problems?.map((p) => p.path)).toContain('recommendations.0.page');
    expect(error.details.problems?.every((p) => p.message.length > 0)).toBe(true);
    expect(error.retryable).toBe(false);
  });

  test('a failed validation is not kept: the next load asks again without If-None-Match', async () => {
    serve(() => json('{}', { ETag: '"bad"' }));
    const source = createRestSource({ baseUrl: BASE });
    await failure(source.loadDataset(ID));
    await failure(source.loadDataset(ID));
    expect(requests.map((r) => r.headers.get('If-None-Match'))).toEqual([null, null]);
  });

  test("a caller's abort before the request → rejects with the AbortError itself, not a DatasetLoadError", async () => {
    const controller = new AbortController();
    controller.abort();
    const error: unknown = await createRestSource({ baseUrl: BASE })
      .loadDataset(ID, controller.signal)
      .catch((reason: unknown) => reason);
    expect(error).not.toBeInstanceOf(DatasetLoadError);
    expect(error).toBe(controller.signal.reason);
    expect((error as Error).name).toBe('AbortError');
  });

  test("a caller's abort while waiting for the answer → rejects with the AbortError itself, not a timeout", async () => {
    serve(async () => {
      await delay('infinite');
      return json(bundledJson);
    });
    const controller = new AbortController();
    const pending = createRestSource({ baseUrl: BASE, timeoutMs: 5000 })
      .loadDataset(ID, controller.signal)
      .catch((reason: unknown) => reason);
    await expect.poll(() => requests.length).toBe(1);
    controller.abort();
    const error = await pending;
    expect(error).not.toBeInstanceOf(DatasetLoadError);
    expect(error).toBe(controller.signal.reason);
    expect((error as Error).name).toBe('AbortError');
  });
});
