/** Test-only builders for hand-made datasets (small enough to reason about in a test). */
import type { Recommendation } from '../domain/dataset.ts';

/** A bullet recommendation with no annotations; override any field. */
export function makeRecommendation(id: string, sectionId: string, page: number, overrides: Partial<Recommendation> = {}): Recommendation {
  return {
    id,
    sectionId,
    page,
    endPage: page,
    kind: 'bullet',
    text: { 'zh-Hant': `建議 ${id}` },
    themes: [],
    addressees: [],
    places: [],
    action: null,
    schemeIds: [],
    askIds: [],
    ...overrides,
  };
}
