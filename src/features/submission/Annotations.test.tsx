import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { bundledDataset as dataset, serveDatasetDuringTests } from '../../testing/datasetServer.ts';
import { renderApp } from '../../testing/renderApp.tsx';

serveDatasetDuringTests();

const byId = <T extends { id: string }>(items: readonly T[], id: string) => items.find((item) => item.id === id)!;

/** The <li> of a recommendation in the open section's list, found by its English text. */
async function recommendationItem(recId: string, lang: 'en' | 'zh-Hans' | 'zh-Hant') {
  const rec = byId(dataset.recommendations, recId);
  const text = await screen.findByText(rec.text[lang]);
  return text.closest('li') as HTMLElement;
}

describe('each recommendation shows its themes, addressees, schemes and numbers', () => {
  test('in English: 5.2, the parcel threshold, with the source words', async () => {
    renderApp('/en/structure?open=5.2');
    const rec = byId(dataset.recommendations, 'R-5.2-1');
    const item = await recommendationItem(rec.id, 'en');
    for (const themeId of rec.themes) expect(within(item).getByText(byId(dataset.themes, themeId).label.en)).toBeInTheDocument();
    for (const addresseeId of rec.addressees) expect(within(item).getByText(byId(dataset.addressees, addresseeId).label.en)).toBeInTheDocument();
    for (const placeId of rec.places) expect(within(item).getByText(byId(dataset.places, placeId).label.en)).toBeInTheDocument();
    const ask = byId(dataset.asks, rec.askIds[0]!);
    expect(within(item).getByText(ask.label.en)).toBeInTheDocument();
    expect(within(item).getByText(`RMB${ask.from!.toLocaleString('en')} → RMB${ask.to!.toLocaleString('en')}`)).toBeInTheDocument();
    expect(within(item).getByText(ask.quote)).toHaveAttribute('lang', 'zh-Hant');
  });

  test('in Traditional Chinese: 2.3-5 names the ITSP, what it asks of it, and its HK$ caps', async () => {
    renderApp('/structure?open=2.3');
    const rec = byId(dataset.recommendations, 'R-2.3-5');
    const item = await recommendationItem(rec.id, 'zh-Hant');
    const itsp = byId(dataset.schemes, 'itsp');
    const request = itsp.requests.find((r) => r.recommendationId === rec.id)!.request;
    expect(request).toBe('speed-up');
    expect(within(item).getByText(itsp.name['zh-Hant']).parentElement).toHaveTextContent(`${itsp.name['zh-Hant']} — 加快審批`);
    const caps = rec.askIds.map((id) => byId(dataset.asks, id)).filter((ask) => ask.unit === 'money');
    expect(caps.map((ask) => ask.value)).toEqual([5_000_000, 2_500_000]);
    // Compact Hong Kong dollars in Chinese: HK$500萬, HK$250萬.
    expect(within(item).getByText('HK$500萬')).toBeInTheDocument();
    expect(within(item).getByText('HK$250萬')).toBeInTheDocument();
  });

  test("in Simplified Chinese: a section's lead and its background figures (6.1's manpower gap)", async () => {
    renderApp('/zh-Hans/structure?open=6.1');
    const section = byId(dataset.sections, '6.1');
    expect(await screen.findByText(section.lead!['zh-Hans'])).toHaveAttribute('lang', 'zh-Hans');
    const gap = dataset.asks.find((ask) => ask.sectionId === '6.1' && ask.source === 'lead')!;
    const button = screen.getByRole('button', { name: /^6\.1 / });
    const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
    const figures = within(panel).getByText('本节背景数字').parentElement as HTMLElement;
    expect(within(figures).getByText(gap.label['zh-Hans'])).toBeInTheDocument();
    expect(within(figures).getByText('18,000–23,000 人')).toBeInTheDocument();
    expect(within(figures).getByText('背景数字')).toBeInTheDocument();
  });

  test('the recommendation page shows the same annotations and its section context', async () => {
    renderApp('/en/recommendations/R-6.1-1');
    const rec = byId(dataset.recommendations, 'R-6.1-1');
    await screen.findByRole('heading', { level: 1, name: 'Recommendation 6.1-1' });
    expect(screen.getByText(byId(dataset.themes, rec.themes[0]!).label.en)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Context: section 6.1' })).toBeInTheDocument();
    expect(screen.getByText(byId(dataset.sections, '6.1').lead!.en)).toBeInTheDocument();
  });
});
