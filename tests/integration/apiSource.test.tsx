/**
 * The dashboard on the submissions API (the REST source), served by the mock handlers of
 * mocks/ in MSW's Node server: what the reader sees for every kind of failure, how many
 * requests were made, and that nothing the reader set is lost.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { mockSubmissions } from '../../mocks/fixtures.ts';
import { submissionsApiHandlers, problem } from '../../mocks/submissionsApi.ts';
import { SYNTHETIC_SUBMISSION_ID } from '../../mocks/syntheticSubmission.ts';
import type { AppConfig } from '../../src/config/appConfig.ts';
import { DEFAULT_APP_CONFIG } from '../../src/config/AppConfigContext.tsx';
import { createRestSource } from '../../src/sources/restSource.ts';
import { findHeadlineFigure as headlineValue } from '../../src/testing/headline.ts';
import { renderApp } from '../../src/testing/renderApp.tsx';

const API = 'http://api.test/';
const DATASET = `${API}v1/submissions/:id`;
const submissions = mockSubmissions();
const [bundled, synthetic] = submissions.map((submission) => submission.dataset) as [(typeof submissions)[0]['dataset'], (typeof submissions)[0]['dataset']];

const TIMEOUT_MS = 300;
const config: AppConfig = { ...DEFAULT_APP_CONFIG, source: 'rest', apiBaseUrl: API, timeoutMs: TIMEOUT_MS, stillLoadingAfterMs: 100, origin: 'config.json' };

const server = setupServer(...submissionsApiHandlers({ baseUrl: API, submissions }));
/** Every request the app made, in order. */
let requests: Request[] = [];
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  requests = [];
});
server.events.on('request:start', ({ request }) => void requests.push(request.clone()));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const datasetRequests = () => requests.filter((request) => /\/v1\/submissions\/[^/]+$/.test(new URL(request.url).pathname));

function renderOnApi(url: string, options: { config?: AppConfig; token?: string } = {}) {
  const source = createRestSource({ baseUrl: API, timeoutMs: (options.config ?? config).timeoutMs });
  source.token!.set(options.token);
  return { ...renderApp(url, { source, config: options.config ?? config }), source };
}

describe('The dashboard on the submissions API', () => {
  test('shows the same overview as the bundled data, from GET /v1/submissions/{id}', async () => {
    renderOnApi('/en');
    expect(await headlineValue('Recommendations')).toBe(String(bundled.recommendations.length));
    expect(datasetRequests().map((r) => r.url)).toEqual([`${API}v1/submissions/${bundled.submission.id}`]);
  });

  test('the Source view reads the text from /v1/submissions/{id}/source', async () => {
    const first = bundled.recommendations[0]!;
    renderOnApi(`/en/source#${first.id}`);
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    await waitFor(() => expect(requests.some((r) => r.url === `${API}v1/submissions/${bundled.submission.id}/source`)).toBe(true));
    expect(await screen.findByText(first.text['zh-Hant'], { exact: false })).toBeInTheDocument();
  });

  test('the address view reads the Policy Address from /v1/submissions/{id}/response', async () => {
    const paragraph = submissions[0]!.responseText!.paragraphs.at(-1)!;
    renderOnApi(`/en/address?p=${paragraph.number}`);
    const highlighted = await screen.findByRole('region', { name: `Paragraph ${paragraph.number} (highlighted)` });
    expect(highlighted).toHaveTextContent(paragraph.text.en);
    expect(requests.filter((r) => r.url.endsWith('/response')).map((r) => r.url)).toEqual([`${API}v1/submissions/${bundled.submission.id}/response`]);
  });

  test('a submission the Government has not answered: the address view says so, and never asks for its response', async () => {
    expect(synthetic.responseDocument).toBeUndefined();
    renderOnApi(`/en/address?submission=${SYNTHETIC_SUBMISSION_ID}`);
    expect(await screen.findByText('The Government has not answered this submission yet.')).toBeInTheDocument();
    expect(requests.some((r) => r.url.endsWith('/response'))).toBe(false);
  });

  test('a refresh that finds nothing new sends If-None-Match, gets 304 and keeps the view', async () => {
    const { queryClient } = renderOnApi('/en');
    expect(await headlineValue('Recommendations')).toBe(String(bundled.recommendations.length));
    const statuses: number[] = [];
    server.events.on('response:mocked', ({ response }) => void statuses.push(response.status));
    await queryClient.refetchQueries();
    await waitFor(() => expect(datasetRequests()).toHaveLength(2));
    expect(datasetRequests()[1]!.headers.get('If-None-Match')).toMatch(/^"[^"]+"$/);
    await waitFor(() => expect(statuses).toContain(304));
    expect(await headlineValue('Recommendations')).toBe(String(bundled.recommendations.length));
    server.events.removeAllListeners('response:mocked');
  });
});

describe('The submission picker', () => {
  test('appears when the API lists more than one submission, and opens the chosen one with its id in the URL', async () => {
    const { user, currentUrl } = renderOnApi('/en?theme=halal');
    await user.click(await screen.findByRole('link', { name: 'Submissions' }));
    const table = await screen.findByRole('table', { name: 'Submissions held by the data source' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([`${bundled.submission.title.en} (open now)`, synthetic.submission.title.en]);
    expect(within(rows[1]!).getAllByRole('cell').at(-1)!.textContent).toBe(String(synthetic.recommendations.length));

    await user.click(within(table).getByRole('link', { name: synthetic.submission.title.en }));
    expect(await headlineValue('Recommendations')).toBe(String(synthetic.recommendations.length));
    // Not answered yet: the summary says so, and the kind of help leads the charts without verdicts.
    expect(screen.getByRole('region', { name: 'Summary' })).toHaveTextContent('The Government has not answered yet.');
    expect((await screen.findAllByRole('figure'))[0]).toHaveAccessibleName(/help/i);
    expect(screen.queryByRole('link', { name: /Taken up in full or in part/ })).toBeNull();
    // The FHKI theme filter does not carry over to another submission.
    expect(currentUrl()).toBe(`/en?submission=${SYNTHETIC_SUBMISSION_ID}`);
    expect(datasetRequests().at(-1)!.url).toBe(`${API}v1/submissions/${SYNTHETIC_SUBMISSION_ID}`);
  });

  test('an unknown submission is a 404 with a link back to the list, not retried', async () => {
    const { user } = renderOnApi('/en?submission=no-such-thing');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The data source has no such submission.');
    expect(alert).toHaveTextContent('There is no submission "no-such-thing".');
    expect(alert).toHaveTextContent('Tried once.');
    expect(datasetRequests()).toHaveLength(1);
    await user.click(within(alert).getByRole('link', { name: 'See the submissions this source holds' }));
    expect(await screen.findByRole('link', { name: synthetic.submission.title.en })).toBeInTheDocument();
  });
});

/** Serves every dataset request with `respond`. */
const failDataset = (respond: () => Response | Promise<Response>) => server.use(http.get(DATASET, respond));

describe('Failures: what the reader sees, and how often the app tried', () => {
  test('500: an error with its status, tried three times', async () => {
    failDataset(() => problem(500, 'Internal error'));
    renderOnApi('/en');
    const alert = await screen.findByRole('alert', {}, { timeout: 4000 });
    expect(alert).toHaveTextContent('The data source answered with an error (HTTP 500).');
    expect(alert).toHaveTextContent('The server said: Internal error');
    expect(alert).toHaveTextContent('Tried 3 times.');
    expect(datasetRequests()).toHaveLength(3);
  });

  test('503 with Retry-After: the wait is honoured between tries and shown', async () => {
    const sentAt: number[] = [];
    failDataset(() => (sentAt.push(Date.now()), problem(503, 'Maintenance', undefined, { 'Retry-After': '1' })));
    renderOnApi('/en');
    const alert = await screen.findByRole('alert', {}, { timeout: 6000 });
    expect(alert).toHaveTextContent('The data source is temporarily unavailable.');
    expect(alert).toHaveTextContent('It asked us to wait 1 second before trying again.');
    expect(alert).toHaveTextContent('Tried 3 times.');
    expect(sentAt).toHaveLength(3);
    // The tests' own backoff is 0 ms: only the server's Retry-After can space the tries.
    expect(sentAt[1]! - sentAt[0]!).toBeGreaterThanOrEqual(950);
    expect(sentAt[2]! - sentAt[1]!).toBeGreaterThanOrEqual(950);
  });

  test('429 with a long Retry-After is not retried automatically; the reader is told how long to wait', async () => {
    failDataset(() => problem(429, 'Too many requests', undefined, { 'Retry-After': '120' }));
    renderOnApi('/en');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The data source is receiving too many requests right now.');
    expect(alert).toHaveTextContent('It asked us to wait 120 seconds before trying again.');
    expect(alert).toHaveTextContent('Tried once.');
    expect(datasetRequests()).toHaveLength(1);
  });

  test('429 with a short Retry-After is retried', async () => {
    failDataset(() => problem(429, 'Too many requests', undefined, { 'Retry-After': '0' }));
    renderOnApi('/en');
    expect(await screen.findByRole('alert')).toHaveTextContent('Tried 3 times.');
    expect(datasetRequests()).toHaveLength(3);
  });

  test('a timeout: the request is aborted after the limit and retried', async () => {
    failDataset(async () => {
      await delay('infinite');
      return HttpResponse.json({});
    });
    renderOnApi('/en');
    const alert = await screen.findByRole('alert', {}, { timeout: 4000 });
    expect(alert).toHaveTextContent('The data source did not answer within 1 second, so the request was stopped.');
    expect(alert).toHaveTextContent('Tried 3 times.');
    expect(datasetRequests()).toHaveLength(3);
  });

  test('the network down: explained, tried three times', async () => {
    failDataset(() => HttpResponse.error());
    renderOnApi('/zh-Hans');
    const alert = await screen.findByRole('alert', {}, { timeout: 4000 });
    expect(alert).toHaveTextContent('无法连接至数据来源');
    expect(alert).toHaveTextContent('已尝试 3 次。');
    expect(datasetRequests()).toHaveLength(3);
  });

  test('truncated JSON: "not valid JSON", not retried', async () => {
    const text = submissions[0]!.datasetJson!;
    failDataset(() => HttpResponse.text(text.slice(0, text.length / 2), { headers: { 'Content-Type': 'application/json' } }));
    renderOnApi('/en');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('is not valid JSON (it may have been cut off)');
    expect(alert).toHaveTextContent('Tried once.');
    expect(datasetRequests()).toHaveLength(1);
  });

  test('HTML instead of JSON: "a web page instead of data", not retried', async () => {
    failDataset(() => HttpResponse.html('<!doctype html><title>Sign in</title><form></form>'));
    renderOnApi('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('資料來源傳回的是網頁而不是資料。');
    expect(alert).toHaveTextContent('已嘗試 1 次。');
    expect(datasetRequests()).toHaveLength(1);
  });

  test('a document that fails the schema: "data this version cannot read", with the field path, not retried', async () => {
    const broken = structuredClone(bundled) as unknown as { recommendations: Record<string, unknown>[] };
    broken.recommendations[11]!.themes = [];
    failDataset(() => HttpResponse.json(broken));
    renderOnApi('/en');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The data source returned data this version of the dashboard cannot read.');
    expect(within(alert).getByText('recommendations.11.themes')).toBeInTheDocument();
    expect(datasetRequests()).toHaveLength(1);
  });

  test('401: a token prompt; the token goes in the Authorization header only, and the view loads', async () => {
    server.use(...submissionsApiHandlers({ baseUrl: API, submissions, tokens: { 's3cret-token': 'all' } }));
    const { user, currentUrl } = renderOnApi('/en?theme=halal');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This data source needs an access token.');
    expect(datasetRequests()).toHaveLength(1);
    expect(within(alert).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();

    await user.type(within(alert).getByLabelText('Access token'), 's3cret-token');
    await user.click(within(alert).getByRole('button', { name: 'Use this token' }));
    expect(await screen.findByRole('region', { name: 'Summary' })).toBeInTheDocument();
    const authorised = datasetRequests().at(-1)!;
    expect(authorised.headers.get('Authorization')).toBe('Bearer s3cret-token');
    expect(requests.every((request) => !request.url.includes('s3cret'))).toBe(true);
    expect(currentUrl()).toBe('/en?theme=halal');
    expect(JSON.stringify({ ...localStorage })).not.toContain('s3cret');
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('s3cret');
  });

  test('403: "no access", with the token prompt to try another; not retried', async () => {
    server.use(...submissionsApiHandlers({ baseUrl: API, submissions, tokens: { narrow: [SYNTHETIC_SUBMISSION_ID] } }));
    const { user } = renderOnApi('/en', { token: 'narrow' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your access token does not give access to this submission.');
    expect(within(alert).getByLabelText('Access token')).toBeInTheDocument();
    expect(datasetRequests()).toHaveLength(1);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(datasetRequests()).toHaveLength(2));
  });

  test('slow: "Loading", then "still loading", then the view', async () => {
    server.use(
      http.get(DATASET, async () => {
        await delay(700);
        return HttpResponse.text(submissions[0]!.datasetJson!, { headers: { 'Content-Type': 'application/json' } });
      }),
    );
    renderOnApi('/en', { config: { ...config, timeoutMs: 5000, stillLoadingAfterMs: 200 } });
    expect(screen.getByRole('status')).toHaveTextContent('Loading the submission…');
    expect(await screen.findByText('Still loading… The data source is slow to answer; it is given up to 5 seconds.')).toBeInTheDocument();
    expect(await headlineValue('Recommendations')).toBe(String(bundled.recommendations.length));
    expect(datasetRequests()).toHaveLength(1);
  });
});

describe('Nothing the reader has is lost', () => {
  test('a failed background refresh keeps the last good data on screen, with a banner and a retry', async () => {
    const { user, queryClient } = renderOnApi('/en');
    expect(await headlineValue('Recommendations')).toBe(String(bundled.recommendations.length));
    failDataset(() => problem(500, 'Internal error'));
    await queryClient.refetchQueries();
    const banner = await screen.findByText(/Could not check for newer data; showing the version loaded at/, {}, { timeout: 4000 });
    expect(banner).toHaveTextContent('The data source answered with an error (HTTP 500).');
    expect(await headlineValue('Recommendations')).toBe(String(bundled.recommendations.length));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    server.resetHandlers();
    await user.click(within(banner.closest('[role="status"]') as HTMLElement).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByText(/Could not check for newer data/)).not.toBeInTheDocument());
    expect(await headlineValue('Recommendations')).toBe(String(bundled.recommendations.length));
  });

  test('filters, language and briefing survive a failure and a retry', async () => {
    let failing = true;
    server.use(http.get(DATASET, () => (failing ? HttpResponse.error() : undefined)));
    const url = '/en?theme=halal&brief=themes,places(theme:halal)';
    const { user, currentUrl } = renderOnApi(url);
    const alert = await screen.findByRole('alert', {}, { timeout: 4000 });
    expect(currentUrl()).toBe(url);
    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    const halal = bundled.recommendations.filter((rec) => rec.themes.includes('halal')).length;
    expect(await headlineValue('Recommendations')).toBe(String(halal));
    expect(currentUrl()).toBe(url);
    expect(screen.getByRole('button', { name: /Remove filter.*Halal/i })).toBeInTheDocument();
  });
});
