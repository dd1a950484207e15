/**
 * The mock API behind a real node:http server (what the browser tests and `npm run api:mock`
 * use): real fetch over TCP gets the same answers as through MSW, request headers reach the
 * handlers, HttpResponse.error() looks like a dropped connection, and close() really closes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mockSubmissions } from './fixtures.ts';
import { startMockHttpServer, type RunningServer } from './httpServer.ts';
import { etagOf, submissionsApiHandlers } from './submissionsApi.ts';

const fixtures = mockSubmissions();
const FHKI_ID = fixtures[0]!.dataset.submission.id;
const bundledDatasetText = readFileSync(resolve('public/data/fhki-2025-policy-address.json'), 'utf8');
const bundledResponseText = readFileSync(resolve('public/data/fhki-2025-policy-address.response.json'), 'utf8');
const UNANSWERED_ID = fixtures.find((fixture) => fixture.dataset.responseDocument === undefined)!.dataset.submission.id;

let server: RunningServer;
let handlersUrl: string | undefined;

beforeAll(async () => {
  server = await startMockHttpServer((url) => {
    handlersUrl = url;
    return submissionsApiHandlers({ baseUrl: url, submissions: mockSubmissions() });
  });
});
afterAll(() => server.close());

describe('startMockHttpServer', () => {
  test('listens on an ephemeral localhost port and builds the handlers from its own URL', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(handlersUrl).toBe(server.url);
  });

  test('lists the submissions over real HTTP with 200, a strong ETag and CORS headers', async () => {
    const response = await fetch(`${server.url}v1/submissions`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json\b/);
    expect(response.headers.get('ETag')).toMatch(/^"[^"]+"$/);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const body = (await response.json()) as { submissions: { id: string; recommendations: number }[] };
    expect(body.submissions.map(({ id, recommendations }) => ({ id, recommendations }))).toEqual(
      fixtures.map(({ dataset }) => ({ id: dataset.submission.id, recommendations: dataset.recommendations.length })),
    );
  });

  test('serves a dataset with 200 and its ETag, then 304 with no body when If-None-Match sends that ETag back', async () => {
    const first = await fetch(`${server.url}v1/submissions/${FHKI_ID}`);
    expect(first.status).toBe(200);
    expect(await first.text()).toBe(bundledDatasetText);
    const etag = first.headers.get('ETag');
    expect(etag).toBe(etagOf(bundledDatasetText));

    const second = await fetch(`${server.url}v1/submissions/${FHKI_ID}`, { headers: { 'If-None-Match': etag! } });
    expect(second.status).toBe(304);
    expect(await second.text()).toBe('');
    expect(second.headers.get('ETag')).toBe(etag);
  });

  test('serves the response text of the answered submission with 200 and its ETag, and 304 on revalidation', async () => {
    const first = await fetch(`${server.url}v1/submissions/${FHKI_ID}/response`);
    expect(first.status).toBe(200);
    expect(first.headers.get('Content-Type')).toMatch(/^application\/json\b/);
    expect(await first.text()).toBe(bundledResponseText);
    const etag = first.headers.get('ETag');
    expect(etag).toBe(etagOf(bundledResponseText));

    const second = await fetch(`${server.url}v1/submissions/${FHKI_ID}/response`, { headers: { 'If-None-Match': etag! } });
    expect(second.status).toBe(304);
    expect(await second.text()).toBe('');
  });

  test('answers the response text of a submission not answered yet with the API’s 404 problem', async () => {
    const response = await fetch(`${server.url}v1/submissions/${UNANSWERED_ID}/response`);
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/problem\+json\b/);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(await response.json()).toMatchObject({ title: expect.any(String), status: 404, detail: expect.stringContaining(UNANSWERED_ID) });
  });

  test('answers a path no handler matches with a 404 problem', async () => {
    const response = await fetch(`${server.url}no/such/path`);
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/problem\+json\b/);
    // Readable by a page on another origin, like the API's own answers.
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(await response.json()).toMatchObject({ title: expect.any(String), status: 404 });
  });

  test('answers an unknown submission with the API’s own 404 problem', async () => {
    const response = await fetch(`${server.url}v1/submissions/no-such-submission`);
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/problem\+json\b/);
    expect(await response.json()).toMatchObject({ title: expect.any(String), status: 404 });
  });

  test('answers the CORS preflight over real HTTP with 204', async () => {
    const response = await fetch(`${server.url}v1/submissions`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://app.test', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Headers')).toMatch(/\bAuthorization\b/i);
  });

  test('passes request headers through to the handlers (a bearer token is honoured)', async () => {
    const secured = await startMockHttpServer((url) => submissionsApiHandlers({ baseUrl: url, submissions: fixtures, tokens: { secret: 'all' } }));
    try {
      const anonymous = await fetch(`${secured.url}v1/submissions`);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('WWW-Authenticate')).toBe('Bearer');
      const authorised = await fetch(`${secured.url}v1/submissions`, { headers: { Authorization: 'Bearer secret' } });
      expect(authorised.status).toBe(200);
    } finally {
      await secured.close();
    }
  });

  test('drops the connection for HttpResponse.error(), so fetch rejects with a TypeError', async () => {
    const failing = await startMockHttpServer((url) => [http.get(`${url}boom`, () => HttpResponse.error())]);
    try {
      await expect(fetch(`${failing.url}boom`)).rejects.toThrow(TypeError);
    } finally {
      await failing.close();
    }
  });

  test('close() resolves, even with a kept-alive connection open, and afterwards fetch rejects', async () => {
    const closing = await startMockHttpServer((url) => submissionsApiHandlers({ baseUrl: url, submissions: fixtures }));
    const response = await fetch(`${closing.url}v1/submissions`);
    expect(response.status).toBe(200);
    await response.arrayBuffer();

    await expect(closing.close()).resolves.toBeUndefined();
    await expect(fetch(`${closing.url}v1/submissions`)).rejects.toThrow(TypeError);
  });
});
