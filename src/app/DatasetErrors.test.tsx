import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, test } from 'vitest';
import { bundledDataset, DATASET_URL, datasetJson, serveDatasetDuringTests } from '../testing/datasetServer.ts';
import { renderApp } from '../testing/renderApp.tsx';

const server = serveDatasetDuringTests();

const json = (body: unknown) => HttpResponse.json(body as Record<string, unknown>);

describe('A dataset that cannot be used is explained, never a blank page', () => {
  test('a document that fails the schema names the fields at fault, and is not retried', async () => {
    let requests = 0;
    const broken = structuredClone(bundledDataset) as unknown as { recommendations: Record<string, unknown>[] };
    broken.recommendations[3]!.page = 'three';
    server.use(http.get(DATASET_URL, () => (requests++, json(broken))));

    renderApp('/structure');

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: '未能載入意見書' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('資料來源傳回的資料格式不符');
    expect(within(alert).getByText('recommendations.3.page')).toBeInTheDocument();
    expect(requests).toBe(1);
  });

  test('a reference that does not resolve is named with its path', async () => {
    const broken = structuredClone(bundledDataset) as unknown as { recommendations: Record<string, unknown>[] };
    broken.recommendations[7]!.sectionId = '99.1';
    server.use(http.get(DATASET_URL, () => json(broken)));
    renderApp('/en/structure');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('data this version of the dashboard cannot read');
    expect(within(alert).getByText('recommendations.7.sectionId')).toBeInTheDocument();
    expect(alert).toHaveTextContent('"99.1" is not one of the sections');
  });

  test('a body that is not JSON (an HTML error page) says so', async () => {
    server.use(http.get(DATASET_URL, () => HttpResponse.html('<!doctype html><h1>Gateway</h1>')));
    renderApp('/en/structure');
    expect(await screen.findByRole('alert')).toHaveTextContent('sent a web page instead of data');
  });

  test('a server error is retried, then offers a retry that recovers with everything the reader set', async () => {
    let requests = 0;
    server.use(http.get(DATASET_URL, () => (requests++, new HttpResponse(null, { status: 503 }))));
    const { user, currentUrl } = renderApp('/en/structure?open=5.2');

    const alert = await screen.findByRole('alert', {}, { timeout: 4000 });
    expect(alert).toHaveTextContent('The data source is temporarily unavailable.');
    expect(alert).toHaveTextContent('Tried 3 times.');
    expect(requests).toBe(3); // the first try and two retries

    server.use(http.get(DATASET_URL, () => HttpResponse.text(datasetJson, { headers: { 'Content-Type': 'application/json' } })));
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('button', { name: /^5\.2 / })).toHaveAttribute('aria-expanded', 'true');
    expect(currentUrl()).toBe('/en/structure?open=5.2');
  });

  test('a missing file (404) is not retried', async () => {
    let requests = 0;
    server.use(http.get(DATASET_URL, () => (requests++, new HttpResponse('gone', { status: 404 }))));
    renderApp('/recommendations/R-5.2-1');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('資料來源沒有這份意見書。');
    expect(alert).toHaveTextContent('已嘗試 1 次。');
    expect(within(alert).getByRole('link', { name: '查看此來源的意見書' })).toHaveAttribute('href', '/submissions');
    expect(requests).toBe(1);
  });

  test('the network being down is explained', async () => {
    server.use(http.get(DATASET_URL, () => HttpResponse.error()));
    renderApp('/zh-Hans/structure');
    expect(await screen.findByRole('alert', {}, { timeout: 4000 })).toHaveTextContent('无法连接至数据来源');
  });
});
