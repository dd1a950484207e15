/**
 * Issue 13: the page's Content Security Policy refuses the connection to the submissions
 * API. The browser then rejects fetch() as for a network failure and reports a
 * `securitypolicyviolation`; the reader must be told it is the policy, not their connection.
 * (jsdom enforces no CSP: the handler plays the browser's part and dispatches the report.)
 */
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { mockSubmissions } from '../../mocks/fixtures.ts';
import { submissionsApiHandlers } from '../../mocks/submissionsApi.ts';
import type { AppConfig } from '../../src/config/appConfig.ts';
import { DEFAULT_APP_CONFIG } from '../../src/config/AppConfigContext.tsx';
import { createRestSource } from '../../src/sources/restSource.ts';
import { renderApp } from '../../src/testing/renderApp.tsx';

const API = 'http://api.test/';
const ORIGIN = 'http://api.test';
const config: AppConfig = { ...DEFAULT_APP_CONFIG, source: 'rest', apiBaseUrl: API, timeoutMs: 2000, stillLoadingAfterMs: 500, origin: 'config.json' };

const server = setupServer(...submissionsApiHandlers({ baseUrl: API, submissions: mockSubmissions() }));
let requests: string[] = [];
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  requests = [];
});
server.events.on('request:start', ({ request }) => void requests.push(request.url));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** What Chromium dispatches at the document when connect-src refuses a fetch. */
function reportViolation(blockedURI: string) {
  const event = Object.assign(new Event('securitypolicyviolation', { bubbles: true, composed: true }), {
    blockedURI,
    effectiveDirective: 'connect-src',
    violatedDirective: 'connect-src',
    disposition: 'enforce',
  });
  document.dispatchEvent(event);
}

/** Every request to the API is refused by the page's policy, while it is pending. */
const blockApi = () =>
  server.use(
    http.get(`${API}*`, ({ request }) => {
      reportViolation(request.url);
      return HttpResponse.error();
    }),
  );

const datasetRequests = () => requests.filter((url) => /\/v1\/submissions\/[^/?]+$/.test(new URL(url).pathname));

function renderOnApi(url: string, appConfig = config) {
  const source = createRestSource({ baseUrl: API, timeoutMs: appConfig.timeoutMs });
  return renderApp(url, { source, config: appConfig });
}

describe('The API refused by the page\'s Content Security Policy', () => {
  test('English: the policy is named with the origin, not the connection; the host\'s fix and the way back; tried once, a reload offered', async () => {
    blockApi();
    renderOnApi('/en');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`This site’s Content Security Policy does not allow the dashboard to connect to ${ORIGIN}, so the data could not be requested.`);
    expect(alert).toHaveTextContent(`Whoever hosts the dashboard must add ${ORIGIN} to connect-src in the site’s Content-Security-Policy header`);
    expect(alert).toHaveTextContent('“Content Security Policy” in docs/api/README.md');
    expect(alert).toHaveTextContent('Until then, setting "source" to "static" in config.json shows the bundled data.');
    expect(alert).not.toHaveTextContent('Check your connection');
    expect(alert).toHaveTextContent('Tried once.');
    expect(datasetRequests()).toHaveLength(1);
    expect(within(alert).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(within(alert).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  test('繁體中文, the API chosen by the build: the way back is a build without VITE_DATA_SOURCE', async () => {
    blockApi();
    renderOnApi('/', { ...config, origin: 'build' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`本網站的內容安全政策（Content Security Policy）不允許儀表板連線至 ${ORIGIN}`);
    expect(alert).toHaveTextContent(`把 ${ORIGIN} 加入 connect-src`);
    expect(alert).toHaveTextContent('不設定 VITE_DATA_SOURCE 重新建置');
    expect(alert).not.toHaveTextContent('config.json');
    expect(alert).not.toHaveTextContent('請檢查網絡連線');
  });

  test('简体中文', async () => {
    blockApi();
    renderOnApi('/zh-Hans');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`本网站的内容安全策略（Content Security Policy）不允许仪表板连接到 ${ORIGIN}`);
    expect(alert).toHaveTextContent(`将 ${ORIGIN} 添加到 connect-src`);
    expect(alert).toHaveTextContent('将 config.json 中的 "source" 设为 "static"');
    expect(alert).not.toHaveTextContent('请检查网络连接');
  });

  test('a violation for another origin changes nothing: the network failure is explained as before, tried three times', async () => {
    server.use(
      http.get(`${API}v1/submissions/:id`, () => {
        reportViolation('https://elsewhere.example.org/x');
        return HttpResponse.error();
      }),
    );
    renderOnApi('/en');
    const alert = await screen.findByRole('alert', {}, { timeout: 4000 });
    expect(alert).toHaveTextContent('The data source could not be reached. Check your connection, then try again.');
    expect(alert).toHaveTextContent('Tried 3 times.');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
