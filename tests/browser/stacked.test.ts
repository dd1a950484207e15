/**
 * Issue 15, a stacked chart as the reader sees it: the uptake by industry pinned to a briefing
 * through its address (en, desktop). Each part of a bar is as long as its count on the chart's
 * one scale (measured by bounding boxes), in its verdict's colour; the legend names every colour
 * in words and is on screen; axe finds nothing; a screenshot is kept for a look.
 */
import { describe, expect } from 'vitest';
import { dataset, expectNoAxeViolations, screenshot, test, useBrowser } from './support.ts';
import { VERDICTS } from '../../src/domain/vocabulary.ts';
import { VERDICT_COLOURS } from '../../src/ui/charts/chartTypes.ts';

const session = useBrowser();

/** Each industry's recommendations by verdict, from the dataset's plain lists (independently of the catalogue). */
const expected = new Map(
  dataset.industries.map((industry) => {
    const recs = dataset.recommendations.filter((rec) => rec.industries.includes(industry.id));
    return [industry.label.en, Object.fromEntries(VERDICTS.map((verdict) => [verdict, recs.filter((rec) => rec.response?.verdict === verdict).length]))];
  }),
);

describe('a stacked chart (en, desktop)', () => {
  test('the uptake by industry on a slide: parts proportional to their counts, the legend on screen, no axe violations', async ({ openPage }) => {
    const { page, problems, cspViolations } = await openPage('desktop');
    await page.goto(`${session.baseUrl}/en/briefing?brief=uptake-industries&slide=1`);
    const figure = page.locator('figure#chart-uptake-industries');
    await figure.locator('.chart__segment-link').first().waitFor();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));

    // Every bar: its label (from the row's link) and its parts, left to right, with their boxes and colours.
    const bars = await figure.locator('.chart__svg').evaluate((svg) =>
      [...svg.querySelectorAll(':scope > g')].map((row) => ({
        name: row.querySelector('a:not(.chart__segment-link)')!.getAttribute('aria-label')!,
        parts: [...row.querySelectorAll('a.chart__segment-link')].map((link) => {
          const rect = link.querySelector('rect')!;
          const box = rect.getBoundingClientRect();
          return { verdict: (link as SVGAElement).dataset.segment!, left: box.left, right: box.right, width: box.width, fill: rect.getAttribute('fill') };
        }),
      })),
    );
    expect(bars.length).toBe([...expected.values()].filter((counts) => Object.values(counts).some((count) => count > 0)).length);
    const units: number[] = [];
    for (const bar of bars) {
      const label = bar.name.slice(0, bar.name.indexOf(':'));
      const counts = expected.get(label)!;
      expect(counts, bar.name).toBeDefined();
      expect(bar.parts.map((part) => part.verdict)).toEqual(VERDICTS.filter((verdict) => counts[verdict]! > 0));
      expect(bar.parts.map((part) => part.fill)).toEqual(bar.parts.map((part) => VERDICT_COLOURS[part.verdict as keyof typeof VERDICT_COLOURS]));
      // px per recommendation: the whole bar over its total; each part starts where the counts before it end.
      const total = bar.parts.reduce((sum, part) => sum + counts[part.verdict]!, 0);
      const unit = (bar.parts.at(-1)!.right - bar.parts[0]!.left) / total;
      units.push(unit);
      let before = 0;
      for (const part of bar.parts) {
        expect(Math.abs(part.left - (bar.parts[0]!.left + before * unit)), `${label}: where ${part.verdict} starts`).toBeLessThan(0.75);
        // A part is drawn its count long, less the thin gap to the next (never more than 2 px here).
        expect(part.width, `${label}: ${part.verdict}`).toBeGreaterThan(counts[part.verdict]! * unit - 2.5);
        expect(part.width).toBeLessThanOrEqual(counts[part.verdict]! * unit + 0.75);
        before += counts[part.verdict]!;
      }
    }
    // One scale for every bar.
    expect(Math.max(...units) - Math.min(...units)).toBeLessThan(0.01 * Math.max(...units));

    // The legend: every verdict in words beside its colour, on screen above the bars.
    const legend = figure.getByRole('list', { name: 'Key' });
    await legend.waitFor({ state: 'visible' });
    const items = await legend.locator('li').evaluateAll((lis) =>
      lis.map((li) => {
        const box = li.getBoundingClientRect();
        return { text: li.textContent, fill: li.querySelector('rect')!.getAttribute('fill'), top: box.top, bottom: box.bottom, left: box.left, right: box.right };
      }),
    );
    expect(items.map((item) => item.text)).toEqual(['Adopted', 'Partly adopted', 'Related, no commitment', 'Not addressed']);
    expect(items.map((item) => item.fill)).toEqual(VERDICTS.map((verdict) => VERDICT_COLOURS[verdict]));
    const svgTop = await figure.locator('.chart__svg').evaluate((svg) => svg.getBoundingClientRect().top);
    for (const item of items) {
      expect(item.right - item.left).toBeGreaterThan(0);
      expect(item.bottom).toBeLessThanOrEqual(svgTop);
      expect(item.top).toBeGreaterThanOrEqual(0);
      expect(item.bottom).toBeLessThanOrEqual(900);
    }

    await expectNoAxeViolations(page, 'the uptake by industry on a slide (en, desktop)');
    await screenshot(page, 'stacked-uptake-industries-en-desktop');
    expect(problems).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
