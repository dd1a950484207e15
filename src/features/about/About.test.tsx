import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { bundledDataset as dataset, serveDatasetDuringTests } from '../../testing/datasetServer.ts';
import { renderApp } from '../../testing/renderApp.tsx';

serveDatasetDuringTests();

describe('About: sources, method, verdicts, citation, downloads', () => {
  test.each([
    ['en', 'About this dashboard', 'The sources', 'About the data, methods and how to cite'],
    ['zh-Hant', '關於本儀表板', '資料來源', '關於資料、方法及引用方式'],
    ['zh-Hans', '关于本仪表板', '数据来源', '关于数据、方法及引用方式'],
  ])('in %s: the footer links to it, and it names both sources with their sha256', async (lang, title, sources, footer) => {
    const { user } = renderApp(`/explore?lang=${lang}`);
    await user.click(await screen.findByRole('link', { name: footer }));
    await screen.findByRole('heading', { level: 1, name: title });
    const section = await screen.findByRole('region', { name: sources });
    expect(section).toHaveTextContent(dataset.submission.sourceSha256);
    expect(section).toHaveTextContent(dataset.responseDocument!.sourceSha256['zh-Hant']);
    expect(section).toHaveTextContent(dataset.responseDocument!.sourceSha256.en);
    expect(within(section).getByRole('link', { name: 'www.policyaddress.gov.hk/2025' })).toHaveAttribute('href', dataset.responseDocument!.url);
  });

  test('the downloads are the files the app itself reads', async () => {
    renderApp('/en/about');
    const data = await screen.findByRole('region', { name: 'The data' });
    const hrefs = within(data).getAllByRole('link').map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual([`/data/${dataset.submission.id}.json`, `/data/${dataset.submission.id}.source.json`, `/data/${dataset.submission.id}.response.json`]);
  });
});
