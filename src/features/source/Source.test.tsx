import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, test } from 'vitest';
import { bundledDataset as dataset, bundledSourceDocument as sourceDocument, serveDatasetDuringTests, SOURCE_DOCUMENT_URL } from '../../testing/datasetServer.ts';
import { renderApp } from '../../testing/renderApp.tsx';

const server = serveDatasetDuringTests();

describe('Source: the submission page by page', () => {
  test('a recommendation link opens its page with the recommendation highlighted', async () => {
    const rec = dataset.recommendations.find((r) => r.id === 'R-5.2-1')!;
    renderApp(`/source?page=${rec.page}#R-5.2-1`);
    expect(await screen.findByRole('heading', { level: 2, name: `第 ${rec.page} 頁，共 ${sourceDocument.pages.length} 頁` })).toBeInTheDocument();
    const mark = document.querySelector('mark')!;
    expect(mark).toHaveTextContent(rec.text['zh-Hant']);
    expect(document.getElementById('R-5.2-1')).toContainElement(mark);
    expect(screen.getByRole('status')).toHaveTextContent('已突出顯示：建議 5.2-1');
  });

  test('without ?page, the page of the recommendation in the hash is shown; a run-on shows its first page', async () => {
    const runOn = dataset.recommendations.find((r) => r.endPage > r.page)!;
    renderApp(`/en/source#${runOn.id}`);
    expect(await screen.findByRole('heading', { level: 2, name: `Page ${runOn.page} of ${sourceDocument.pages.length}` })).toBeInTheDocument();
    expect(document.querySelector('mark')!.textContent!.length).toBeLessThan(runOn.text['zh-Hant'].length);
    expect(runOn.text['zh-Hant'].startsWith(document.querySelector('mark')!.textContent!)).toBe(true);
  });

  test('the page shows every line of the source page, letterhead removed, with links to its recommendations', async () => {
    const page = sourceDocument.pages[12]!;
    renderApp(`/en/source?page=${page.number}`);
    const section = await screen.findByRole('region', { name: `Page ${page.number} of ${sourceDocument.pages.length}` });
    for (const paragraph of page.paragraphs) expect(section).toHaveTextContent(paragraph.text);
    expect(section).not.toHaveTextContent('Federation of Hong Kong Industries');
    const ids = [...new Set(page.paragraphs.flatMap((p) => (p.recommendationId ? [p.recommendationId] : [])))];
    for (const id of ids) expect(within(section).getByRole('link', { name: `Recommendation ${id.slice(2)}` })).toBeInTheDocument();
  });

  test('previous and next pages, and an impossible page falls back to page 1 with a notice', async () => {
    const { user, currentUrl } = renderApp('/en/source?page=99');
    expect(await screen.findByText('“99” is not a valid value for “page”')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: `Page 1 of ${sourceDocument.pages.length}` })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Next page →' }));
    expect(currentUrl()).toBe('/en/source?page=2');
    expect(await screen.findByRole('heading', { level: 2, name: `Page 2 of ${sourceDocument.pages.length}` })).toBeInTheDocument();
  });

  test('a source text that fails validation is explained', async () => {
    server.use(http.get(SOURCE_DOCUMENT_URL, () => HttpResponse.json({ schemaVersion: 1, pages: 'none' })));
    renderApp('/en/source');
    expect(await screen.findByRole('alert')).toHaveTextContent('cannot read');
  });
});
