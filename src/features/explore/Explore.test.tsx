import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { bundledDataset as dataset, serveDatasetDuringTests } from '../../testing/datasetServer.ts';
import { renderApp } from '../../testing/renderApp.tsx';

serveDatasetDuringTests();

const total = dataset.recommendations.length;
const withTheme = (theme: string) => dataset.recommendations.filter((r) => r.themes.includes(theme));
const resultIds = () => screen.getAllByRole('link', { name: /^Recommendation \d/ }).map((link) => `R-${link.textContent!.replace('Recommendation ', '')}`);
/** The results are `ids`: the list (virtualised) draws the first of them, each item counting them all. */
function expectResults(ids: readonly string[]) {
  const drawn = resultIds();
  expect(drawn).toEqual(ids.slice(0, drawn.length));
  expect(drawn.length).toBeLessThanOrEqual(ids.length);
  for (const item of document.querySelectorAll('ol.results > li')) expect(item).toHaveAttribute('aria-setsize', String(ids.length));
}

describe('Explore: filters, counts, search and drill-down', () => {
  test('a theme checkbox filters the list, writes the URL, and updates the counts of the other filters', async () => {
    const { user, currentUrl } = renderApp('/en/explore');
    expect(await screen.findByText(`${total} of ${total} recommendations`)).toBeInTheDocument();
    const halal = withTheme('halal');
    await user.click(screen.getByRole('checkbox', { name: `Halal industry (${halal.length})` }));
    await waitFor(() => expect(currentUrl()).toBe('/en/explore?theme=halal'));
    expect(screen.getByRole('status')).toHaveTextContent(`${halal.length} of ${total} recommendations`);
    expectResults(halal.map((r) => r.id));

    // The "kind of ask" options now count only halal recommendations.
    const funded = halal.filter((r) => r.action === 'fund').length;
    await user.click(screen.getByText('Kind of ask', { selector: 'summary' }));
    const actions = screen.getByRole('group', { name: 'Kind of ask' });
    if (funded > 0) expect(within(actions).getByRole('checkbox', { name: `Fund (${funded})` })).toBeInTheDocument();
    else expect(within(actions).queryByRole('checkbox', { name: /^Fund/ })).not.toBeInTheDocument();
  });

  test('two values of one filter add up; another filter narrows; clear all restores everything', async () => {
    const { user, currentUrl } = renderApp('/en/explore?theme=halal,silver-economy');
    const either = dataset.recommendations.filter((r) => r.themes.includes('halal') || r.themes.includes('silver-economy'));
    expect(await screen.findByText(`${either.length} of ${total} recommendations`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove filter: Theme: Silver economy' }));
    await waitFor(() => expect(currentUrl()).toBe('/en/explore?theme=halal'));
    await user.click(screen.getAllByRole('button', { name: 'Clear all filters' })[0]!);
    await waitFor(() => expect(currentUrl()).toBe('/en/explore'));
    expect(screen.getByRole('status')).toHaveTextContent(`${total} of ${total} recommendations`);
  });

  test('each result reaches its recommendation and its page in the source in one click', async () => {
    const { user, currentUrl } = renderApp('/en/explore?chapter=C5');
    const rec = dataset.recommendations.find((r) => r.id === 'R-5.2-1')!;
    const result = (await screen.findByRole('link', { name: 'Recommendation 5.2-1' })).closest('li')!;
    await user.click(within(result).getByRole('link', { name: `p. ${rec.page} in the source` }));
    await waitFor(() => expect(currentUrl()).toBe(`/en/source?chapter=C5&page=${rec.page}#R-5.2-1`));
  });

  test('the number of results is announced to screen readers', async () => {
    renderApp('/explore?theme=halal');
    const count = await screen.findByText(`${total} 項建議中的 ${withTheme('halal').length} 項`);
    expect(count).toHaveAttribute('role', 'status');
  });
});

describe('Explore: search in three languages', () => {
  const parcel = dataset.recommendations.find((r) => r.text.en.includes('small parcels'))!;

  test.each([
    ['English', 'small parcels'],
    ['Traditional Chinese', '小額包裹'],
    ['Simplified Chinese', '小额包裹'],
  ])('a query in %s finds the recommendation, shown in the reader\u2019s language', async (_language, query) => {
    const { user, currentUrl } = renderApp('/en/explore');
    await user.type(await screen.findByRole('searchbox', { name: 'Search in Chinese or English' }), `${query}{Enter}`);
    await waitFor(() => expect(currentUrl()).toBe(`/en/explore?q=${encodeURIComponent(query).replace(/%20/g, '+')}`));
    // The search library loads on first use; then the best match leads the list.
    await waitFor(() => expect(resultIds()[0]).toBe(parcel.id), { timeout: 15_000 });
    expect(screen.getByRole('status')).not.toHaveTextContent(`${total} of ${total}`);
    expect(screen.getByText(parcel.text.en)).toBeInTheDocument();
  });

  test('search combines with filters, sorts by relevance on request, and a search from the URL is restored', async () => {
    const { user } = renderApp('/en/explore?q=halal');
    expect(await screen.findByRole('searchbox')).toHaveValue('halal');
    const halalIds = withTheme('halal').map((r) => r.id);
    await screen.findByText(`${halalIds.length} of ${total} recommendations`);
    expect(resultIds().slice(0, halalIds.length).sort()).toEqual([...halalIds].sort());
    // While searching, results come by relevance; the reader can ask for the submission's order.
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('relevance');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'source');
    const order = dataset.recommendations.map((r) => r.id);
    const shown = resultIds();
    expect(shown).toEqual([...shown].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  });

  test('a search that finds nothing says how to recover', async () => {
    renderApp('/en/explore?q=zebra%20crossing%20giraffe');
    expect(await screen.findByText('No recommendation matches. Remove a filter or change the search.')).toBeInTheDocument();
  });
});

describe('Explore: industry and kind of help (issue 14)', () => {
  test('an industry and a kind of help combine; both are in the address and as chips', async () => {
    const industry = dataset.industries.find((value) => value.id === 'manufacturing')!;
    const lever = dataset.levers.find((value) => value.id === 'rd-innovation')!;
    const both = dataset.recommendations.filter((r) => r.industries.includes(industry.id) && r.levers.includes(lever.id));
    const { user, currentUrl } = renderApp(`/en/explore?industry=${industry.id}`);
    const withIndustry = dataset.recommendations.filter((r) => r.industries.includes(industry.id));
    expect(await screen.findByText(`${withIndustry.length} of ${total} recommendations`)).toBeInTheDocument();
    await user.click(screen.getByText('Kind of help', { selector: 'summary' }));
    await user.click(within(screen.getByRole('group', { name: 'Kind of help' })).getByRole('checkbox', { name: `${lever.label.en} (${both.length})` }));
    await waitFor(() => expect(currentUrl()).toBe(`/en/explore?industry=${industry.id}&lever=${lever.id}`));
    expect(screen.getByRole('status')).toHaveTextContent(`${both.length} of ${total} recommendations`);
    expectResults(both.map((r) => r.id));
    expect(screen.getByRole('button', { name: `Remove filter: Industry: ${industry.label.en}` })).toBeInTheDocument();
  });
});
