/**
 * Regression (issue 13): with a search, each filter option's count must be the number of
 * results the reader gets by choosing it. The counts used to ignore the search, so with
 * "parcel" "Silver economy (5)" led to no result at all.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { FILTER_DIMENSIONS } from '../../domain/filters.ts';
import en from '../../i18n/locales/en.json';
import { buildRecommendationIndex, searchRecommendations } from '../../search/recommendationSearch.ts';
import { bundledDataset as dataset, serveDatasetDuringTests } from '../../testing/datasetServer.ts';
import { renderApp } from '../../testing/renderApp.tsx';

serveDatasetDuringTests();

const total = dataset.recommendations.length;
const query = 'parcel';
const found = searchRecommendations(buildRecommendationIndex(dataset), query).map((hit) => hit.id);
const resultLinks = () => screen.queryAllByRole('link', { name: /^Recommendation \d/ });
/** The list draws the results near the screen; each says how many there are in all. */
const drawnSetSizes = () => [...new Set([...document.querySelectorAll('ol.results > li')].map((item) => Number(item.getAttribute('aria-setsize'))))];

describe('Explore: filter counts with a search', () => {
  test('every option counts only the recommendations that also match the search, and choosing it gives that many', async () => {
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(total);
    const { user, currentUrl } = renderApp(`/en/explore?q=${query}`);
    await screen.findByText(`${found.length} of ${total} recommendations`, {}, { timeout: 5000 });

    let checked = 0;
    for (const dimension of FILTER_DIMENSIONS) {
      const name = en.filters.dimension[dimension];
      const summary = screen.getByText(name, { selector: 'summary' });
      if (!summary.closest('details')!.open) await user.click(summary);
      const options = within(screen.getByRole('group', { name }))
        .queryAllByRole('checkbox')
        .map((box) => ({ value: box.id.replace(`facet-${dimension}-`, ''), label: document.querySelector(`label[for="${box.id}"]`)!.textContent! }));
      for (const { value, label } of options) {
        const count = Number(/\((\d+)\)$/.exec(label)![1]);
        const param = `${dimension}=${encodeURIComponent(value)}`;
        await user.click(screen.getByRole('checkbox', { name: label }));
        await waitFor(() => expect(currentUrl()).toContain(param));
        expect(screen.getByRole('status'), `${name}: ${label}`).toHaveTextContent(`${count} of ${total} recommendations`);
        expect(drawnSetSizes(), `${name}: ${label}`).toEqual([count]);
        expect(resultLinks().length, `${name}: ${label}`).toBeGreaterThan(0);
        expect(resultLinks().length, `${name}: ${label}`).toBeLessThanOrEqual(count);
        await user.click(screen.getByRole('checkbox', { name: label }));
        await waitFor(() => expect(currentUrl()).not.toContain(param));
        checked++;
      }
    }
    // Every result has a theme, so there was at least one option to try.
    expect(checked).toBeGreaterThan(0);
  }, 60_000);
});
