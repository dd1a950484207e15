/**
 * `npm run dev:api`: the dev server in "mock-api" mode, the mock submissions API in MSW's
 * service worker, and the app reading it. Checked in Chromium so the third way the mock
 * handlers are used (after Vitest's Node server and the real HTTP server) cannot rot.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { syntheticSubmission } from '../../mocks/syntheticSubmission.ts';
import { dataset, headlineFigure, test, useBrowser } from './support.ts';

useBrowser();
let server: ViteDevServer | undefined;
let devUrl = '';

beforeAll(async () => {
  server = await createServer({ mode: 'mock-api', server: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  await server.listen();
  devUrl = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
});
afterAll(async () => {
  await server?.close();
});

test('npm run dev:api: the app reads the mock API from the service worker, both submissions listed', async ({ openPage }) => {
  const { page } = await openPage('desktop');
  const apiCalls: string[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.startsWith('/mock-api/')) apiCalls.push(`${response.status()} ${url.pathname}${url.search}`);
  });
  await page.goto(`${devUrl}/en`);
  // The dev server transforms modules on first request: give the first load time.
  await page.getByRole('region', { name: 'Summary' }).waitFor({ timeout: 45_000 });
  expect(await headlineFigure(page, 'Recommendations')).toBe(String(dataset.recommendations.length));

  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Submissions' }).click();
  await page.getByRole('link', { name: syntheticSubmission.dataset.submission.title.en }).waitFor();
  expect(apiCalls).toContain(`200 /mock-api/v1/submissions/${dataset.submission.id}`);
  expect(apiCalls).toContain('200 /mock-api/v1/submissions?pageSize=100');
});
