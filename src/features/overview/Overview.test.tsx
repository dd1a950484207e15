import { screen, within, waitFor } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { Dataset } from '../../domain/dataset.ts';
import { ancestry } from '../../domain/hierarchy.ts';
import { bundledDataset as dataset, serveDatasetDuringTests } from '../../testing/datasetServer.ts';
import { renderApp } from '../../testing/renderApp.tsx';
import { headlineFigure } from '../../testing/headline.ts';

serveDatasetDuringTests();

// Expectations are computed here from the dataset's plain lists, independently of the domain metrics.
const byId = <T extends { id: string }>(items: readonly T[], id: string) => items.find((item) => item.id === id)!;
const chapterOf = (rec: Dataset['recommendations'][number]) => byId(dataset.sections, rec.sectionId).chapterId;
function placesWithParents(ids: readonly string[]): Set<string> {
  const all = new Set<string>();
  for (let id of ids) {
    for (let guard = 0; guard < 5 && id; guard++) {
      all.add(id);
      id = byId(dataset.places, id).parentId ?? '';
    }
  }
  return all;
}
function tally(values: (rec: Dataset['recommendations'][number]) => Iterable<string>) {
  const counts = new Map<string, number>();
  for (const rec of dataset.recommendations) for (const value of values(rec)) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** Opens the chart whose title starts with `titleStart` as a table and reads its rows: [label, count]. */
async function tableRows(user: ReturnType<typeof renderApp>['user'], titlePattern: RegExp): Promise<[string, number][]> {
  const figure = (await screen.findByRole('figure', { name: titlePattern })) as HTMLElement;
  await user.click(within(figure).getByRole('button', { name: 'Table' }));
  const table = within(figure).getByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [within(row).getByRole('rowheader').textContent!, Number(within(row).getAllByRole('cell')[0]!.textContent)]);
}

describe('Overview: every metric through its table', () => {
  test('headline figures', async () => {
    renderApp('/?lang=en');
    await screen.findByRole('region', { name: 'Headline figures' });
    const value = headlineFigure;
    const asked = dataset.schemes.filter((s) => s.requests.some((r) => r.request !== 'reference')).length;
    const pages = new Set(dataset.recommendations.flatMap((r) => Array.from({ length: r.endPage - r.page + 1 }, (_, i) => r.page + i))).size;
    expect(value('Recommendations')).toBe(String(dataset.recommendations.length));
    expect(value('Themes')).toBe(String(new Set(dataset.recommendations.flatMap((r) => r.themes)).size));
    expect(value('Funding schemes asked of')).toBe(String(asked));
    expect(value('Numbers asked for')).toBe(String(dataset.asks.filter((a) => a.role === 'ask').length));
    expect(value('Pages with recommendations')).toBe(String(pages));
  });

  test('recommendations by theme: rows, counts, order, and the finding in the title', async () => {
    const { user } = renderApp('/?lang=en');
    const counts = tally((rec) => rec.themes);
    const expected = dataset.themes
      .map((theme) => [theme.label.en, counts.get(theme.id) ?? 0] as [string, number])
      .filter(([, count]) => count > 0)
      .sort((a, b) => b[1] - a[1]);
    const [topLabel, topCount] = expected[0]!;
    const rows = await tableRows(user, new RegExp(`^${topLabel} leads: ${topCount} of ${dataset.recommendations.length}`));
    expect(rows.map(([, count]) => count)).toEqual(expected.map(([, count]) => count));
    expect(new Set(rows.map(([label]) => label))).toEqual(new Set(expected.map(([label]) => label)));
  });

  test('recommendations by chapter, in the submission order', async () => {
    const { user } = renderApp('/?lang=en');
    const counts = tally((rec) => [chapterOf(rec)]);
    const rows = await tableRows(user, /has the most recommendations/);
    expect(rows).toEqual(dataset.chapters.map((c) => [`${c.number}.\u00a0${c.title.en}`, counts.get(c.id)]));
  });

  test('recommendations by addressee, by place (areas count for the place they are in) and by kind of ask', async () => {
    const { user } = renderApp('/?lang=en');
    const addressees = tally((rec) => rec.addressees);
    const rows = await tableRows(user, /is asked to act in/);
    expect(Object.fromEntries(rows)).toEqual(Object.fromEntries(dataset.addressees.filter((a) => addressees.has(a.id)).map((a) => [a.label.en, addressees.get(a.id)])));

    const places = tally((rec) => placesWithParents(rec.places));
    const placeRows = await tableRows(user, /is the place named most/);
    expect(Object.fromEntries(placeRows)).toEqual(Object.fromEntries(dataset.places.filter((p) => places.has(p.id)).map((p) => [p.label.en, places.get(p.id)])));
    const northern = placeRows.find(([label]) => label === 'Northern Metropolis')![1];
    expect(northern).toBeGreaterThan(dataset.recommendations.filter((r) => r.places.includes('northern-metropolis')).length - 1);

    const actions = tally((rec) => [rec.action]);
    const actionRows = await tableRows(user, /is the most common kind of ask/);
    expect(actionRows.reduce((sum, [, count]) => sum + count, 0)).toBe(dataset.recommendations.length);
    expect(actionRows[0]![1]).toBe(Math.max(...actions.values()));
  });

  test('schemes named, with what is asked of each', async () => {
    const { user } = renderApp('/?lang=en');
    // A scheme's bar counts the recommendations that name it or a programme under it; one never named itself has none.
    const around = ancestry(dataset.schemes);
    const named = dataset.schemes
      .filter((s) => s.requests.length > 0)
      .map((s) => [s.name.en, dataset.recommendations.filter((r) => around(r.schemeIds).includes(s.id)).length] as [string, number]);
    // The title names the scheme named most, or the schemes that share the lead.
    const most = Math.max(...named.map(([, count]) => count));
    const leaders = named.filter(([, count]) => count === most);
    const title = leaders.length > 1 ? new RegExp(`share the lead, with ${most} of ${dataset.recommendations.length} recommendations each`) : /is named most/;
    const rows = await tableRows(user, title);
    expect(Object.fromEntries(rows)).toEqual(Object.fromEntries(named));
    const bud = byId(dataset.schemes, 'bud-fund');
    const budRow = screen.getByRole('rowheader', { name: new RegExp(`^${bud.name.en.replace(/[()]/g, '.')}`) }).closest('tr')!;
    expect(budRow).toHaveTextContent('defer a change (1)');
  });

  test('a table row drills down to Explore, filtered to the recommendations behind it', async () => {
    const { user, currentUrl } = renderApp('/?lang=en');
    const halal = byId(dataset.themes, 'halal');
    const count = dataset.recommendations.filter((r) => r.themes.includes('halal')).length;
    await tableRows(user, /leads:/);
    await user.click(screen.getByRole('link', { name: `${halal.label.en}: ${count} recommendations — see them` }));
    await waitFor(() => expect(currentUrl()).toBe('/explore?lang=en&theme=halal'));
    expect(await screen.findByText(`${count} of ${dataset.recommendations.length} recommendations`)).toBeInTheDocument();
  });

  test('filters in the URL narrow every figure; an unknown filter value is reported', async () => {
    renderApp('/?theme=halal,nonsense&lang=en');
    const figures = await screen.findByRole('region', { name: 'Headline figures' });
    const halalCount = dataset.recommendations.filter((r) => r.themes.includes('halal')).length;
    expect(within(figures).getByText('Recommendations').nextElementSibling).toHaveTextContent(String(halalCount));
    expect(screen.getByText('the submission has no Theme “nonsense”')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove filter: Theme: Halal industry' })).toBeInTheDocument();
  });

  test('the number cards: the parcel threshold from → to, its words, and its recommendation one click away', async () => {
    const { user, currentUrl } = renderApp('/?lang=en');
    const ask = dataset.asks.find((a) => a.recommendationId === 'R-5.2-1' && a.role === 'ask')!;
    const rec = byId(dataset.recommendations, 'R-5.2-1');
    const card = (await screen.findByText(ask.label.en)).closest('li')!;
    expect(card).toHaveTextContent('RMB800 → RMB3,000');
    expect(card).toHaveTextContent(`×${(ask.to! / ask.from!).toString()}`);
    expect(within(card).getByText(ask.quote)).toHaveAttribute('lang', 'zh-Hant');
    await user.click(within(card).getByRole('link', { name: `Recommendation 5.2-1, p. ${rec.page}` }));
    await waitFor(() => expect(currentUrl()).toBe('/recommendations/R-5.2-1?lang=en'));
  });
});

describe('Overview: pillars', () => {
  test('recommendations by pillar', async () => {
    const { user } = renderApp('/?lang=en');
    const counts = tally((rec) => [byId(dataset.chapters, chapterOf(rec)).pillarId]);
    const rows = await tableRows(user, /^Pillar \d, .* carries/);
    expect(rows).toEqual(dataset.pillars.map((p) => [`${p.number}.\u00a0${p.title.en}`, counts.get(p.id)]));
  });
});

describe('Overview: the facets executives filter by (issue 14)', () => {
  test('recommendations by industry and by kind of help, each as many as carry the value', async () => {
    const { user } = renderApp('/?lang=en');
    for (const [facet, titleStart] of [['industries', /leads the industries/], ['levers', /is the help asked most/]] as const) {
      const counts = tally((rec) => rec[facet]);
      const rows = await tableRows(user, titleStart);
      expect(Object.fromEntries(rows)).toEqual(Object.fromEntries(dataset[facet].filter((value) => counts.has(value.id)).map((value) => [value.label.en, counts.get(value.id)])));
      // Largest first.
      expect(rows.map(([, count]) => count)).toEqual([...rows.map(([, count]) => count)].sort((a, b) => b - a));
    }
  });
});
