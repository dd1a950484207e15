/**
 * The chart catalogue on the bundled dataset: whatever the filters, a bar of N opens N
 * recommendations (the schemes chart once counted asks but drilled down to mentions: its
 * NIFS bar said 1 and opened 3).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHART_IDS, CHARTS, chartRows, recommendationsBehind, selectChart } from './charts.ts';
import { Dataset } from './dataset.ts';
import { buildFilterIndex, facetCounts, FILTER_DIMENSIONS, filterRecommendations, NO_FILTERS, type Filters } from './filters.ts';

const dataset = Dataset.parse(JSON.parse(readFileSync(resolve('public/data/fhki-2025-policy-address.json'), 'utf8')));
const index = buildFilterIndex(dataset);

/** No filter; each dimension's two most common values alone; and pairs across dimensions. */
function filterCases(): Filters[] {
  const cases: Filters[] = [NO_FILTERS];
  for (const dimension of FILTER_DIMENSIONS) {
    // A dimension without a chart of its own (emphasis) is filtered by its most frequent values.
    const top = [...facetCounts(dataset, index, NO_FILTERS, dimension)].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([id]) => id);
    cases.push({ ...NO_FILTERS, [dimension]: [top[0]!] }, { ...NO_FILTERS, [dimension]: top });
  }
  const singles = cases.slice(1).filter((_, i) => i % 2 === 0);
  for (let i = 0; i + 1 < singles.length; i++) cases.push(Object.fromEntries(FILTER_DIMENSIONS.map((d) => [d, [...singles[i]![d], ...singles[i + 1]![d]]])) as unknown as Filters);
  return cases;
}

describe('every chart of the catalogue, on the bundled dataset', () => {
  test.each(CHART_IDS)('%s: a bar of N opens N recommendations, whatever the filters', (chart) => {
    for (const filters of filterCases()) {
      for (const row of chartRows(dataset, index, filters, chart).rows) {
        const behind = recommendationsBehind(dataset, index, filters, chart, row.id).map((rec) => rec.id);
        expect({ filters, row: row.id, count: row.count }).toEqual({ filters, row: row.id, count: behind.length });
        expect(row.recommendationIds).toEqual(behind);
      }
    }
  });

  test.each(CHART_IDS)('%s: the finding is about rows the chart shows, out of the right total', (chart) => {
    for (const filters of filterCases()) {
      const inScope = filterRecommendations(dataset, index, filters).length;
      const { rows, finding } = selectChart(dataset, index, filters, chart, inScope);
      if (!finding) {
        expect(inScope === 0 || rows.length === 0).toBe(true);
        continue;
      }
      const shown = new Map(rows.map((row) => [row.id, row.count]));
      for (const id of finding.rows) expect(shown.has(id)).toBe(true);
      if (finding.kind === 'chosen') {
        expect(finding.rows).toEqual(rows.filter((row) => filters[CHARTS[chart].dimension].includes(row.id)).map((row) => row.id));
        expect(finding.count).toBe(inScope);
      } else {
        // Nothing on the chart has more than what the title names (a "none in particular" row aside, which it never names), and "leads" means alone at the top.
        const general = (CHARTS[chart] as { general?: string }).general;
        if (general && rows.some((row) => row.id !== general)) {
          expect(finding.rows).not.toContain(general);
          shown.delete(general);
        }
        expect(Math.max(...shown.values())).toBe(finding.count);
        expect(finding.total).toBe(inScope);
        if (finding.kind === 'leads') expect([...shown.values()].filter((count) => count === finding.count)).toHaveLength(1);
        if (finding.kind === 'all') expect(finding.count).toBe(inScope);
        if (finding.kind === 'leads' || finding.kind === 'tied') expect(finding.count).toBeLessThan(inScope);
      }
    }
  });
});
