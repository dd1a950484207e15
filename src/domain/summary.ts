/**
 * The first screen's executive summary (issue 16), a pure function of the recommendations in
 * view: what FHKI asked most (the kind of help and the industry named most, leaving out "all
 * industries"), what the Government's response took up and left open, and the headline asks —
 * the figures executives quote, one card per recommendation. No number in the summary is
 * written by hand: every one comes from here.
 */
import type { Ask, DatasetCore, FacetValueCore, RecommendationCore } from './dataset.ts';
import { chartRows } from './charts.ts';
import { buildFilterIndex, filterRecommendations, type Filters } from './filters.ts';
import { uptake, type Uptake } from './response.ts';

/** At most this many headline asks on the first screen. */
export const HEADLINE_ASKS = 8;
const GENERAL_INDUSTRY = 'all-industries';

export interface Leader {
  value: FacetValueCore;
  count: number;
}

export interface HeadlineAsk {
  recommendation: RecommendationCore;
  /** The ask the card leads with (its first figure); `others` are the rest of the same recommendation's figures. */
  ask: Ask;
  others: Ask[];
}

export interface ExecutiveSummary {
  total: number;
  topLever: Leader | undefined;
  topIndustry: Leader | undefined;
  /** Undefined while the Government has not answered. */
  uptake: Uptake | undefined;
  /** Quantities asked for, with or without a number. */
  asks: number;
  /** Schemes the recommendations in view name: the rows of the schemes chart. */
  schemes: number;
  headlineAsks: HeadlineAsk[];
}

function leader(values: readonly FacetValueCore[], recs: readonly RecommendationCore[], of: (rec: RecommendationCore) => readonly string[], skip?: string): Leader | undefined {
  let best: Leader | undefined;
  for (const value of values) {
    if (value.id === skip) continue;
    const count = recs.filter((rec) => of(rec).includes(value.id)).length;
    if (count > 0 && (!best || count > best.count)) best = { value, count };
  }
  return best;
}

/** Money first (the figures quoted in briefings), then thresholds and caps, then the rest; the document's order breaks ties. */
const rank = (ask: Ask) => (ask.unit === 'money' ? 0 : ask.kind === 'threshold' || ask.kind === 'cap' ? 1 : 2);

export function headlineAsks(dataset: DatasetCore, recs: readonly RecommendationCore[]): HeadlineAsk[] {
  const asksById = new Map(dataset.asks.map((ask) => [ask.id, ask]));
  const cards = recs.flatMap((recommendation, position) => {
    const figures = recommendation.askIds.map((id) => asksById.get(id)!).filter((ask) => ask.role === 'ask' && ask.value !== null);
    const [ask, ...others] = figures;
    return ask ? [{ card: { recommendation, ask, others }, position }] : [];
  });
  return cards
    .sort((a, b) => rank(a.card.ask) - rank(b.card.ask) || a.position - b.position)
    .slice(0, HEADLINE_ASKS)
    .map(({ card }) => card);
}

/** Reads the core only (the first screen loads no texts); the full dataset works as well. */
export function executiveSummary(dataset: DatasetCore, filters: Filters): ExecutiveSummary {
  const index = buildFilterIndex(dataset);
  const recs = filterRecommendations(dataset, index, filters);
  const inScope = new Set(recs.map((rec) => rec.id));
  return {
    total: recs.length,
    topLever: leader(dataset.levers, recs, (rec) => rec.levers),
    topIndustry: leader(dataset.industries, recs, (rec) => rec.industries, GENERAL_INDUSTRY),
    uptake: dataset.responseDocument ? uptake(recs) : undefined,
    asks: dataset.asks.filter((ask) => ask.role === 'ask' && inScope.has(ask.recommendationId)).length,
    schemes: chartRows(dataset, index, filters, 'schemes').rows.length,
    headlineAsks: headlineAsks(dataset, recs),
  };
}
