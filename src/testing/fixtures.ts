/** Test-only builders for hand-made datasets (small enough to reason about in a test). */
import type { Localized, Recommendation } from '../domain/dataset.ts';

/** A three-language text for fixtures: the same words stand in for each language unless given. */
export const tri = (zhHant: string, en = `${zhHant} (en)`, zhHans = zhHant): Localized => ({ 'zh-Hant': zhHant, 'zh-Hans': zhHans, en });

/** A bullet recommendation with minimal annotations (theme "innovation", addressee "gov"); override any field. */
export function makeRecommendation(id: string, sectionId: string, page: number, overrides: Partial<Recommendation> = {}): Recommendation {
  return {
    id,
    sectionId,
    page,
    endPage: page,
    kind: 'bullet',
    text: tri(`建議 ${id}`, `Recommendation ${id}`),
    themes: ['innovation'],
    levers: ['funding'],
    industries: ['all-industries'],
    addressees: ['gov'],
    places: [],
    action: 'promote',
    schemeIds: [],
    askIds: [],
    urgency: [],
    repeats: [],
    ...overrides,
  };
}

/** The facet vocabularies the fixtures' recommendations use (a dataset spreads them in). */
export const FACET_FIXTURES = {
  levers: [{ id: 'funding', label: tri('資助及融資', 'Funding and finance'), rule: tri('資助。', 'Money.') }],
  industries: [{ id: 'all-industries', label: tri('所有行業', 'All industries'), rule: tri('一般企業。', 'Firms in general.') }],
};
