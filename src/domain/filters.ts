/**
 * Filtering recommendations by their annotations. Within a dimension the values are
 * alternatives (theme A or B); across dimensions they all apply (theme A and place X).
 * A place filter includes the places inside it (the Northern Metropolis includes San Tin),
 * and a scheme filter the schemes under it (the ITF includes NIFS).
 */
import type { CoreWith, Localized, RecommendationCore } from './dataset.ts';
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

/**
 * A set of recommendations as bits, one per recommendation in dataset order (bit i of word
 * i >> 5 is recommendation i): intersecting two sets is one AND per 32 recommendations.
 */
export type RecommendationSet = Uint32Array;

/** Each recommendation's values per dimension (its places include their parents), and the same the other way round. */
export interface FilterIndex {
  facets: Map<string, Record<FilterDimension, string[]>>;
  /** For each dimension, each value → the recommendations that have it (in dataset order: the first seen first). */
  postings: Record<FilterDimension, Map<string, RecommendationSet>>;
  /** Recommendation id → its position in the dataset. */
  positions: Map<string, number>;
  /** How many recommendations (bits) a set covers. */
  size: number;
}

const indexes = new WeakMap<CoreWith, FilterIndex>();

/**
 * Each recommendation's values per dimension and each value's recommendations, computed once
 * per dataset (the cached dataset object is the key): a filter change, chart or briefing slide
 * only intersects the sets it holds.
 */
export function buildFilterIndex(dataset: CoreWith): FilterIndex {
  let index = indexes.get(dataset);
  if (!index) indexes.set(dataset, (index = indexFacets(dataset)));
  return index;
}

const words = (size: number) => (size + 31) >>> 5;

/** The set of every recommendation. */
function fullSet(size: number): RecommendationSet {
  const set = new Uint32Array(words(size)).fill(0xffffffff);
  if (size % 32 !== 0) set[set.length - 1] = (1 << size % 32) - 1;
  return set;
}

/** Bits set in a 32-bit word (SWAR). */
function popcount32(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** How many recommendations are in both sets. */
function countBoth(a: RecommendationSet, b: RecommendationSet): number {
  let count = 0;
  for (let i = 0; i < a.length; i++) {
    const both = a[i]! & b[i]!;
    if (both !== 0) count += popcount32(both);
  }
  return count;
}

/** `into` ∩= `other`, in place. */
function intersect(into: RecommendationSet, other: RecommendationSet): void {
  for (let i = 0; i < into.length; i++) into[i]! &= other[i]!;
}

/** The recommendations with any of `values` in `dimension` (a dimension's values are alternatives). */
function anyOf(index: FilterIndex, dimension: FilterDimension, values: readonly string[]): RecommendationSet {
  const set = new Uint32Array(words(index.size));
  for (const value of values) {
    const posting = index.postings[dimension].get(value);
    if (posting) for (let i = 0; i < set.length; i++) set[i]! |= posting[i]!;
  }
  return set;
}

/** The recommendations whose ids are in `ids` (ids the dataset does not have are left out). */
export function recommendationSet(index: FilterIndex, ids: Iterable<string>): RecommendationSet {
  const set = new Uint32Array(words(index.size));
  for (const id of ids) {
    const at = index.positions.get(id);
    if (at !== undefined) set[at >>> 5]! |= 1 << (at & 31);
  }
  return set;
}

/**
 * The recommendations that pass every chosen dimension but `skip`, within `within` when given.
 * A dimension with nothing chosen lets everything through.
 */
function passing(index: FilterIndex, filters: Filters, skip?: FilterDimension, within?: RecommendationSet): RecommendationSet {
  const set = within ? within.slice() : fullSet(index.size);
  for (const dimension of FILTER_DIMENSIONS) {
    if (dimension === skip || filters[dimension].length === 0) continue;
    intersect(set, anyOf(index, dimension, filters[dimension]));
  }
  return set;
}

function indexFacets(dataset: CoreWith): FilterIndex {
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
  const size = dataset.recommendations.length;
  const postings = Object.fromEntries(FILTER_DIMENSIONS.map((dimension) => [dimension, new Map<string, RecommendationSet>()])) as FilterIndex['postings'];
  const positions = new Map<string, number>();
  dataset.recommendations.forEach((rec, at) => {
    positions.set(rec.id, at);
    const values = facets.get(rec.id)!;
    for (const dimension of FILTER_DIMENSIONS) {
      for (const value of values[dimension]) {
        let posting = postings[dimension].get(value);
        if (!posting) postings[dimension].set(value, (posting = new Uint32Array(words(size))));
        posting[at >>> 5]! |= 1 << (at & 31);
      }
    }
  });
  return { facets, postings, positions, size };
}

/** The recommendations that pass every filter, in source order (the full ones when given the full dataset). */
export function filterRecommendations<R extends RecommendationCore>(dataset: CoreWith<R>, index: FilterIndex, filters: Filters): R[] {
  if (!hasFilters(filters)) return dataset.recommendations;
  const set = passing(index, filters);
  const found: R[] = [];
  for (let word = 0; word < set.length; word++) {
    // Each set bit, lowest first: source order.
    for (let bits = set[word]!; bits !== 0; bits &= bits - 1) found.push(dataset.recommendations[(word << 5) + 31 - Math.clz32(bits & -bits)]!);
  }
  return found;
}

/**
 * Faceted counts: for each value of `dimension`, how many recommendations would match if
 * it were chosen, given all the *other* filters and, when there is a search, only among
 * the recommendations it found (`searchIds`). This is what a filter checkbox shows: the
 * number of results the reader gets by ticking it.
 */
export function facetCounts(
  // The index holds everything counted; the dataset stays in the signature its callers know.
  _dataset: CoreWith,
  index: FilterIndex,
  filters: Filters,
  dimension: FilterDimension,
  searchIds?: ReadonlySet<string>,
): Map<string, number> {
  return countsIn(index, dimension, passing(index, filters, dimension, searchIds && recommendationSet(index, searchIds)));
}

/**
 * {@link facetCounts} for every dimension at once, the search turned into a set once: what
 * a filter panel shows. Each dimension's count set is the others' filters and the search
 * intersected, so a change costs a few ANDs per value, not a pass over the recommendations.
 */
export function allFacetCounts(index: FilterIndex, filters: Filters, searchIds?: ReadonlySet<string>): Record<FilterDimension, Map<string, number>> {
  const within = searchIds ? recommendationSet(index, searchIds) : fullSet(index.size);
  const chosen = FILTER_DIMENSIONS.filter((dimension) => filters[dimension].length > 0);
  const sets = new Map(chosen.map((dimension) => [dimension, anyOf(index, dimension, filters[dimension])]));
  // Everything that passes all chosen dimensions: the set for each dimension not chosen.
  const all = within.slice();
  for (const set of sets.values()) intersect(all, set);
  return Object.fromEntries(
    FILTER_DIMENSIONS.map((dimension) => {
      if (!sets.has(dimension)) return [dimension, countsIn(index, dimension, all)];
      const others = within.slice();
      for (const [other, set] of sets) if (other !== dimension) intersect(others, set);
      return [dimension, countsIn(index, dimension, others)];
    }),
  ) as Record<FilterDimension, Map<string, number>>;
}

/** How many of `set` have each value of `dimension` (values with none left out). */
function countsIn(index: FilterIndex, dimension: FilterDimension, set: RecommendationSet): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [value, posting] of index.postings[dimension]) {
    const count = countBoth(posting, set);
    if (count > 0) counts.set(value, count);
  }
  return counts;
}

/** The values each dimension can take in this dataset, with their labels (none for BUNDLE_LABELS dimensions: the UI labels them). */
export type FilterValues = Record<FilterDimension, Map<string, Localized | undefined>>;

const valueTables = new WeakMap<CoreWith, FilterValues>();

/** The values of every dimension, computed once per dataset (shared by every caller: read it, do not change it). */
export function filterValues(dataset: CoreWith): FilterValues {
  let values = valueTables.get(dataset);
  if (!values) valueTables.set(dataset, (values = valuesOf(dataset)));
  return values;
}

function valuesOf(dataset: CoreWith): FilterValues {
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
