import { screen, within, waitFor } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { bundledDataset as dataset, serveDatasetDuringTests } from '../../testing/datasetServer.ts';
import { renderApp } from '../../testing/renderApp.tsx';

serveDatasetDuringTests();

describe('Schemes: what is asked of each and by whom', () => {
  test('every scheme has a card with its administrator, its requests and their recommendations', async () => {
    renderApp('/en/schemes');
    await screen.findByRole('heading', { level: 1, name: 'Funding schemes and what is asked of them' });
    expect(screen.getByText(`${dataset.schemes.length} government schemes, funds and programmes`, { exact: false })).toBeInTheDocument();
    for (const scheme of dataset.schemes) {
      const card = screen.getByRole('region', { name: scheme.name.en });
      expect(card).toHaveTextContent(scheme.administrator.en);
      // An umbrella (the ITF) is named through its programmes and lists no recommendation of its own.
      const links = within(card).queryAllByRole('link', { name: /^Recommendation / });
      expect(links.map((link) => link.textContent)).toEqual(scheme.requests.map((r) => `Recommendation ${r.recommendationId.slice(2)}`));
    }
  });

  test('parts sit under their umbrella scheme, and a card leads to Explore filtered to it', async () => {
    const { user, currentUrl } = renderApp('/en/schemes');
    const easyBud = dataset.schemes.find((s) => s.id === 'easy-bud')!;
    const bud = dataset.schemes.find((s) => s.id === 'bud-fund')!;
    const card = await screen.findByRole('region', { name: easyBud.name.en });
    expect(card).toHaveTextContent(`Part of ${bud.name.en}`);
    await user.click(within(card).getByRole('link', { name: /^See the/ }));
    await waitFor(() => expect(currentUrl()).toBe('/en/explore?scheme=easy-bud'));
  });

  test('the ITF holds ITSP and the New Industrialisation programmes; its link opens every recommendation that names one of them', async () => {
    const { user, currentUrl } = renderApp('/en/schemes');
    const itf = dataset.schemes.find((s) => s.id === 'itf')!;
    const card = await screen.findByRole('region', { name: itf.name.en });
    expect(card).toHaveTextContent('Named through its programmes');
    const inside = (id: string): boolean => id === 'itf' || (dataset.schemes.find((s) => s.id === id)?.parentId ?? '') !== '' && inside(dataset.schemes.find((s) => s.id === id)!.parentId!);
    const behind = dataset.recommendations.filter((rec) => rec.schemeIds.some(inside)).length;
    expect(behind).toBeGreaterThan(3);
    await user.click(within(card).getByRole('link', { name: `See the ${behind} recommendations` }));
    await waitFor(() => expect(currentUrl()).toBe('/en/explore?scheme=itf'));
    expect(await screen.findByRole('status')).toHaveTextContent(`${behind} of ${dataset.recommendations.length} recommendations`);
  });

  test('an English name that is ours, not the Government’s, says so', async () => {
    renderApp('/en/schemes');
    const ours = dataset.schemes.find((s) => !s.officialEnglish)!;
    const official = dataset.schemes.find((s) => s.officialEnglish)!;
    expect(await screen.findByRole('region', { name: ours.name.en })).toHaveTextContent('English name: our translation');
    expect(screen.getByRole('region', { name: official.name.en })).not.toHaveTextContent('our translation');
  });
});
