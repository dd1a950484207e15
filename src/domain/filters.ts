/**
 * Filtering recommendations by their annotations. Within a dimension the values are
 * alternatives (theme A or B); across dimensions they all apply (theme A and place X).
 * A place filter includes the places inside it (the Northern Metropolis includes San Tin),
 * and a scheme filter the schemes under it (the ITF includes NIFS).
 */
import type { Dataset, Localized, Recommendation } from './dataset.ts';
import { ancestry } from './hierarchy.ts';
import { ACTIONS, EMPHASES, VERDICTS } from './vocabulary.ts';

export const FILTER_DIMENSIONS = ['verdict', 'industry', 'lever', 'emphasis', 'theme', 'pillar', 'chapter', 'addressee', 'place', 'action', 'scheme'] as const;
export type FilterDimension = (typeof FILTER_DIMENSIONS)[number];

export type Filters = Readonly<Record<FilterDimension, readonly string[]>>;

export const NO_FILTERS: Filters = { verdict: [], industry: [], lever: [], emphasis: [], theme: [], pillar: [], chapter: [], addressee: [], place: [], action: [], scheme: [] };

/**
 * Dimensions whose values are a closed vocabulary labelled by the UI (i18n `<prefix>.<value>`),
 * not by the dataset: every other dimension's labels come with the data.
 */
export const BUNDLE_LABELS = { verdict: 'verdicts', action: 'actions', emphasis: 'emphasis' } as const satisfies Partial<Record<FilterDimension, string>>;

export const hasFilters = (filters: Filters): boolean => FILTER_DIMENSIONS.some((dimension) => filters[dimension].length > 0);

/** Each recommendation's values per dimension (its places include their parents). */
export interface FilterIndex {
  facets: Map<string, Record<FilterDimension, string[]>>;
}

const indexes = new WeakMap<Dataset, FilterIndex>();

/**
 * Each recommendation's values per dimension, computed once per dataset (the cached dataset
 * object is the key): every filter change, chart and briefing slide reuses it.
 */
export function buildFilterIndex(dataset: Dataset): FilterIndex {
  let index = indexes.get(dataset);
  if (!index) indexes.set(dataset, (index = indexFacets(dataset)));
  return index;
}

function indexFacets(dataset: Dataset): FilterIndex {
  const sectionChapter = new Map(dataset.sections.map((s) => [s.id, s.chapterId]));
  const chapterPillar = new Map(dataset.chapters.map((c) => [c.id, c.pillarId]));
  const [placesWithParents, schemesWithParents] = [ancestry(dataset.places), ancestry(dataset.schemes)];
  const facets = new Map<string, Record<FilterDimension, string[]>>();
  for (const rec of dataset.recommendations) {
    const chapterId = sectionChapter.get(rec.sectionId) ?? '';
    facets.set(rec.id, {
      verdict: rec.response ? [rec.response.verdict] : [],
      industry: rec.industries,
      lever: rec.levers,
      emphasis: [...(rec.urgency.length > 0 ? ['urgent'] : []), ...(rec.repeats.length > 0 ? ['repeated'] : [])],
      theme: rec.themes,
      pillar: [chapterPillar.get(chapterId) ?? ''],
      chapter: [chapterId],
      addressee: rec.addressees,
      place: placesWithParents(rec.places),
      action: [rec.action],
      scheme: schemesWithParents(rec.schemeIds),
    });
  }
  return { facets };
}

function matches(values: Record<FilterDimension, string[]>, filters: Filters, skip?: FilterDimension): boolean {
  return FILTER_DIMENSIONS.every(
    (dimension) => dimension === skip || filters[dimension].length === 0 || filters[dimension].some((value) => values[dimension].includes(value)),
  );
}

/** The recommendations that pass every filter, in source order. */
export function filterRecommendations(dataset: Dataset, index: FilterIndex, filters: Filters): Recommendation[] {
  if (!hasFilters(filters)) return dataset.recommendations;
  return dataset.recommendations.filter((rec) => matches(index.facets.get(rec.id)!, filters));
}

/**
 * Faceted counts: for each value of `dimension`, how many recommendations would match if
 * it were chosen, given all the *other* filters and, when there is a search, only among
 * the recommendations it found (`searchIds`). This is what a filter checkbox shows: the
 * number of results the reader gets by ticking it.
 */
export function facetCounts(
  dataset: Dataset,
  index: FilterIndex,
  filters: Filters,
  dimension: FilterDimension,
  searchIds?: ReadonlySet<string>,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const rec of dataset.recommendations) {
    if (searchIds && !searchIds.has(rec.id)) continue;
    const values = index.facets.get(rec.id)!;
    if (!matches(values, filters, dimension)) continue;
    for (const value of values[dimension]) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/** The values each dimension can take in this dataset, with their labels (none for BUNDLE_LABELS dimensions: the UI labels them). */
export type FilterValues = Record<FilterDimension, Map<string, Localized | undefined>>;

export function filterValues(dataset: Dataset): FilterValues {
  const labelled = (items: readonly { id: string; label?: Localized; title?: Localized; name?: Localized }[]) =>
    new Map(items.map((item) => [item.id, item.label ?? item.title ?? item.name]));
  return {
    // Before the Government has answered there is nothing to filter by.
    verdict: new Map(dataset.responseDocument ? VERDICTS.map((id) => [id, undefined]) : []),
    industry: labelled(dataset.industries),
    lever: labelled(dataset.levers),
    emphasis: new Map(EMPHASES.map((id) => [id, undefined])),
    theme: labelled(dataset.themes),
    pillar: labelled(dataset.pillars),
    chapter: labelled(dataset.chapters),
    addressee: labelled(dataset.addressees),
    place: labelled(dataset.places),
    action: new Map(ACTIONS.map((id) => [id, undefined])),
    scheme: labelled(dataset.schemes),
  };
}

/** Splits the filters into the values this dataset has and the ones it does not (reported, then ignored). */
export function knownFilters(filters: Filters, values: FilterValues): { filters: Filters; unknown: { dimension: FilterDimension; value: string }[] } {
  const unknown: { dimension: FilterDimension; value: string }[] = [];
  const known = { ...NO_FILTERS };
  for (const dimension of FILTER_DIMENSIONS) {
    known[dimension] = filters[dimension].filter((value) => {
      const ok = values[dimension].has(value);
      if (!ok) unknown.push({ dimension, value });
      return ok;
    });
  }
  return { filters: known, unknown };
}
