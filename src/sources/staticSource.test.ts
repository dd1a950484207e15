import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { DatasetLoadError } from './errors.ts';
import { createStaticSource } from './staticSource.ts';

const BASE = 'http://static.test/';
const ID = 'fhki-2025-policy-address';
const URL_OF_ID = `${BASE}data/${ID}.json`;
const realJson = readFileSync(new URL(`../../public/data/${ID}.json`, import.meta.url), 'utf8');

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Serves `respond` for every GET under BASE and records the requests. */
function serve(respond: () => Response): Request[] {
  const requests: Request[] = [];
  server.use(
    http.get(`${BASE}*`, ({ request }) => {
      requests.push(request);
      return respond();
    }),
  );
  return requests;
}

/** Loads and returns the DatasetLoadError it must throw. */
async function loadError(id = ID): Promise<DatasetLoadError> {
  const error: unknown = await createStaticSource(BASE)
    .loadDataset(id)
    .then(
      () => undefined,
      (reason: unknown) => reason,
    );
  expect(error).toBeInstanceOf(DatasetLoadError);
  return error as DatasetLoadError;
}

describe('createStaticSource', () => {
  test('its key names the base, so two bases never share a cache entry', () => {
    expect(createStaticSource(BASE).key).toBe('static:http://static.test/');
    expect(createStaticSource('http://other.test/').key).not.toBe(createStaticSource(BASE).key);
  });

  test('returns the validated dataset from <base>data/<id>.json, asking for JSON', async () => {
    const requests = serve(() => HttpResponse.text(realJson, { headers: { 'Content-Type': 'application/json' } }));
    const dataset = await createStaticSource(BASE).loadDataset(ID);
    expect(dataset.submission.id).toBe(ID);
    expect(dataset.recommendations.length).toBe(JSON.parse(realJson).recommendations.length);
    expect(requests.map((r) => r.url)).toEqual([URL_OF_ID]);
    expect(requests[0]!.headers.get('Accept')).toBe('application/json');
  });

  test('strips unknown fields on the way (what it returns is the parsed dataset)', async () => {
    serve(() => HttpResponse.json({ ...JSON.parse(realJson), extra: true }));
    expect(await createStaticSource(BASE).loadDataset(ID)).not.toHaveProperty('extra');
  });

  test('URL-encodes the submission id', async () => {
    const requests = serve(() => new HttpResponse(null, { status: 404 }));
    const error = await loadError('a b/../c?d');
    expect(requests.map((r) => r.url)).toEqual([`${BASE}data/a%20b%2F..%2Fc%3Fd.json`]);
    expect(error.details.url).toBe(`${BASE}data/a%20b%2F..%2Fc%3Fd.json`);
  });

  test('404 → kind "http", status 404, not retryable', async () => {
    serve(() => new HttpResponse('missing', { status: 404 }));
    const error = await loadError();
    expect(error.kind).toBe('http');
    expect(error.details).toEqual({ url: URL_OF_ID, status: 404 });
    expect(error.retryable).toBe(false);
    expect(error.message).toContain('404');
  });

  test('503 → kind "http", status 503, retryable', async () => {
    serve(() => new HttpResponse('busy', { status: 503 }));
    const error = await loadError();
    expect([error.kind, error.details.status, error.retryable]).toEqual(['http', 503, true]);
  });

  test('an HTML body → kind "not-json", not retryable', async () => {
    serve(() => HttpResponse.html('<!doctype html><html><body>SPA fallback</body></html>'));
    const error = await loadError();
    expect(error.kind).toBe('not-json');
    expect(error.details.url).toBe(URL_OF_ID);
    expect(error.retryable).toBe(false);
  });

  test('a schema failure → kind "schema" with the dotted paths of the problems', async () => {
    const broken = JSON.parse(realJson);
    broken.recommendations[0].page = 0;
    serve(() => HttpResponse.json(broken));
    const error = await loadError();
    expect(error.kind).toBe('schema');
    expect(error.retryable).toBe(false);
    expect(error.details.problems?.map((p) => p.path)).toContain('recommendations.0.page');
    expect(error.details.problems?.every((p) => p.message.length > 0)).toBe(true);
  });

  test('a document that is not an object → kind "schema" at "(document)"', async () => {
    serve(() => HttpResponse.json([]));
    const error = await loadError();
    expect(error.kind).toBe('schema');
    expect(error.details.problems).toEqual([{ path: '(document)', message: expect.any(String) }]);
  });

  test('a network error → kind "network", retryable', async () => {
    serve(() => HttpResponse.error());
    const error = await loadError();
    expect(error.kind).toBe('network');
    expect(error.retryable).toBe(true);
    expect(error.details).toEqual({ url: URL_OF_ID });
  });

  test('an abort is rethrown as is, not turned into a network error', async () => {
    serve(() => HttpResponse.json(JSON.parse(realJson)));
    const controller = new AbortController();
    controller.abort();
    const error: unknown = await createStaticSource(BASE)
      .loadDataset(ID, controller.signal)
      .catch((reason: unknown) => reason);
    expect(error).not.toBeInstanceOf(DatasetLoadError);
    expect((error as Error).name).toBe('AbortError');
  });
});
