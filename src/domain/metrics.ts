/**
 * The dashboard's metrics: pure functions of the dataset and the recommendations that
 * pass the current filters. Each chart's rows carry the filter that drills down to the
 * recommendations behind them.
 */
import type { Ask, Dataset, Localized, Recommendation } from './dataset.ts';
import type { FilterDimension, FilterIndex } from './filters.ts';
import type { SchemeRequest } from './vocabulary.ts';

export interface CountRow {
  /** The value's id in its dimension (a theme id, a chapter id …). */
  id: string;
  dimension: FilterDimension;
  /** Content labels come from the dataset; vocabulary values (actions) are labelled by the UI. */
  label: Localized | undefined;
  count: number;
}

/** Counts recommendations per value of a dimension; highest first, ties in the given order. */
function countRows(
  recs: readonly Recommendation[],
  index: FilterIndex,
  dimension: FilterDimension,
  values: readonly { id: string; label?: Localized }[],
  order: 'by-count' | 'as-given' = 'by-count',
): CountRow[] {
  const counts = new Map<string, number>();
  for (const rec of recs) for (const value of index.facets.get(rec.id)![dimension]) counts.set(value, (counts.get(value) ?? 0) + 1);
  const rows = values
    .map((value, position) => ({ row: { id: value.id, dimension, label: value.label, count: counts.get(value.id) ?? 0 }, position }))
    .filter(({ row }) => row.count > 0);
  if (order === 'by-count') rows.sort((a, b) => b.row.count - a.row.count || a.position - b.position);
  return rows.map(({ row }) => row);
}

export const recommendationsByTheme = (dataset: Dataset, recs: readonly Recommendation[], index: FilterIndex) =>
  countRows(recs, index, 'theme', dataset.themes);

/** Chapters in the submission's order, so the chart reads like the document. */
export const recommendationsByChapter = (dataset: Dataset, recs: readonly Recommendation[], index: FilterIndex) =>
  countRows(recs, index, 'chapter', dataset.chapters.map((c) => ({ id: c.id, label: c.title })), 'as-given');

export const recommendationsByPillar = (dataset: Dataset, recs: readonly Recommendation[], index: FilterIndex) =>
  countRows(recs, index, 'pillar', dataset.pillars.map((p) => ({ id: p.id, label: p.title })), 'as-given');

export const recommendationsByAddressee = (dataset: Dataset, recs: readonly Recommendation[], index: FilterIndex) =>
  countRows(recs, index, 'addressee', dataset.addressees);

/** Places count a recommendation for the place it names and every place that contains it. */
export const recommendationsByPlace = (dataset: Dataset, recs: readonly Recommendation[], index: FilterIndex) =>
  countRows(recs, index, 'place', dataset.places);

export const recommendationsByAction = (actions: readonly string[], recs: readonly Recommendation[], index: FilterIndex) =>
  countRows(recs, index, 'action', actions.map((id) => ({ id })));

export interface SchemeRow extends CountRow {
  /** What those recommendations ask of the scheme, most frequent first. */
  requests: { request: SchemeRequest; count: number }[];
}

/** Schemes by how many of the recommendations ask something of them (a bare mention does not count). */
export function schemesMostAskedOf(dataset: Dataset, recs: readonly Recommendation[]): SchemeRow[] {
  const inScope = new Set(recs.map((rec) => rec.id));
  return dataset.schemes
    .map((scheme, position) => {
      const asks = scheme.requests.filter((r) => inScope.has(r.recommendationId) && r.request !== 'reference');
      const byRequest = new Map<SchemeRequest, number>();
      for (const { request } of asks) byRequest.set(request, (byRequest.get(request) ?? 0) + 1);
      const requests = [...byRequest].map(([request, count]) => ({ request, count })).sort((a, b) => b.count - a.count);
      return { row: { id: scheme.id, dimension: 'scheme' as const, label: scheme.name, count: asks.length, requests }, position };
    })
    .filter(({ row }) => row.count > 0)
    .sort((a, b) => b.row.count - a.row.count || a.position - b.position)
    .map(({ row }) => row);
}

/**
 * The numbers behind the recommendations in scope, in source order: what is asked first,
 * then the background figures (from the texts and from their sections' leads).
 */
export function numericAsks(dataset: Dataset, recs: readonly Recommendation[]): { asks: Ask[]; context: Ask[] } {
  const inScope = new Set(recs.map((rec) => rec.id));
  const sections = new Set(recs.map((rec) => rec.sectionId));
  const relevant = dataset.asks.filter((ask) => (ask.source === 'lead' ? sections.has(ask.sectionId) : inScope.has(ask.recommendationId)));
  return { asks: relevant.filter((ask) => !ask.context), context: relevant.filter((ask) => ask.context) };
}

export interface Headline {
  recommendations: number;
  themes: number;
  schemes: number;
  asks: number;
  pages: number;
}

/** The figures at the top of the overview. */
export function headline(dataset: Dataset, recs: readonly Recommendation[]): Headline {
  return {
    recommendations: recs.length,
    themes: new Set(recs.flatMap((rec) => rec.themes)).size,
    schemes: schemesMostAskedOf(dataset, recs).length,
    asks: numericAsks(dataset, recs).asks.length,
    pages: new Set(recs.flatMap((rec) => Array.from({ length: rec.endPage - rec.page + 1 }, (_, i) => rec.page + i))).size,
  };
}
