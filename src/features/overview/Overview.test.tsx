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

/** Opens the chart whose title matches as a table and reads its rows: [label, count] (a stacked chart's count is its Total column). */
async function tableRows(user: ReturnType<typeof renderApp>['user'], titlePattern: RegExp): Promise<[string, number][]> {
  const figure = (await screen.findByRole('figure', { name: titlePattern })) as HTMLElement;
  await user.click(within(figure).getByRole('button', { name: 'Table' }));
  const table = within(figure).getByRole('table');
  const headers = within(table).getAllByRole('columnheader').map((cell) => cell.textContent);
  const column = headers.includes('Total') ? headers.indexOf('Total') - 1 : 0;
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [within(row).getByRole('rowheader').textContent!, Number(within(row).getAllByRole('cell')[column]!.textContent)]);
}

describe('Overview: every metric through its table', () => {
  test('the summary: a finding written from the data, and count cards that open as many rows as they count', async () => {
    const { user, currentUrl } = renderApp('/en');
    const summary = await screen.findByRole('region', { name: 'Summary' });
    const recs = dataset.recommendations;
    const verdicts = (verdict: string) => recs.filter((r) => r.response?.verdict === verdict).length;
    const leverCounts = tally((rec) => rec.levers);
    const [topLever, topLeverCount] = [...leverCounts].sort((a, b) => b[1] - a[1])[0]!;
    expect(summary).toHaveTextContent(`FHKI made ${recs.length} recommendations to the 2025 Policy Address.`);
    expect(summary).toHaveTextContent(`The help it asked for most: ${byId(dataset.levers, topLever).label.en} (${topLeverCount}).`);
    expect(summary).toHaveTextContent(`adopted ${verdicts('adopted')} in full and ${verdicts('partly')} in part; ${verdicts('related')} were mentioned without a commitment and ${verdicts('not-addressed')} not addressed.`);
    const asks = dataset.asks.filter((a) => a.role === 'ask').length;
    // The schemes chart's rows: a scheme the text names (an umbrella named only through its programmes has no row).
    const named = dataset.schemes.filter((s) => s.requests.length > 0).length;
    expect(headlineFigure('Recommendations')).toBe(String(recs.length));
    expect(headlineFigure('Taken up in full or in part')).toBe(String(verdicts('adopted') + verdicts('partly')));
    expect(headlineFigure('Still open: not addressed')).toBe(String(verdicts('not-addressed')));
    expect(headlineFigure('Quantities asked for')).toBe(String(asks));
    expect(headlineFigure('Funding schemes named')).toBe(String(named));
    // The quantities card points at the cards below, one per ask; the schemes card at the schemes chart's table, one row per scheme.
    expect(within(summary).getByRole('link', { name: `${asks} Quantities asked for` })).toHaveAttribute('href', '/en#asks');
    const asksSection = screen.getByRole('region', { name: 'The quantities asked for' });
    expect(within(asksSection).getAllByRole('list')[0]!.children).toHaveLength(asks);
    await user.click(within(summary).getByRole('link', { name: `${named} Funding schemes named` }));
    await waitFor(() => expect(currentUrl()).toBe('/en?table=schemes#chart-schemes'));
    const schemesTable = await within(await screen.findByRole('figure', { name: /is named most|share the lead/ })).findByRole('table');
    expect(within(schemesTable).getAllByRole('row').slice(1)).toHaveLength(named);
    await user.click(within(await screen.findByRole('region', { name: 'Summary' })).getByRole('link', { name: `${verdicts('not-addressed')} Still open: not addressed` }));
    await waitFor(() => expect(currentUrl()).toBe('/en/explore?verdict=not-addressed'));
    expect(await screen.findByText(`${verdicts('not-addressed')} of ${recs.length} recommendations`)).toBeInTheDocument();
  });

  test('the headline asks: at most eight, money first, each with its response and one click from its words', async () => {
    const { user, currentUrl } = renderApp('/en');
    const section = await screen.findByRole('region', { name: 'The headline asks' });
    const cards = within(section).getAllByRole('listitem');
    expect(cards.length).toBeGreaterThanOrEqual(5);
    expect(cards.length).toBeLessThanOrEqual(8);
    const parcel = dataset.asks.find((a) => a.recommendationId === 'R-5.2-1' && a.role === 'ask')!;
    const card = cards.find((c) => c.textContent!.includes(parcel.label.en))!;
    expect(card).toHaveTextContent('RMB800 → RMB3,000');
    const rec = byId(dataset.recommendations, 'R-5.2-1');
    expect(card).toHaveTextContent({ adopted: 'Adopted', partly: 'Partly adopted', related: 'Related, no commitment', 'not-addressed': 'Not addressed' }[rec.response!.verdict]);
    await user.click(within(card).getByRole('link', { name: `Recommendation 5.2-1, p. ${rec.page}` }));
    await waitFor(() => expect(currentUrl()).toBe('/en/recommendations/R-5.2-1'));
  });

  test('recommendations by theme: rows, counts, order, and the finding in the title', async () => {
    const { user } = renderApp('/en');
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
    const { user } = renderApp('/en');
    const counts = tally((rec) => [chapterOf(rec)]);
    const rows = await tableRows(user, /has the most recommendations/);
    expect(rows).toEqual(dataset.chapters.map((c) => [`${c.number}.\u00a0${c.title.en}`, counts.get(c.id)]));
  });

  test('recommendations by addressee, by place (areas count for the place they are in) and by kind of ask', async () => {
    const { user } = renderApp('/en');
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
    const { user } = renderApp('/en');
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
    const { user, currentUrl } = renderApp('/en');
    const halal = byId(dataset.themes, 'halal');
    const count = dataset.recommendations.filter((r) => r.themes.includes('halal')).length;
    await tableRows(user, /leads:/);
    await user.click(screen.getByRole('link', { name: `${halal.label.en}: ${count} recommendations — see them` }));
    await waitFor(() => expect(currentUrl()).toBe('/en/explore?theme=halal'));
    expect(await screen.findByText(`${count} of ${dataset.recommendations.length} recommendations`)).toBeInTheDocument();
  });

  test('filters in the URL narrow every figure; an unknown filter value is reported', async () => {
    renderApp('/en?theme=halal,nonsense');
    const summary = await screen.findByRole('region', { name: 'Summary' });
    const halalCount = dataset.recommendations.filter((r) => r.themes.includes('halal')).length;
    expect(headlineFigure('Recommendations')).toBe(String(halalCount));
    expect(summary).toHaveTextContent(`${halalCount} recommendations are in view.`);
    expect(screen.getByText('the submission has no Theme “nonsense”')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove filter: Theme: Halal industry' })).toBeInTheDocument();
  });

  test('the number cards: the parcel threshold from → to, its words, and its recommendation one click away', async () => {
    const { user, currentUrl } = renderApp('/en');
    const ask = dataset.asks.find((a) => a.recommendationId === 'R-5.2-1' && a.role === 'ask')!;
    const rec = byId(dataset.recommendations, 'R-5.2-1');
    const asksSection = await screen.findByRole('region', { name: 'The quantities asked for' });
    const card = (await within(asksSection).findByText(ask.label.en)).closest('li')!;
    expect(card).toHaveTextContent('RMB800 → RMB3,000');
    expect(card).toHaveTextContent(`×${(ask.to! / ask.from!).toString()}`);
    expect(within(card).getByText(ask.quote)).toHaveAttribute('lang', 'zh-Hant');
    await user.click(within(card).getByRole('link', { name: `Recommendation 5.2-1, p. ${rec.page}` }));
    await waitFor(() => expect(currentUrl()).toBe('/en/recommendations/R-5.2-1'));
  });
});

describe('Overview: pillars', () => {
  test('recommendations by pillar', async () => {
    const { user } = renderApp('/en');
    const counts = tally((rec) => [byId(dataset.chapters, chapterOf(rec)).pillarId]);
    const rows = await tableRows(user, /^Pillar \d, .* carries/);
    expect(rows).toEqual(dataset.pillars.map((p) => [`${p.number}.\u00a0${p.title.en}`, counts.get(p.id)]));
  });
});

describe('Overview: the facets executives filter by (issue 14)', () => {
  test('recommendations by industry, and (first on the page) by kind of help with what came of it, each as many as carry the value', async () => {
    const { user } = renderApp('/en');
    const figures = await screen.findAllByRole('figure');
    expect(figures[0]).toHaveAccessibleName(/had the most asks taken up/);
    for (const [facet, titleStart] of [['industries', /leads the industries/], ['levers', /had the most asks taken up/]] as const) {
      const counts = tally((rec) => rec[facet]);
      const rows = await tableRows(user, titleStart);
      expect(Object.fromEntries(rows)).toEqual(Object.fromEntries(dataset[facet].filter((value) => counts.has(value.id)).map((value) => [value.label.en, counts.get(value.id)])));
      // Largest first.
      expect(rows.map(([, count]) => count)).toEqual([...rows.map(([, count]) => count)].sort((a, b) => b - a));
    }
  });
});
