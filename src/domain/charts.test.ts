/**
 * The chart catalogue on the bundled dataset: whatever the filters, a bar of N opens N
 * recommendations (the schemes chart once counted asks but drilled down to mentions: its
 * NIFS bar said 1 and opened 3), and so does every part of a stacked bar.
 */
import { describe, expect, test } from 'vitest';
import { readBundledDataset } from '../testing/bundledData.ts';
import { CHART_IDS, CHARTS, chartAvailable, chartRows, chartsOf, pageOf, needsResponses, recommendationsBehind, recommendationsInSegment, selectChart, takenUp, type ChartDefinition, type CountRow } from './charts.ts';
import { parseBriefing, writeBriefing } from './briefing.ts';
import type { Dataset } from './dataset.ts';
import { buildFilterIndex, facetCounts, FILTER_DIMENSIONS, filterRecommendations, NO_FILTERS, type Filters } from './filters.ts';
import { VERDICTS } from './vocabulary.ts';

const dataset = readBundledDataset();
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

const STACKED = CHART_IDS.filter((chart) => (CHARTS[chart] as ChartDefinition).segments);
const verdictOf = new Map(dataset.recommendations.map((rec) => [rec.id, rec.response?.verdict]));
/** Adopted in full or in part, read from the recommendations themselves. */
const isTakenUp = (id: string) => verdictOf.get(id) === 'adopted' || verdictOf.get(id) === 'partly';

describe('the catalogue', () => {
  test('the overview leads with what was asked, by kind of help and coloured by what came of it; every chart is on a view', () => {
    expect(chartsOf('overview', dataset)).toEqual(['uptake-levers', 'industries', 'places', 'addressees', 'schemes', 'actions', 'chapters', 'pillars', 'themes']);
    expect(chartsOf('response', dataset)).toEqual(['uptake-industries', 'uptake-places', 'uptake-addressees', 'uptake-schemes', 'uptake-actions', 'uptake-chapters', 'uptake', 'uptake-levers']);
    expect(pageOf('uptake-levers')).toBe('overview');
    expect(pageOf('levers')).toBe('overview');
    expect(pageOf('uptake')).toBe('response');
    for (const chart of CHART_IDS) expect(['overview', 'response'], chart).toContain(pageOf(chart));
  });

  test('every chart can be pinned to a briefing, with its filters, and read back from the address', () => {
    const slides = CHART_IDS.map((chart) => ({ chart, filters: { ...NO_FILTERS, verdict: ['adopted'], industry: ['logistics-trading'] } }));
    expect(parseBriefing(writeBriefing(slides))).toEqual({ slides, invalid: [] });
    expect(parseBriefing('uptake-industries,uptake-,-uptake,uptake--levers').invalid).toEqual(['uptake-', '-uptake', 'uptake--levers']);
  });

  test('charts about the response are left out when the dataset has no response document', () => {
    expect(dataset.responseDocument).toBeDefined();
    const before: Dataset = { ...dataset, recommendations: dataset.recommendations.map((rec) => ({ ...rec, response: undefined })), responseDocument: undefined };
    expect(chartsOf('response', dataset)).toEqual(chartsOf('response'));
    expect(chartsOf('response', before)).toEqual([]);
    // The overview's lead chart has a stand-in: the kind of help, without the verdicts.
    expect(chartsOf('overview', before)).toEqual(['levers', ...chartsOf('overview').slice(1)]);
    for (const chart of CHART_IDS) expect(chartAvailable(before, chart)).toBe(!needsResponses(chart));
  });
});

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
      const inScope = filterRecommendations(dataset, index, filters);
      const { rows, finding } = selectChart(dataset, index, filters, chart, inScope.length);
      if (!finding) {
        expect(inScope.length === 0 || rows.length === 0).toBe(true);
        continue;
      }
      const shown = new Map(rows.map((row) => [row.id, row.count]));
      for (const id of finding.rows) expect(shown.has(id)).toBe(true);
      const chosenRows = rows.filter((row) => filters[CHARTS[chart].dimension].includes(row.id)).map((row) => row.id);
      switch (finding.kind) {
        case 'chosen':
          expect(finding.rows).toEqual(chosenRows);
          expect(finding.count).toBe(inScope.length);
          break;
        case 'chosen-taken-up':
          expect(finding.rows).toEqual(chosenRows);
          expect(finding.count).toBe(inScope.filter((rec) => isTakenUp(rec.id)).length);
          expect(finding.total).toBe(inScope.length);
          break;
        case 'uptake':
          expect(chart).toBe('uptake');
          expect(finding.count).toBe(inScope.filter((rec) => isTakenUp(rec.id)).length);
          expect(finding.total).toBe(inScope.length);
          expect(finding.rows).toEqual(rows.filter((row) => row.id === 'adopted' || row.id === 'partly').map((row) => row.id));
          break;
        case 'none-taken-up':
          expect(rows.every((row) => row.recommendationIds.every((id) => !isTakenUp(id)))).toBe(true);
          expect(finding.total).toBe(new Set(rows.flatMap((row) => row.recommendationIds)).size);
          break;
        case 'taken-up':
        case 'taken-up-tied': {
          // The most taken up, counted from the recommendations; the "none in particular" row only when no other has any.
          const general = (CHARTS[chart] as ChartDefinition).general;
          const taken = (row: CountRow) => row.recommendationIds.filter(isTakenUp).length;
          const particular = rows.filter((row) => row.id !== general && taken(row) > 0);
          const candidates = particular.length > 0 ? particular : rows;
          const most = Math.max(...candidates.map(taken));
          expect(finding.count).toBe(most);
          expect(finding.rows).toEqual(candidates.filter((row) => taken(row) === most).map((row) => row.id));
          if (finding.kind === 'taken-up') expect(finding.total).toBe(shown.get(finding.rows[0]));
          else expect(finding.rows.length).toBeGreaterThan(1);
          break;
        }
        default: {
          // Nothing on the chart has more than what the title names (a "none in particular" row aside, which it never names), and "leads" means alone at the top.
          const general = (CHARTS[chart] as ChartDefinition).general;
          if (general && rows.some((row) => row.id !== general)) {
            expect(finding.rows).not.toContain(general);
            shown.delete(general);
          }
          expect(Math.max(...shown.values())).toBe(finding.count);
          expect(finding.total).toBe(inScope.length);
          if (finding.kind === 'leads') expect([...shown.values()].filter((count) => count === finding.count)).toHaveLength(1);
          if (finding.kind === 'all') expect(finding.count).toBe(inScope.length);
          if (finding.kind === 'leads' || finding.kind === 'tied') expect(finding.count).toBeLessThan(inScope.length);
        }
      }
      // A chart about the response says what was taken up (unless a filter chose its verdicts); the others never do.
      if (finding.kind !== 'chosen') expect(['uptake', 'taken-up', 'taken-up-tied', 'none-taken-up', 'chosen-taken-up'].includes(finding.kind)).toBe(needsResponses(chart));
    }
  });

  test.each(STACKED)('%s: every row splits by verdict, strongest first, and a segment of N opens N recommendations', (chart) => {
    let segments = 0;
    for (const filters of filterCases()) {
      for (const row of chartRows(dataset, index, filters, chart).rows) {
        expect(row.segments?.map((segment) => segment.verdict)).toEqual([...VERDICTS]);
        expect(row.segments!.reduce((sum, segment) => sum + segment.count, 0)).toBe(row.count);
        // The parts are the row's recommendations, each once, in source order within a part.
        expect(row.segments!.flatMap((segment) => segment.recommendationIds).sort()).toEqual([...row.recommendationIds].sort());
        expect(takenUp(row)).toBe(row.recommendationIds.filter(isTakenUp).length);
        for (const segment of row.segments!) {
          expect(segment.recommendationIds.every((id) => verdictOf.get(id) === segment.verdict)).toBe(true);
          expect(segment.recommendationIds).toEqual(row.recommendationIds.filter((id) => segment.recommendationIds.includes(id)));
          // A part with recommendations opens exactly them (an empty part has no link).
          if (segment.count === 0) continue;
          segments++;
          const behind = recommendationsInSegment(dataset, index, filters, chart, row.id, segment.verdict).map((rec) => rec.id);
          expect({ filters, row: row.id, verdict: segment.verdict, ids: segment.recommendationIds }).toEqual({ filters, row: row.id, verdict: segment.verdict, ids: behind });
        }
      }
    }
    expect(segments).toBeGreaterThan(0);
  });

  test('the charts that are not stacked have no segments', () => {
    for (const chart of CHART_IDS.filter((id) => !STACKED.includes(id))) for (const row of chartRows(dataset, index, NO_FILTERS, chart).rows) expect(row.segments).toBeUndefined();
  });
});
