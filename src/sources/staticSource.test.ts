import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { withTexts } from '../domain/datasetTexts.ts';
import { DatasetLoadError } from '../http/errors.ts';
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
function serve(respond: () => Response | Promise<Response>): Request[] {
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

  test('returns the validated core from <base>data/<id>.json, asking for JSON (no texts requested)', async () => {
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

  test('any other submission id is "not found" without a request (a static host would answer with its HTML fallback)', async () => {
    const requests = serve(() => HttpResponse.html('<!doctype html><title>app</title>'));
    const error = await loadError('a b/../c?d');
    expect(requests).toEqual([]);
    expect([error.kind, error.details.status, error.retryable]).toEqual(['http', 404, false]);
    expect(error.details.url).toBe(`${BASE}data/a%20b%2F..%2Fc%3Fd.json`);
  });

  test('lists its one submission, summarised from the dataset', async () => {
    serve(() => HttpResponse.text(realJson, { headers: { 'Content-Type': 'application/json' } }));
    const dataset = JSON.parse(realJson);
    expect(await createStaticSource(BASE).listSubmissions()).toEqual([
      { id: ID, title: dataset.submission.title, author: dataset.submission.author, date: dataset.submission.date, recommendations: dataset.recommendations.length },
    ]);
  });

  test('an answer slower than the time limit → kind "timeout", retryable', async () => {
    serve(() => new Promise<Response>(() => {}));
    const error: unknown = await createStaticSource(BASE, { timeoutMs: 50 })
      .loadDataset(ID)
      .catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect([(error as DatasetLoadError).kind, (error as DatasetLoadError).details.timeoutMs, (error as DatasetLoadError).retryable]).toEqual(['timeout', 50, true]);
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
    expect(error.details).toEqual({ url: URL_OF_ID, received: 'html' });
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

describe('createStaticSource: the texts', () => {
  const TEXTS_URL = `${BASE}data/${ID}.texts.json`;
  const textsJson = readFileSync(new URL(`../../public/data/${ID}.texts.json`, import.meta.url), 'utf8');

  test('returns the validated texts from <base>data/<id>.texts.json, asking for JSON; with the core they make the full dataset', async () => {
    const requests = serve(() => HttpResponse.text(textsJson, { headers: { 'Content-Type': 'application/json' } }));
    const texts = await createStaticSource(BASE).loadTexts(ID);
    expect(requests.map((r) => [r.url, r.headers.get('Accept')])).toEqual([[TEXTS_URL, 'application/json']]);
    const expected = JSON.parse(textsJson) as { revision: string; recommendations: Record<string, { text: { en: string } }> };
    expect(texts.revision).toBe(expected.revision);
    expect(texts.recommendations['R-5.2-1']!.text.en).toBe(expected.recommendations['R-5.2-1']!.text.en);
    server.resetHandlers();
    serve(() => HttpResponse.text(realJson, { headers: { 'Content-Type': 'application/json' } }));
    const dataset = withTexts(await createStaticSource(BASE).loadDataset(ID), texts);
    expect(dataset.recommendations.find((rec) => rec.id === 'R-5.2-1')!.text.en).toBe(expected.recommendations['R-5.2-1']!.text.en);
  });

  test('any other submission id is "not found" without a request', async () => {
    const requests = serve(() => HttpResponse.html('<!doctype html><title>app</title>'));
    const error: unknown = await createStaticSource(BASE)
      .loadTexts('demo-chamber-2025-budget')
      .catch((reason: unknown) => reason);
    expect(requests).toEqual([]);
    expect([(error as DatasetLoadError).kind, (error as DatasetLoadError).details.status, (error as DatasetLoadError).details.url]).toEqual(['http', 404, `${BASE}data/demo-chamber-2025-budget.texts.json`]);
  });

  test('texts that fail their schema → kind "schema" with the paths of the problems', async () => {
    const broken = JSON.parse(textsJson) as { recommendations: Record<string, { text: { en?: string } }> };
    delete broken.recommendations['R-5.2-1']!.text.en;
    serve(() => HttpResponse.json(broken));
    const error: unknown = await createStaticSource(BASE)
      .loadTexts(ID)
      .catch((reason: unknown) => reason);
    expect((error as DatasetLoadError).kind).toBe('schema');
    expect((error as DatasetLoadError).details.problems?.map((p) => p.path)).toContain('recommendations.R-5.2-1.text.en');
  });
});

describe('createStaticSource: the response text', () => {
  const RESPONSE_URL = `${BASE}data/${ID}.response.json`;
  const responseJson = readFileSync(new URL(`../../public/data/${ID}.response.json`, import.meta.url), 'utf8');

  test('returns the validated text from <base>data/<id>.response.json, asking for JSON', async () => {
    const requests = serve(() => HttpResponse.text(responseJson, { headers: { 'Content-Type': 'application/json' } }));
    const text = await createStaticSource(BASE).loadResponseText(ID);
    const expected = JSON.parse(responseJson) as { submissionId: string; paragraphs: unknown[]; chapters: unknown[] };
    expect(text.submissionId).toBe(expected.submissionId);
    expect(text.paragraphs).toHaveLength(expected.paragraphs.length);
    expect(text.chapters).toHaveLength(expected.chapters.length);
    expect(requests.map((r) => r.url)).toEqual([RESPONSE_URL]);
    expect(requests[0]!.headers.get('Accept')).toBe('application/json');
  });

  test('any other submission id is "not found" without a request (the app bundles one response text)', async () => {
    const requests = serve(() => HttpResponse.html('<!doctype html><title>app</title>'));
    const error: unknown = await createStaticSource(BASE)
      .loadResponseText('demo-chamber-2025-budget')
      .catch((reason: unknown) => reason);
    expect(requests).toEqual([]);
    expect(error).toBeInstanceOf(DatasetLoadError);
    const { kind, details, retryable } = error as DatasetLoadError;
    expect([kind, details.status, retryable, details.url]).toEqual(['http', 404, false, `${BASE}data/demo-chamber-2025-budget.response.json`]);
  });

  test('a text that fails its schema → kind "schema" with the paths of the problems', async () => {
    const broken = JSON.parse(responseJson) as { paragraphs: { number: number }[] };
    broken.paragraphs[1]!.number = 7;
    serve(() => HttpResponse.json(broken));
    const error: unknown = await createStaticSource(BASE)
      .loadResponseText(ID)
      .catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as DatasetLoadError).kind).toBe('schema');
    expect((error as DatasetLoadError).details.problems?.map((p) => p.path)).toContain('paragraphs.1.number');
  });
});
