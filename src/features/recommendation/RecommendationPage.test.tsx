import { screen, within, waitFor } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { bundledDataset as dataset, serveDatasetDuringTests } from '../../testing/datasetServer.ts';
import { renderApp } from '../../testing/renderApp.tsx';

serveDatasetDuringTests();

const recommendation = (id: string) => dataset.recommendations.find((rec) => rec.id === id)!;
const sectionOf = (id: string) => dataset.sections.find((s) => s.id === recommendation(id).sectionId)!;

describe('Recommendation page', () => {
  test('opens by URL with its verbatim text, section, page and position', async () => {
    const rec = recommendation('R-5.2-1');
    renderApp('/recommendations/R-5.2-1');

    expect(await screen.findByRole('heading', { level: 1, name: '建議 5.2-1' })).toBeInTheDocument();
    const quote = document.querySelector('blockquote')!;
    expect(quote).toHaveTextContent(rec.text['zh-Hant']);
    expect(screen.getByText(`香港工業總會意見書，第 5.2 節，第 ${rec.page} 頁`)).toBeInTheDocument();

    const siblings = dataset.recommendations.filter((r) => r.sectionId === '5.2');
    const details = screen.getByRole('heading', { name: '出處' }).nextElementSibling as HTMLElement;
    expect(within(details).getByText(new RegExp(`本節第 1 項，共 ${siblings.length} 項`))).toBeInTheDocument();
    expect(within(details).getByText(sectionOf('R-5.2-1').title['zh-Hant'])).toBeInTheDocument();
  });

  test('a recommendation that runs across a page break shows both pages', async () => {
    const runOn = dataset.recommendations.find((rec) => rec.endPage > rec.page)!;
    renderApp(`/recommendations/${runOn.id}`);
    const pagesTerm = await screen.findByText('頁碼', { selector: 'dt' });
    expect(pagesTerm.nextElementSibling).toHaveTextContent(`第 ${runOn.page}–${runOn.endPage} 頁`);
    expect(screen.getByText(new RegExp(`第 ${runOn.sectionId} 節，第 ${runOn.page}–${runOn.endPage} 頁$`))).toBeInTheDocument();
  });

  test('links to its neighbours in source order, and back to its section', async () => {
    const index = dataset.recommendations.findIndex((rec) => rec.id === 'R-5.2-1');
    const previous = dataset.recommendations[index - 1]!;
    const next = dataset.recommendations[index + 1]!;
    const { user, currentUrl } = renderApp('/recommendations/R-5.2-1');

    const neighbours = await screen.findByRole('navigation', { name: '相鄰建議' });
    expect(within(neighbours).getByRole('link', { name: `← 上一項：建議 ${previous.id.slice(2)}` })).toBeInTheDocument();
    await user.click(within(neighbours).getByRole('link', { name: `下一項：建議 ${next.id.slice(2)} →` }));
    expect(await screen.findByRole('heading', { level: 1, name: `建議 ${next.id.slice(2)}` })).toHaveFocus();
    await waitFor(() => expect(currentUrl()).toBe(`/recommendations/${next.id}`));

    await user.click(screen.getByRole('link', { name: `返回第 ${next.sectionId} 節` }));
    await waitFor(() => expect(currentUrl()).toBe(`/structure?open=${next.sectionId}#section-${next.sectionId}`));
    expect(await screen.findByRole('button', { name: new RegExp(`^${next.sectionId.replace('.', '\\.')} `) })).toHaveAttribute('aria-expanded', 'true');
  });

  test('the first recommendation has no previous link', async () => {
    renderApp(`/recommendations/${dataset.recommendations[0]!.id}`);
    const neighbours = await screen.findByRole('navigation', { name: '相鄰建議' });
    expect(within(neighbours).queryByRole('link', { name: /上一項/ })).not.toBeInTheDocument();
  });

  test('an unknown id says so and links back to the submission', async () => {
    const { user, currentUrl } = renderApp('/recommendations/R-99.9-1');
    expect(await screen.findByRole('heading', { level: 1, name: '找不到建議 R-99.9-1' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: '意見書結構' }));
    await waitFor(() => expect(currentUrl()).toBe('/structure'));
  });
});
