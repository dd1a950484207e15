/**
 * The chart catalogue: every chart of the dashboard declared once. Its id (the anchor, the
 * name in links and briefings), the filter dimension it counts by, how its rows are counted
 * and ordered, and how a row drills down are all here; the overview, the slides, the exports
 * and the printed pack derive what they show from it. Adding a chart is one entry here and
 * its words (`charts.<id>.*`) in the three locale files.
 *
 * One rule keeps every chart honest: **a bar of N opens N recommendations.** A row counts
 * the recommendations that pass the filters with the chart's own dimension set to that row
 * alone, which is exactly the set its drill-down opens. Where no filter is set on the
 * chart's dimension that is simply "the filtered recommendations that carry the value";
 * where one is (a place chart filtered to the Northern Metropolis), the chart shows every
 * value as a filter panel would, and its finding names the values chosen.
 *
 * A chart can split each row by the Government's verdict on its recommendations (`segments:
 * 'verdict'`, a stacked bar): the same rule holds for every part, **a segment of N opens N
 * recommendations**, those of the row with that verdict. Charts that need the verdicts are
 * left out wherever the dataset has no response document (`chartAvailable`).
 */
import type { CoreWith, DatasetCore, Localized, RecommendationCore, Scheme } from './dataset.ts';
import { filterRecommendations, type FilterDimension, type FilterIndex, type Filters } from './filters.ts';
import { ancestry } from './hierarchy.ts';
import type { SchemeRequest, Verdict } from './vocabulary.ts';
import { ACTIONS, VERDICTS } from './vocabulary.ts';

/** One part of a stacked row: the row's recommendations with one verdict (what its drill-down opens). */
export interface Segment {
  verdict: Verdict;
  count: number;
  /** In source order. */
  recommendationIds: string[];
}

/** One value of a chart's dimension and how many recommendations its drill-down opens. */
export interface CountRow {
  /** The value's id in its dimension (a theme id, a chapter id …). */
  id: string;
  dimension: FilterDimension;
  /** Content labels come from the dataset; vocabulary values (actions) are labelled by the UI. */
  label: Localized | undefined;
  /** The printed number of a pillar or chapter ("3."), shown before its label. */
  ordinal?: number;
  count: number;
  /** The recommendations behind the row, in source order (their ids go into CSV downloads). */
  recommendationIds: string[];
  /** What those recommendations ask of the value (schemes), most frequent first. */
  requests?: { request: SchemeRequest; count: number }[];
  /** A stacked row's parts, one per verdict in VERDICTS order (strongest first, empty ones too); their counts sum to `count`. */
  segments?: Segment[];
}

type Value = { id: string; label?: Localized; ordinal?: number };

export interface ChartDefinition {
  dimension: FilterDimension;
  /** The values the chart can show, in the order that breaks ties (or reads like the document). */
  values: (dataset: DatasetCore) => readonly Value[];
  /** 'count': largest first; 'as-given': the values' own order (chapters read like the submission). */
  order: 'count' | 'as-given';
  /** An extra column for the table and the CSV: what is asked of each row (schemes). */
  requests?: (dataset: DatasetCore, rowId: string, inScope: ReadonlySet<string>) => { request: SchemeRequest; count: number }[];
  /** The value that means "none in particular" (all industries): drawn and counted, never named as what leads. */
  general?: string;
  /** Split each row by the verdict of the response on its recommendations: a stacked bar. */
  segments?: 'verdict';
}

/** The views that show catalogue charts: the overview, and the Government's response. */
export type ChartPage = 'overview' | 'response';

/** The verdicts that count as "taken up": adopted in full or in part. */
export const TAKEN_UP: readonly Verdict[] = ['adopted', 'partly'];

const labelled = (items: readonly { id: string; label: Localized }[]): readonly Value[] => items;

const within = new WeakMap<DatasetCore, Map<string, Scheme[]>>();
/** Each scheme's own entry and every programme under it, computed once per dataset (a chart asks for every row). */
function schemesWithin(dataset: DatasetCore): Map<string, Scheme[]> {
  let map = within.get(dataset);
  if (!map) {
    const around = ancestry(dataset.schemes);
    map = new Map();
    for (const scheme of dataset.schemes) for (const id of around([scheme.id])) map.set(id, [...(map.get(id) ?? []), scheme]);
    within.set(dataset, map);
  }
  return map;
}

/** What the recommendations in scope ask of a scheme and of the programmes under it (the row counts both). */
function schemeRequests(dataset: DatasetCore, schemeId: string, inScope: ReadonlySet<string>) {
  const counts = new Map<SchemeRequest, number>();
  for (const scheme of schemesWithin(dataset).get(schemeId) ?? [])
    for (const { recommendationId, request } of scheme.requests)
      if (inScope.has(recommendationId)) counts.set(request, (counts.get(request) ?? 0) + 1);
  return [...counts].map(([request, count]) => ({ request, count })).sort((a, b) => b.count - a.count);
}

const industries = { dimension: 'industry', values: (d: DatasetCore) => labelled(d.industries), order: 'count', general: 'all-industries' } as const;
const levers = { dimension: 'lever', values: (d: DatasetCore) => labelled(d.levers), order: 'count' } as const;
const chapters = { dimension: 'chapter', values: (d: DatasetCore) => d.chapters.map((c) => ({ id: c.id, label: c.title, ordinal: c.number })), order: 'as-given' } as const;
const addressees = { dimension: 'addressee', values: (d: DatasetCore) => labelled(d.addressees), order: 'count' } as const;
const places = { dimension: 'place', values: (d: DatasetCore) => labelled(d.places), order: 'count' } as const;
const actions = { dimension: 'action', values: () => ACTIONS.map((id) => ({ id })), order: 'count' } as const;
// A scheme the text never names itself (the ITF, over ITSP) has no bar: its title would say it is "named".
const schemes = { dimension: 'scheme', values: (d: DatasetCore) => d.schemes.filter((s) => s.requests.length > 0).map((s) => ({ id: s.id, label: s.name })), order: 'count' } as const;
const byVerdict = { segments: 'verdict' } as const;

export const CHARTS = {
  industries: { ...industries },
  levers: { ...levers },
  themes: { dimension: 'theme', values: (d) => labelled(d.themes), order: 'count' },
  pillars: { dimension: 'pillar', values: (d) => d.pillars.map((p) => ({ id: p.id, label: p.title, ordinal: p.number })), order: 'as-given' },
  chapters: { ...chapters },
  addressees: { ...addressees },
  places: { ...places },
  actions: { ...actions },
  schemes: { ...schemes, requests: schemeRequests },
  // The response: one bar per verdict, strongest first, then the uptake by each facet.
  uptake: { dimension: 'verdict', values: () => VERDICTS.map((id) => ({ id })), order: 'as-given' },
  'uptake-industries': { ...industries, ...byVerdict },
  'uptake-levers': { ...levers, ...byVerdict },
  'uptake-places': { ...places, ...byVerdict },
  'uptake-chapters': { ...chapters, ...byVerdict },
  'uptake-addressees': { ...addressees, ...byVerdict },
  'uptake-schemes': { ...schemes, ...byVerdict },
  'uptake-actions': { ...actions, ...byVerdict },
} as const satisfies Record<string, ChartDefinition>;

export type ChartId = keyof typeof CHARTS;
export const CHART_IDS = Object.keys(CHARTS) as ChartId[];
export const isChartId = (value: string): value is ChartId => Object.hasOwn(CHARTS, value);

/** Whether the chart counts the verdicts of a response (its own dimension, or its rows split by them). */
export const needsResponses = (chart: ChartId): boolean => {
  const definition: ChartDefinition = CHARTS[chart];
  return definition.dimension === 'verdict' || definition.segments === 'verdict';
};

/** Whether the dataset can draw the chart: one about the response needs the response document. */
export const chartAvailable = (dataset: DatasetCore, chart: ChartId): boolean => !needsResponses(chart) || dataset.responseDocument !== undefined;

/**
 * The charts each view shows, in the order an executive asks next. The overview leads with what
 * was asked, coloured by what came of it (kind of help, stacked by verdict); where the dataset has
 * no response yet, the plain chart stands in ([chart, stand-in]). The Response view leads with the
 * breakdowns (its tally says what `uptake` does; the chart is there to export and pin). Every chart
 * of the catalogue is on a view, as itself or a stand-in, so it can be reached and pinned.
 */
export const PAGE_CHARTS: Record<ChartPage, readonly (ChartId | readonly [ChartId, ChartId])[]> = {
  overview: [['uptake-levers', 'levers'], 'industries', 'places', 'addressees', 'schemes', 'actions', 'chapters', 'pillars', 'themes'],
  response: ['uptake-industries', 'uptake-places', 'uptake-addressees', 'uptake-schemes', 'uptake-actions', 'uptake-chapters', 'uptake', 'uptake-levers'],
};

/** The view a chart's link opens: the first that shows it, as itself or as a stand-in. */
export const pageOf = (chart: ChartId): ChartPage =>
  (Object.keys(PAGE_CHARTS) as ChartPage[]).find((page) => PAGE_CHARTS[page].some((entry) => entry === chart || (typeof entry !== 'string' && entry.includes(chart))))!;

/** The charts a view shows, in its order; with a dataset, only those it can draw (a stand-in for one it cannot). */
export const chartsOf = (page: ChartPage, dataset?: DatasetCore): ChartId[] =>
  PAGE_CHARTS[page].flatMap((entry): ChartId[] => {
    const [chart, standIn] = typeof entry === 'string' ? [entry, undefined] : entry;
    if (!dataset || chartAvailable(dataset, chart)) return [chart];
    return standIn && chartAvailable(dataset, standIn) ? [standIn] : [];
  });

/** The filters a row drills down to: the chart's filters with its dimension set to the row alone. */
export const drillFilters = (chart: ChartId, filters: Filters, rowId: string): Filters => ({ ...filters, [CHARTS[chart].dimension]: [rowId] });

/**
 * The filters a segment of a stacked row drills down to: the row's, with the verdict set to the
 * segment's. (A segment with recommendations has a verdict the filters allow, so this narrows.)
 */
export const segmentFilters = (chart: ChartId, filters: Filters, rowId: string, verdict: Verdict): Filters => ({ ...drillFilters(chart, filters, rowId), verdict: [verdict] });

/** The recommendations behind one row of a chart, under the chart's filters (what its drill-down opens). */
export const recommendationsBehind = <R extends RecommendationCore>(dataset: CoreWith<R>, index: FilterIndex, filters: Filters, chart: ChartId, rowId: string): R[] =>
  filterRecommendations(dataset, index, drillFilters(chart, filters, rowId));

/** The recommendations behind one segment of a stacked row (what its drill-down opens). */
export const recommendationsInSegment = <R extends RecommendationCore>(dataset: CoreWith<R>, index: FilterIndex, filters: Filters, chart: ChartId, rowId: string, verdict: Verdict): R[] =>
  filterRecommendations(dataset, index, segmentFilters(chart, filters, rowId, verdict));

/** How many of a stacked row's recommendations were taken up (adopted in full or in part). */
export const takenUp = (row: CountRow): number => (row.segments ?? []).reduce((sum, segment) => sum + (TAKEN_UP.includes(segment.verdict) ? segment.count : 0), 0);

/** A row's recommendations split by verdict, in VERDICTS order (a recommendation has one verdict). */
function splitByVerdict(index: FilterIndex, ids: readonly string[]): Segment[] {
  const byVerdict = new Map<string, string[]>(VERDICTS.map((verdict) => [verdict, []]));
  for (const id of ids) {
    const verdict = index.facets.get(id)!.verdict[0];
    if (verdict !== undefined) byVerdict.get(verdict)?.push(id);
  }
  return VERDICTS.map((verdict) => {
    const recommendationIds = byVerdict.get(verdict)!;
    return { verdict, count: recommendationIds.length, recommendationIds };
  });
}

/** A chart as the filters leave it: its rows, and what its title can say about them. */
export interface ChartData {
  id: ChartId;
  rows: CountRow[];
  finding: Finding | undefined;
}

/** A chart under the filters, `inScope` being how many recommendations pass them all. */
export function selectChart(dataset: DatasetCore, index: FilterIndex, filters: Filters, chart: ChartId, inScope: number): ChartData {
  const { rows, base } = chartRows(dataset, index, filters, chart);
  // A stacked chart filtered to some of its values says how many of those were taken up: counted once each.
  const chosen = (CHARTS[chart] as ChartDefinition).segments && filters[CHARTS[chart].dimension].length > 0;
  const taken = chosen ? filterRecommendations(dataset, index, filters).filter((rec) => rec.response && TAKEN_UP.includes(rec.response.verdict)).length : undefined;
  return { id: chart, rows, finding: chartFinding(chart, rows, filters, inScope, base, taken) };
}

/** A chart's rows under the filters: each row's count is the size of its drill-down (see the file's comment). */
export function chartRows(dataset: DatasetCore, index: FilterIndex, filters: Filters, chart: ChartId): { rows: CountRow[]; base: number } {
  const definition: ChartDefinition = CHARTS[chart];
  const { dimension } = definition;
  // The recommendations that pass every filter but this chart's own dimension.
  const base = filterRecommendations(dataset, index, { ...filters, [dimension]: [] });
  const behind = new Map<string, string[]>();
  for (const rec of base)
    for (const value of index.facets.get(rec.id)![dimension]) {
      const ids = behind.get(value);
      if (ids) ids.push(rec.id);
      else behind.set(value, [rec.id]);
    }
  const rows = definition
    .values(dataset)
    .map((value, position) => {
      const ids = behind.get(value.id) ?? [];
      const row: CountRow = { id: value.id, dimension, label: value.label, count: ids.length, recommendationIds: ids };
      if (value.ordinal !== undefined) row.ordinal = value.ordinal;
      if (definition.requests) row.requests = definition.requests(dataset, value.id, new Set(ids));
      if (definition.segments) row.segments = splitByVerdict(index, ids);
      return { row, position };
    })
    .filter(({ row }) => row.count > 0);
  if (definition.order === 'count') rows.sort((a, b) => b.row.count - a.row.count || a.position - b.position);
  return { rows: rows.map(({ row }) => row), base: base.length };
}

/**
 * What a chart's title can truthfully say under the filters:
 * - `chosen`: a filter fixes the chart's dimension; the title names what was chosen and how many it leaves;
 * - `all`: every recommendation in scope carries the top value (a chapter's one pillar), so nothing leads;
 * - `tied`: several values share the top count;
 * - `leads`: one value has more than any other.
 * `rows` are the ids the title talks about (the chart highlights them); `total` is what `count` is out of
 * (for `chosen`, the recommendations the other filters leave, `base`).
 *
 * The charts of the response say what was taken up (adopted in full or in part):
 * - `uptake` (the chart by verdict): `count` of the `total` recommendations in scope were taken up;
 * - `taken-up`: one row has the most recommendations taken up, `count` of its `total`;
 * - `taken-up-tied`: several rows share the most, `count` each;
 * - `none-taken-up`: no row has any taken up; `total` recommendations are on the chart;
 * - `chosen-taken-up`: a filter fixes the dimension; `count` of the `total` recommendations it leaves were taken up.
 */
export type Finding =
  | { kind: 'chosen'; rows: string[]; count: number; total: number }
  | { kind: 'all' | 'leads'; rows: [string]; count: number; total: number }
  | { kind: 'tied'; rows: string[]; count: number; total: number }
  | { kind: 'uptake'; rows: string[]; count: number; total: number }
  | { kind: 'taken-up'; rows: [string]; count: number; total: number }
  | { kind: 'taken-up-tied'; rows: string[]; count: number; total: number }
  | { kind: 'none-taken-up'; rows: string[]; count: 0; total: number }
  | { kind: 'chosen-taken-up'; rows: string[]; count: number; total: number };

/** `taken`: for a stacked chart whose dimension a filter fixes, how many recommendations in scope were taken up. */
export function chartFinding(chart: ChartId, rows: readonly CountRow[], filters: Filters, inScope: number, base: number, taken?: number): Finding | undefined {
  if (inScope === 0) return undefined;
  const definition: ChartDefinition = CHARTS[chart];
  const chosen = filters[definition.dimension];
  if (definition.segments) return stackedFinding(definition, rows, chosen, inScope, taken);
  if (chosen.length > 0) return { kind: 'chosen', rows: rows.filter((row) => chosen.includes(row.id)).map((row) => row.id), count: inScope, total: base };
  if (definition.dimension === 'verdict') {
    // Unfiltered by verdict, the rows are the recommendations in scope, each counted once.
    const takenRows = rows.filter((row) => (TAKEN_UP as readonly string[]).includes(row.id));
    return { kind: 'uptake', rows: takenRows.map((row) => row.id), count: takenRows.reduce((sum, row) => sum + row.count, 0), total: inScope };
  }
  const general: string | undefined = definition.general;
  // Unless it is all there is, in which case saying so is the finding.
  const particular = rows.filter((row) => row.id !== general);
  const candidates = particular.length > 0 ? particular : rows;
  const top = candidates.reduce<CountRow | undefined>((best, row) => (best === undefined || row.count > best.count ? row : best), undefined);
  if (!top) return undefined;
  if (top.count === inScope) return { kind: 'all', rows: [top.id], count: top.count, total: inScope };
  const tied = candidates.filter((row) => row.count === top.count);
  if (tied.length > 1) return { kind: 'tied', rows: tied.map((row) => row.id), count: top.count, total: inScope };
  return { kind: 'leads', rows: [top.id], count: top.count, total: inScope };
}

/** The finding of a stacked chart: which row had the most recommendations taken up. */
function stackedFinding(definition: ChartDefinition, rows: readonly CountRow[], chosen: readonly string[], inScope: number, taken: number | undefined): Finding {
  if (chosen.length > 0) return { kind: 'chosen-taken-up', rows: rows.filter((row) => chosen.includes(row.id)).map((row) => row.id), count: taken ?? 0, total: inScope };
  const most = Math.max(0, ...rows.map(takenUp));
  if (most === 0) return { kind: 'none-taken-up', rows: [], count: 0, total: new Set(rows.flatMap((row) => row.recommendationIds)).size };
  // "None in particular" (all industries) is named only when no particular value had any taken up.
  const particular = rows.filter((row) => row.id !== definition.general && takenUp(row) > 0);
  const candidates = particular.length > 0 ? particular : rows;
  const best = Math.max(...candidates.map(takenUp));
  const top = candidates.filter((row) => takenUp(row) === best);
  if (top.length > 1) return { kind: 'taken-up-tied', rows: top.map((row) => row.id), count: best, total: inScope };
  return { kind: 'taken-up', rows: [top[0]!.id], count: best, total: top[0]!.count };
}

/**
 * How to cite a set of recommendations: the sections and pages when they are few, otherwise
 * how many there are and in which chapters (by their printed numbers), in source order.
 */
export type Citation =
  | { kind: 'sections'; sections: string[]; pages: [number, number] }
  | { kind: 'chapters'; count: number; chapters: number[]; runs: [number, number][] };

/** Consecutive numbers as runs: [1, 2, 3, 5, 9, 10] → [[1, 3], [5, 5], [9, 10]]. */
export function numberRuns(numbers: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const n of [...new Set(numbers)].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs;
}

export const FEW_SECTIONS = 3;

export function citeRecommendations(dataset: DatasetCore, recs: readonly RecommendationCore[]): Citation | undefined {
  if (recs.length === 0) return undefined;
  const ids = new Set(recs.map((rec) => rec.id));
  const inOrder = dataset.recommendations.filter((rec) => ids.has(rec.id));
  const sections = [...new Set(inOrder.map((rec) => rec.sectionId))];
  if (sections.length <= FEW_SECTIONS)
    return { kind: 'sections', sections, pages: [Math.min(...inOrder.map((r) => r.page)), Math.max(...inOrder.map((r) => r.endPage))] };
  const chapterOf = new Map(dataset.sections.map((s) => [s.id, s.chapterId]));
  const numberOf = new Map(dataset.chapters.map((c) => [c.id, c.number]));
  const chapters = [...new Set(inOrder.map((rec) => numberOf.get(chapterOf.get(rec.sectionId) ?? '')).filter((n): n is number => n !== undefined))];
  return { kind: 'chapters', count: inOrder.length, chapters, runs: numberRuns(chapters) };
}
