import { describe, expect, test } from 'vitest';
import { makeRecommendation as rec, tri, FACET_FIXTURES } from '../testing/fixtures.ts';
import { Dataset } from './dataset.ts';
import { buildFilterIndex, facetCounts, filterRecommendations, knownFilters, filterValues, NO_FILTERS, type Filters } from './filters.ts';
import { chartFinding, chartRows, citeRecommendations, numberRuns, type ChartId } from './charts.ts';
import { headline, numericAsks } from './metrics.ts';

/** 2 chapters, 3 sections, 5 recommendations; San Tin lies in the Northern Metropolis. */
const dataset: Dataset = Dataset.parse({
  schemaVersion: 2,
  revision: 'c'.repeat(64),
  submission: { id: 'tiny', title: tri('小'), author: tri('作者'), date: '2025-08', pages: 6, sourceSha256: 'b'.repeat(64) },
  pillars: [{ id: 'P1', number: 1, title: tri('範疇') }],
  chapters: [
    { id: 'C1', pillarId: 'P1', number: 1, title: tri('一'), page: 2 },
    { id: 'C2', pillarId: 'P1', number: 2, title: tri('二'), page: 4 },
  ],
  sections: [
    { id: '1.1', chapterId: 'C1', number: '1.1', title: tri('一一'), page: 2 },
    { id: '1.2', chapterId: 'C1', number: '1.2', title: tri('一二'), page: 3, lead: tri('背景') },
    { id: '2.1', chapterId: 'C2', number: '2.1', title: tri('二一'), page: 4 },
  ],
  recommendations: [
    rec('R-1.1-1', '1.1', 2, { themes: ['halal', 'trade'], places: ['san-tin'], action: 'fund', schemeIds: ['bud'] }),
    rec('R-1.1-2', '1.1', 2, { themes: ['halal'], places: ['nm'], action: 'fund', schemeIds: ['bud'] }),
    rec('R-1.2-1', '1.2', 3, { themes: ['trade'], action: 'negotiate', askIds: ['A-1.2-1-1'] }),
    rec('R-2.1-1', '2.1', 4, { endPage: 5, themes: ['trade'], places: ['gba'], action: 'build' }),
    rec('R-2.1-2', '2.1', 5, { themes: ['innovation'], action: 'fund', schemeIds: ['itsp'] }),
  ],
  themes: ['halal', 'trade', 'innovation'].map((id) => ({ id, label: tri(id), rule: tri('規則') })),
  ...FACET_FIXTURES,
  schemes: [
    { id: 'bud', name: tri('BUD'), administrator: tri('工貿署'), officialEnglish: true, recommendationIds: ['R-1.1-1', 'R-1.1-2'], requests: [{ recommendationId: 'R-1.1-1', request: 'raise-limit' }, { recommendationId: 'R-1.1-2', request: 'reference' }] },
    { id: 'itsp', name: tri('ITSP'), administrator: tri('創科署'), officialEnglish: true, recommendationIds: ['R-2.1-2'], requests: [{ recommendationId: 'R-2.1-2', request: 'speed-up' }] },
  ],
  asks: [
    { id: 'A-1.2-1-1', recommendationId: 'R-1.2-1', sectionId: '1.2', source: 'recommendation', role: 'ask', kind: 'threshold', direction: 'raise', label: tri('門檻'), quote: '建議 R-1.2-1', from: 800, to: 3000, unit: 'money', currency: 'CNY' },
    { id: 'A-1.2-lead-1', recommendationId: 'R-1.2-1', sectionId: '1.2', source: 'lead', role: 'background', kind: 'count', label: tri('人口'), quote: '背景', value: 2e9, unit: 'people' },
  ],
  addressees: [{ id: 'gov', label: tri('政府') }],
  places: [
    { id: 'nm', label: tri('北都') },
    { id: 'san-tin', label: tri('新田'), parentId: 'nm' },
    { id: 'gba', label: tri('大灣區') },
  ],
});
const index = buildFilterIndex(dataset);
const filtered = (filters: Partial<Filters>) => filterRecommendations(dataset, index, { ...NO_FILTERS, ...filters }).map((r) => r.id);
const counts = (rows: { id: string; count: number }[]) => rows.map((row) => [row.id, row.count]);

describe('filterRecommendations', () => {
  test('no filter gives everything, in source order', () => {
    expect(filtered({})).toEqual(dataset.recommendations.map((r) => r.id));
  });
  test('values of one dimension are alternatives; dimensions combine', () => {
    expect(filtered({ theme: ['halal', 'innovation'] })).toEqual(['R-1.1-1', 'R-1.1-2', 'R-2.1-2']);
    expect(filtered({ theme: ['halal', 'innovation'], action: ['fund'], chapter: ['C1'] })).toEqual(['R-1.1-1', 'R-1.1-2']);
  });
  test('a place includes the places inside it', () => {
    expect(filtered({ place: ['nm'] })).toEqual(['R-1.1-1', 'R-1.1-2']);
    expect(filtered({ place: ['san-tin'] })).toEqual(['R-1.1-1']);
  });
  test('pillar and scheme', () => {
    expect(filtered({ pillar: ['P1'] })).toHaveLength(5);
    expect(filtered({ scheme: ['bud'] })).toEqual(['R-1.1-1', 'R-1.1-2']);
  });
});

describe('facetCounts', () => {
  test('each option counts what it would give with the other filters unchanged', () => {
    const filters = { ...NO_FILTERS, theme: ['halal'], action: ['fund'] };
    expect(Object.fromEntries(facetCounts(dataset, index, filters, 'theme'))).toEqual({ halal: 2, trade: 1, innovation: 1 });
    expect(Object.fromEntries(facetCounts(dataset, index, filters, 'action'))).toEqual({ fund: 2 });
  });
});

describe('knownFilters', () => {
  test('values the dataset lacks are split off and reported', () => {
    const values = filterValues(dataset);
    const { filters, unknown } = knownFilters({ ...NO_FILTERS, theme: ['halal', 'space'], action: ['fund', 'teleport'] }, values);
    expect(filters.theme).toEqual(['halal']);
    expect(filters.action).toEqual(['fund']);
    expect(unknown).toEqual([{ dimension: 'theme', value: 'space' }, { dimension: 'action', value: 'teleport' }]);
  });
});

describe('chart catalogue', () => {
  const all = dataset.recommendations;
  const rows = (chart: ChartId, filters: Partial<Filters> = {}) => chartRows(dataset, index, { ...NO_FILTERS, ...filters }, chart).rows;
  test('by theme: largest first, ties in the taxonomy order, zero left out', () => {
    expect(counts(rows('themes'))).toEqual([['trade', 3], ['halal', 2], ['innovation', 1]]);
    expect(counts(rows('themes', { place: ['san-tin'] }))).toEqual([['halal', 1], ['trade', 1]]);
  });
  test('by chapter: in the submission order, with the printed number', () => {
    expect(counts(rows('chapters'))).toEqual([['C1', 3], ['C2', 2]]);
    expect(rows('chapters')[1]!.ordinal).toBe(2);
  });
  test('by place: an area also counts for the place it is in', () => {
    expect(counts(rows('places'))).toEqual([['nm', 2], ['san-tin', 1], ['gba', 1]]);
  });
  test('by action, labelled by the UI', () => {
    expect(counts(rows('actions'))).toEqual([['fund', 3], ['build', 1], ['negotiate', 1]]); // ties in the vocabulary's order
    expect(rows('actions')[0]!.label).toBeUndefined();
  });
  test('schemes: every recommendation that names a scheme, with what is asked of it', () => {
    expect(rows('schemes').map((row) => [row.id, row.count, row.requests])).toEqual([
      ['bud', 2, [{ request: 'raise-limit', count: 1 }, { request: 'reference', count: 1 }]],
      ['itsp', 1, [{ request: 'speed-up', count: 1 }]],
    ]);
  });
  test('each row lists the recommendations its drill-down opens', () => {
    expect(rows('places')[0]!.recommendationIds).toEqual(['R-1.1-1', 'R-1.1-2']);
  });
  test('a filter on the chart’s own dimension shows every value as the other filters leave it', () => {
    expect(counts(rows('themes', { theme: ['halal'], action: ['fund'] }))).toEqual([['halal', 2], ['trade', 1], ['innovation', 1]]);
  });
  test('findings: leads, tied, all, chosen', () => {
    const find = (chart: ChartId, filters: Partial<Filters> = {}) => {
      const full = { ...NO_FILTERS, ...filters };
      const { rows: chartRowsNow, base } = chartRows(dataset, index, full, chart);
      return chartFinding(chart, chartRowsNow, full, filterRecommendations(dataset, index, full).length, base);
    };
    expect(find('themes')).toEqual({ kind: 'leads', rows: ['trade'], count: 3, total: 5 });
    expect(find('themes', { place: ['san-tin'] })).toEqual({ kind: 'all', rows: ['halal'], count: 1, total: 1 });
    expect(find('actions', { chapter: ['C2'] })).toEqual({ kind: 'tied', rows: ['fund', 'build'], count: 1, total: 2 });
    expect(find('pillars', { chapter: ['C2'] })).toEqual({ kind: 'all', rows: ['P1'], count: 2, total: 2 });
    expect(find('themes', { theme: ['halal'], action: ['fund'] })).toEqual({ kind: 'chosen', rows: ['halal'], count: 2, total: 3 });
    expect(find('themes', { place: ['gba'], theme: ['halal'] })).toBeUndefined();
  });
  test('citations: sections and pages when few, chapters when many', () => {
    expect(citeRecommendations(dataset, all.slice(0, 3))).toEqual({ kind: 'sections', sections: ['1.1', '1.2'], pages: [2, 3] });
    expect(citeRecommendations(dataset, [...all].reverse())).toEqual({ kind: 'sections', sections: ['1.1', '1.2', '2.1'], pages: [2, 5] });
    expect(citeRecommendations(dataset, [])).toBeUndefined();
    expect(numberRuns([9, 1, 2, 3, 5, 10, 2])).toEqual([[1, 3], [5, 5], [9, 10]]);
  });
  test('numbers: what is asked, and background figures of the sections in scope', () => {
    expect(numericAsks(dataset, all)).toMatchObject({ asks: [{ id: 'A-1.2-1-1' }], background: [{ id: 'A-1.2-lead-1' }] });
    expect(numericAsks(dataset, all.slice(0, 2))).toEqual({ asks: [], background: [] });
  });
  test('headline', () => {
    expect(headline(dataset, all)).toEqual({ recommendations: 5, themes: 3, schemes: 2, asks: 1, pages: 4 });
    expect(headline(dataset, [])).toEqual({ recommendations: 0, themes: 0, schemes: 0, asks: 0, pages: 0 });
  });
});
