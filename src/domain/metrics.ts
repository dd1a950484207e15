/**
 * The overview's figures that are not charts: pure functions of the dataset and the
 * recommendations that pass the current filters. The charts are in charts.ts.
 */
import type { Ask, DatasetCore, RecommendationCore } from './dataset.ts';

/** How many schemes the recommendations ask something of (a bare mention does not count). */
export function schemesAskedOf(dataset: DatasetCore, recs: readonly RecommendationCore[]): number {
  const inScope = new Set(recs.map((rec) => rec.id));
  return dataset.schemes.filter((scheme) => scheme.requests.some((r) => inScope.has(r.recommendationId) && r.request !== 'reference')).length;
}

/**
 * The quantities behind the recommendations in scope, in source order: what is asked first,
 * (with or without a number), then the background figures (from the texts and from their sections' leads).
 */
export function numericAsks(dataset: DatasetCore, recs: readonly RecommendationCore[]): { asks: Ask[]; background: Ask[] } {
  const inScope = new Set(recs.map((rec) => rec.id));
  const sections = new Set(recs.map((rec) => rec.sectionId));
  const relevant = dataset.asks.filter((ask) => (ask.source === 'lead' ? sections.has(ask.sectionId) : inScope.has(ask.recommendationId)));
  return { asks: relevant.filter((ask) => ask.role === 'ask'), background: relevant.filter((ask) => ask.role === 'background') };
}

export interface Headline {
  recommendations: number;
  themes: number;
  schemes: number;
  asks: number;
  pages: number;
}

/** The figures at the top of the overview. */
export function headline(dataset: DatasetCore, recs: readonly RecommendationCore[]): Headline {
  return {
    recommendations: recs.length,
    themes: new Set(recs.flatMap((rec) => rec.themes)).size,
    schemes: schemesAskedOf(dataset, recs),
    asks: numericAsks(dataset, recs).asks.length,
    pages: new Set(recs.flatMap((rec) => Array.from({ length: rec.endPage - rec.page + 1 }, (_, i) => rec.page + i))).size,
  };
}
