/**
 * A recommendation's annotations resolved to the things they name (themes, addressees,
 * places, schemes with what is asked of them, numeric asks), in the dataset's order.
 * Pure; components get it through `select`.
 */
import type { Addressee, Ask, Dataset, FacetValue, Place, Recommendation, Scheme, Theme } from './dataset.ts';
import type { SchemeRequest } from './vocabulary.ts';

export interface ResolvedAnnotations {
  industries: FacetValue[];
  levers: FacetValue[];
  themes: Theme[];
  addressees: Addressee[];
  places: Place[];
  schemes: { scheme: Scheme; request: SchemeRequest }[];
  asks: Ask[];
  /** FHKI's urgency words in the text, with their clause. */
  urgency: Recommendation['urgency'];
  /** The recommendations elsewhere that make the same ask. */
  repeats: Recommendation[];
  /** A paragraph that frames its section's asks without asking anything itself. */
  framing: boolean;
  /** For each numeric ask the response judged: whether it was met, with the response's own figure. */
  outcomes: Map<string, NonNullable<Recommendation['response']>['numbers'] extends (infer N)[] | undefined ? N : never>;
}

export interface AnnotationIndex {
  industries: Map<string, FacetValue>;
  levers: Map<string, FacetValue>;
  themes: Map<string, Theme>;
  addressees: Map<string, Addressee>;
  places: Map<string, Place>;
  schemes: Map<string, Scheme>;
  asks: Map<string, Ask>;
  recommendations: Map<string, Recommendation>;
}

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));

export function indexAnnotations(dataset: Dataset): AnnotationIndex {
  return {
    industries: byId(dataset.industries),
    levers: byId(dataset.levers),
    themes: byId(dataset.themes),
    addressees: byId(dataset.addressees),
    places: byId(dataset.places),
    schemes: byId(dataset.schemes),
    asks: byId(dataset.asks),
    recommendations: byId(dataset.recommendations),
  };
}

const pick = <T>(map: Map<string, T>, ids: readonly string[]): T[] => ids.flatMap((id) => map.get(id) ?? []);

export function resolveAnnotations(index: AnnotationIndex, rec: Recommendation): ResolvedAnnotations {
  return {
    industries: pick(index.industries, rec.industries),
    levers: pick(index.levers, rec.levers),
    themes: pick(index.themes, rec.themes),
    addressees: pick(index.addressees, rec.addressees),
    places: pick(index.places, rec.places),
    schemes: pick(index.schemes, rec.schemeIds).map((scheme) => ({
      scheme,
      request: scheme.requests.find((request) => request.recommendationId === rec.id)?.request ?? 'reference',
    })),
    asks: pick(index.asks, rec.askIds),
    urgency: rec.urgency,
    repeats: pick(index.recommendations, rec.repeats),
    framing: rec.framing === true,
    outcomes: new Map((rec.response?.numbers ?? []).map((number) => [number.askId, number])),
  };
}

/** The figures quoted in a section's lead (background for all its recommendations). */
export const leadAsksOf = (dataset: Dataset, sectionId: string): Ask[] =>
  dataset.asks.filter((ask) => ask.sectionId === sectionId && ask.source === 'lead');

/**
 * How to read an ask's numbers: a change from → to, a range (a gap of 18,000–23,000),
 * or a single value. Gaps are the only kind whose from/to is a range.
 */
export type AskShape =
  | { shape: 'change'; from: number; to: number; ratio: number | undefined }
  | { shape: 'range'; from: number; to: number }
  | { shape: 'value'; value: number }
  | { shape: 'date' }
  /** Asked for without a number: only which way ("raise the cap"). */
  | { shape: 'direction'; direction: NonNullable<Ask['direction']> };

export function askShape(ask: Ask): AskShape {
  if (ask.value === null) return { shape: 'direction', direction: ask.direction ?? 'set-up' };
  if (ask.from !== undefined && ask.to !== undefined) {
    if (ask.kind === 'gap') return { shape: 'range', from: ask.from, to: ask.to };
    return { shape: 'change', from: ask.from, to: ask.to, ratio: ask.from > 0 ? ask.to / ask.from : undefined };
  }
  const value = ask.value ?? ask.to ?? ask.from;
  return value === undefined ? { shape: 'date' } : { shape: 'value', value };
}
