/**
 * A stacked chart of the response, rendered by the app: its finding as the title, the legend in
 * words, the parts of each bar as links named for screen readers (out of the Tab order), and the
 * table twin with a column per verdict whose counts are the keyboard's links to those recommendations.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { bundledDataset as dataset, serveDatasetDuringTests } from '../../testing/datasetServer.ts';
import { renderApp } from '../../testing/renderApp.tsx';

serveDatasetDuringTests();

// Expectations from the dataset's plain lists, independently of the catalogue.
const VERDICT_WORDS = { adopted: 'Adopted', partly: 'Partly adopted', related: 'Related, no commitment', 'not-addressed': 'Not addressed' } as const;
const industries = dataset.industries
  .map((industry) => {
    const recs = dataset.recommendations.filter((rec) => rec.industries.includes(industry.id));
    const by = (verdict: string) => recs.filter((rec) => rec.response?.verdict === verdict).length;
    return { id: industry.id, label: industry.label.en, total: recs.length, adopted: by('adopted'), partly: by('partly'), related: by('related'), notAddressed: by('not-addressed') };
  })
  .filter((row) => row.total > 0);
/** Where a link drills down to: its path and the two filters that matter here. */
const drillDown = (link: Element) => {
  const url = new URL(link.getAttribute('href')!, 'http://localhost');
  return { path: url.pathname, verdict: url.searchParams.get('verdict'), industry: url.searchParams.get('industry') };
};
const taken = (row: (typeof industries)[number]) => row.adopted + row.partly;
const particular = industries.filter((row) => row.id !== 'all-industries');
const top = particular.reduce((best, row) => (taken(row) > taken(best) ? row : best));

describe('the uptake by industry (en)', () => {
  test('the printed pack: the finding, the legend and the table with a link per verdict', async () => {
    renderApp('/en/briefing?brief=uptake-industries&print=1');
    expect(particular.filter((row) => taken(row) === taken(top))).toHaveLength(1);
    const figure = await screen.findByRole('figure', { name: `${top.label} had the most asks taken up: ${taken(top)} of its ${top.total} adopted in full or in part` });
    const legend = within(figure).getByRole('list', { name: 'Key' });
    expect(within(legend).getAllByRole('listitem').map((item) => item.textContent)).toEqual(Object.values(VERDICT_WORDS));

    const table = within(figure).getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent!.trim())).toEqual(['Industry', ...Object.values(VERDICT_WORDS), 'Total']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(industries.length);
    for (const row of rows) {
      const label = within(row).getByRole('rowheader').textContent!;
      const expected = industries.find((industry) => industry.label === label)!;
      const cells = within(row).getAllByRole('cell').map((cell) => Number(cell.textContent));
      expect(cells).toEqual([expected.adopted, expected.partly, expected.related, expected.notAddressed, expected.total]);
    }
    // Each count of a verdict with recommendations is a link to them; a count of none is not.
    const topRow = rows.find((row) => within(row).getByRole('rowheader').textContent === top.label)!;
    const counts = { adopted: top.adopted, partly: top.partly, related: top.related, 'not-addressed': top.notAddressed };
    for (const [verdict, count] of Object.entries(counts)) {
      const name = `${top.label} — ${VERDICT_WORDS[verdict as keyof typeof VERDICT_WORDS]}: ${count} recommendation${count === 1 ? '' : 's'}, see ${count === 1 ? 'it' : 'them'}`;
      if (count === 0) {
        expect(within(topRow).queryByRole('link', { name })).toBeNull();
        continue;
      }
      expect(drillDown(within(topRow).getByRole('link', { name }))).toEqual({ path: '/en/explore', verdict, industry: top.id });
    }
  });

  test('the slide: one Tab stop per bar, named with its parts; each part a link of its own, out of the Tab order', async () => {
    const { container } = renderApp('/en/briefing?brief=uptake-industries');
    await screen.findByRole('figure', { name: new RegExp(`^${top.label} had the most asks taken up`) });
    await waitFor(() => expect(container.querySelector('.chart__segment-link')).not.toBeNull());
    const breakdown = [`Adopted ${top.adopted}`, `Partly adopted ${top.partly}`, `Related, no commitment ${top.related}`, `Not addressed ${top.notAddressed}`].filter((part) => !part.endsWith(' 0'));
    const bar = screen.getByRole('link', { name: `${top.label}: ${top.total} recommendations (${breakdown.join('; ')}) — see them` });
    expect(bar).not.toHaveAttribute('tabindex');
    const parts = [...container.querySelectorAll<SVGAElement>('.chart__segment-link')].filter((part) => part.getAttribute('aria-label')!.startsWith(`${top.label} — `));
    expect(parts.map((part) => part.dataset.segment)).toEqual((['adopted', 'partly', 'related', 'not-addressed'] as const).filter((verdict) => top[verdict === 'not-addressed' ? 'notAddressed' : verdict] > 0));
    for (const part of parts) {
      expect(part).toHaveAttribute('tabindex', '-1');
      expect(drillDown(part)).toEqual({ path: '/en/explore', verdict: part.dataset.segment, industry: top.id });
    }
  });
});
